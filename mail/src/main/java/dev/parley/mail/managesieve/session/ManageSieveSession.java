package dev.parley.mail.managesieve.session;

import dev.parley.mail.managesieve.ManageSieveConfig;
import dev.parley.mail.managesieve.backend.SieveBackend;
import dev.parley.mail.managesieve.codec.Response;
import dev.parley.mail.net.sasl.SaslServer;
import dev.parley.mail.sieve.Sieve;

import java.net.InetAddress;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.BooleanSupplier;

/**
 * State of one ManageSieve connection. Touched by one command at a time (the handler runs them in
 * order), so it needs no locking.
 */
public final class ManageSieveSession {

    /** SASL mechanisms offered (RFC 5804 §2.1), when logins are allowed at all. */
    public static final List<String> MECHANISMS = List.of("PLAIN", "OAUTHBEARER");

    /** An AUTHENTICATE waiting for the client's next SASL message. */
    public record PendingAuth(String mechanism, SaslServer server, boolean failing) {
    }

    private final String id;
    private final InetAddress remote;
    private final ManageSieveConfig config;
    private final SieveBackend backend;
    private final Sieve sieve;
    private final BooleanSupplier tlsActive;
    private final boolean tlsAvailable;
    private String user;
    private PendingAuth pendingAuth;
    private int badCommands;
    private int authFailures;

    public ManageSieveSession(String id, InetAddress remote, ManageSieveConfig config, SieveBackend backend,
                              Sieve sieve, BooleanSupplier tlsActive, boolean tlsAvailable) {
        this.id = id;
        this.remote = remote;
        this.config = config;
        this.backend = backend;
        this.sieve = sieve;
        this.tlsActive = tlsActive;
        this.tlsAvailable = tlsAvailable;
    }

    public String id() {
        return id;
    }

    public InetAddress remote() {
        return remote;
    }

    public ManageSieveConfig config() {
        return config;
    }

    public SieveBackend backend() {
        return backend;
    }

    public Sieve sieve() {
        return sieve;
    }

    public boolean tlsActive() {
        return tlsActive.getAsBoolean();
    }

    public boolean startTlsOffered() {
        return tlsAvailable && !tlsActive() && user == null;
    }

    /** RFC 5804 §2.1: credentials only over TLS unless the operator allows otherwise. */
    public boolean loginAllowed() {
        return config.plaintextAuth() || tlsActive();
    }

    public boolean authenticated() {
        return user != null;
    }

    public String user() {
        return user;
    }

    public void login(String canonicalUser) {
        this.user = canonicalUser;
        this.pendingAuth = null;
        this.authFailures = 0;
    }

    /** RFC 5804 §2.14 UNAUTHENTICATE. */
    public void logout() {
        this.user = null;
    }

    public PendingAuth pendingAuth() {
        return pendingAuth;
    }

    public void pendingAuth(PendingAuth pending) {
        this.pendingAuth = pending;
    }

    /** True when the limit is reached and the server should hang up. */
    public boolean badCommand() {
        return ++badCommands >= config.maxBadCommands();
    }

    public boolean authFailed() {
        return ++authFailures >= config.maxAuthFailures();
    }

    /**
     * The capability response (RFC 5804 §1.7) for the current state, without the final OK. SASL
     * lists nothing while logins are not allowed (before STARTTLS, by default) and after login.
     */
    public String capabilities() {
        StringBuilder sb = new StringBuilder();
        line(sb, "IMPLEMENTATION", config.implementation());
        StringJoiner sasl = new StringJoiner(" ");
        if (!authenticated() && loginAllowed()) {
            MECHANISMS.forEach(sasl::add);
        }
        line(sb, "SASL", sasl.toString());
        line(sb, "SIEVE", String.join(" ", Sieve.extensions()));
        if (startTlsOffered()) {
            line(sb, "STARTTLS", null);
        }
        line(sb, "MAXREDIRECTS", Integer.toString(config.sieveLimits().maxRedirects()));
        if (authenticated()) {
            line(sb, "OWNER", user);
        }
        line(sb, "UNAUTHENTICATE", null);
        line(sb, "VERSION", "1.0");
        return sb.toString();
    }

    private static void line(StringBuilder sb, String name, String value) {
        sb.append(Response.string(name));
        if (value != null) {
            sb.append(' ').append(Response.string(value));
        }
        sb.append("\r\n");
    }
}
