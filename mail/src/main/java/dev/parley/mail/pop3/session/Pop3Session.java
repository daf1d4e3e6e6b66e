package dev.parley.mail.pop3.session;

import dev.parley.mail.pop3.backend.Maildrop;
import dev.parley.mail.pop3.backend.Pop3Backend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.util.function.BooleanSupplier;

/**
 * State of one POP3 connection (RFC 1939 §3). Touched by one command at a time (the handler runs
 * commands strictly in order), so it needs no locking.
 */
public final class Pop3Session {

    private static final Logger LOG = LoggerFactory.getLogger(Pop3Session.class);

    private final String id;
    private final InetAddress remote;
    private final Pop3Config config;
    private final Pop3Backend backend;
    private final BooleanSupplier tlsActive;
    private final boolean tlsAvailable;
    private Pop3State state = Pop3State.AUTHORIZATION;
    private String pendingUser;
    private PendingAuth pendingAuth;
    private String user;
    private Maildrop maildrop;
    private MaildropView view;
    private int badCommands;
    private int authFailures;

    /**
     * @param tlsActive    whether the connection is protected now (implicit TLS or after STLS)
     * @param tlsAvailable whether STLS can be offered (a server TLS context is configured)
     */
    public Pop3Session(String id, InetAddress remote, Pop3Config config, Pop3Backend backend,
                       BooleanSupplier tlsActive, boolean tlsAvailable) {
        this.id = id;
        this.remote = remote;
        this.config = config;
        this.backend = backend;
        this.tlsActive = tlsActive;
        this.tlsAvailable = tlsAvailable;
    }

    public String id() {
        return id;
    }

    public InetAddress remote() {
        return remote;
    }

    public Pop3Config config() {
        return config;
    }

    public Pop3Backend backend() {
        return backend;
    }

    public boolean tlsActive() {
        return tlsActive.getAsBoolean();
    }

    /** RFC 2595 §4: STLS only before login and only once. */
    public boolean stlsOffered() {
        return tlsAvailable && !tlsActive() && state == Pop3State.AUTHORIZATION;
    }

    /** RFC 2595 §2.1: plaintext credentials only over TLS unless the operator allows them. */
    public boolean plaintextAuthAllowed() {
        return config.plaintextAuth() || tlsActive();
    }

    public Pop3State state() {
        return state;
    }

    public String pendingUser() {
        return pendingUser;
    }

    public void pendingUser(String name) {
        this.pendingUser = name;
    }

    public PendingAuth pendingAuth() {
        return pendingAuth;
    }

    public void pendingAuth(PendingAuth auth) {
        this.pendingAuth = auth;
    }

    public String user() {
        return user;
    }

    public MaildropView view() {
        return view;
    }

    public Maildrop maildrop() {
        return maildrop;
    }

    /** AUTHORIZATION → TRANSACTION once the maildrop is locked (RFC 1939 §4). */
    public void enterTransaction(String authenticatedUser, Maildrop locked) {
        if (state != Pop3State.AUTHORIZATION) {
            throw new IllegalStateException("already " + state);
        }
        this.user = authenticatedUser;
        this.maildrop = locked;
        this.view = new MaildropView(locked.entries());
        this.pendingUser = null;
        this.state = Pop3State.TRANSACTION;
    }

    /** QUIT in TRANSACTION (RFC 1939 §6). */
    public void enterUpdate() {
        if (state != Pop3State.TRANSACTION) {
            throw new IllegalStateException("not in TRANSACTION: " + state);
        }
        state = Pop3State.UPDATE;
    }

    /** Counts a bad command; true when the limit is reached and the server should hang up. */
    public boolean badCommand() {
        return ++badCommands >= config.maxBadCommands();
    }

    /** Counts a failed login and returns the number so far. */
    public int authFailed() {
        return ++authFailures;
    }

    public boolean authFailuresExhausted() {
        return authFailures >= config.maxAuthFailures();
    }

    /**
     * Releases the maildrop lock without applying deletions: after QUIT has committed them, or
     * when the connection dropped (RFC 1939 §6: no UPDATE state then). Idempotent.
     */
    public synchronized void release() {
        Maildrop held = maildrop;
        maildrop = null;
        if (held != null) {
            try {
                held.close();
            } catch (RuntimeException e) {
                LOG.error("releasing the maildrop of {} failed: {}", user, e.toString());
            }
        }
    }
}
