package dev.parley.mail.smtp.session;

import dev.parley.mail.smtp.SmtpConfig;
import dev.parley.mail.smtp.SmtpMode;
import dev.parley.mail.smtp.backend.SessionInfo;
import dev.parley.mail.smtp.backend.SmtpBackend;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.util.function.BooleanSupplier;

/**
 * One connection's SMTP state. Read and changed only by the session's serial worker, one command
 * at a time, so it needs no locks.
 */
public final class SmtpSession {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpSession.class);

    private final String id;
    private final InetAddress remote;
    private final SmtpConfig config;
    private final SmtpBackend backend;
    private final BooleanSupplier tlsActive;
    private final boolean tlsAvailable;
    private String heloName;
    private boolean extended;
    private String user;
    private Transaction transaction;
    private PendingAuth pendingAuth;
    private Transaction.Chunk chunk;
    private int badCommands;
    private int authFailures;

    public SmtpSession(String id, InetAddress remote, SmtpConfig config, SmtpBackend backend,
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

    public SmtpConfig config() {
        return config;
    }

    public SmtpMode mode() {
        return config.mode();
    }

    public SmtpBackend backend() {
        return backend;
    }

    public boolean tls() {
        return tlsActive.getAsBoolean();
    }

    /** STARTTLS can be offered: a certificate is configured and TLS is not on yet. */
    public boolean canStartTls() {
        return tlsAvailable && !tls();
    }

    /** RFC 4954 §4 and RFC 8314: credentials only over TLS unless configured otherwise; never in LMTP. */
    public boolean authOffered() {
        return !mode().isLmtp() && (tls() || config.authWithoutTls());
    }

    public SessionInfo info() {
        return new SessionInfo(id, remote, heloName, tls(), user, mode());
    }

    public String heloName() {
        return heloName;
    }

    /** EHLO/HELO/LHLO: RFC 5321 §4.1.4, the same as RSET plus the greeting. */
    public void greet(String name, boolean extended) {
        this.heloName = name;
        this.extended = extended;
        resetTransaction();
    }

    public boolean greeted() {
        return heloName != null;
    }

    /** EHLO or LHLO rather than HELO: extensions and MAIL/RCPT parameters are allowed. */
    public boolean extended() {
        return extended;
    }

    public String user() {
        return user;
    }

    public void authenticated(String user) {
        this.user = user;
    }

    public Transaction transaction() {
        return transaction;
    }

    public void begin(Transaction transaction) {
        this.transaction = transaction;
    }

    /** RSET, EHLO, end of a message: forget the transaction, throwing away any partial message. */
    public void resetTransaction() {
        Transaction current = transaction;
        transaction = null;
        if (current != null && current.sink() != null) {
            try {
                current.sink().abort();
            } catch (RuntimeException e) {
                LOG.error("aborting the partial message failed: {}", e.toString());
            }
        }
    }

    /** The message was handed over for commit: the transaction ends without aborting its sink. */
    public void finishTransaction() {
        transaction = null;
    }

    /** RFC 3207 §4.2: after TLS the client starts over; everything learnt before is discarded. */
    public void resetForTls() {
        resetTransaction();
        heloName = null;
        extended = false;
        user = null;
        pendingAuth = null;
    }

    /** The BDAT chunk being read, or null. */
    public Transaction.Chunk chunk() {
        return chunk;
    }

    public void chunk(Transaction.Chunk chunk) {
        this.chunk = chunk;
    }

    public PendingAuth pendingAuth() {
        return pendingAuth;
    }

    public void pendingAuth(PendingAuth pending) {
        this.pendingAuth = pending;
    }

    /** Counts an unknown, out-of-sequence or malformed command; true when the limit is reached. */
    public boolean badCommand() {
        return ++badCommands >= config.maxBadCommands();
    }

    /** Counts a failed AUTH; true when the limit is reached. */
    public boolean authFailed() {
        return ++authFailures >= config.maxAuthFailures();
    }
}
