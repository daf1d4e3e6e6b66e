package dev.parley.protocol;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.store.mail.api.MessageStore;
import java.net.InetAddress;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password and bearer logins for IMAP and POP3: asks {@link AuthenticationService} (Keycloak, cached,
 * throttled, directory status checked), finds the store account of the authenticated address, and
 * provisions its default mailboxes once per JVM (the store's {@code provision} is idempotent; the
 * store also provisions lazily, this makes the first LIST show the special-use folders).
 * Each protocol maps the {@link Failure}s to its own replies.
 */
public final class MailLogin {

    private static final Logger LOG = LoggerFactory.getLogger(MailLogin.class);

    /** Why a login failed. */
    public enum Failure {
        BAD_CREDENTIALS, THROTTLED, DISABLED, UNAVAILABLE,
        /** Authenticated, but the user has no mail account (e.g. the bootstrap administrator). */
        NO_MAILBOX
    }

    /** Either {@code failure} is null and the rest is set, or only {@code failure} is. */
    public record Outcome(Failure failure, String username, long accountId) {

        static Outcome failed(Failure failure) {
            return new Outcome(failure, null, 0);
        }

        public boolean ok() {
            return failure == null;
        }
    }

    private final AuthenticationService auth;
    private final AccountLookup accounts;
    private final MessageStore store;
    private final Set<Long> provisioned = ConcurrentHashMap.newKeySet();

    public MailLogin(AuthenticationService auth, AccountLookup accounts, MessageStore store) {
        this.auth = Objects.requireNonNull(auth, "auth");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.store = Objects.requireNonNull(store, "store");
    }

    public Outcome password(String username, String password, InetAddress client) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return Outcome.failed(Failure.BAD_CREDENTIALS);
        }
        return complete(auth.verifyPassword(username, password, ip(client)), null);
    }

    /** @param username the user the client named, or null; must match the token's user when given */
    public Outcome bearer(String username, String token, InetAddress client) {
        if (token == null || token.isEmpty()) {
            return Outcome.failed(Failure.BAD_CREDENTIALS);
        }
        return complete(auth.validateBearer(token, ip(client)), username);
    }

    private Outcome complete(AuthResult result, String claimed) {
        if (!result.ok()) {
            return Outcome.failed(switch (result.failure()) {
                case BAD_CREDENTIALS -> Failure.BAD_CREDENTIALS;
                case THROTTLED -> Failure.THROTTLED;
                case DISABLED -> Failure.DISABLED;
                case UNAVAILABLE -> Failure.UNAVAILABLE;
            });
        }
        String username = result.username();
        if (username == null) {
            return Outcome.failed(Failure.NO_MAILBOX);
        }
        if (claimed != null && !claimed.isBlank() && !claimed.equalsIgnoreCase(username)) {
            LOG.debug("bearer token of {} presented for {}", username, claimed);
            return Outcome.failed(Failure.BAD_CREDENTIALS);
        }
        OptionalLong id;
        try {
            id = accounts.accountId(username);
        } catch (RuntimeException e) {
            LOG.error("cannot look up the mail account of {}", username, e);
            return Outcome.failed(Failure.UNAVAILABLE);
        }
        if (id.isEmpty()) {
            LOG.info("{} authenticated but has no mail account", username);
            return Outcome.failed(Failure.NO_MAILBOX);
        }
        long accountId = id.getAsLong();
        if (!provisioned.contains(accountId)) {
            try {
                store.provision(accountId);
                provisioned.add(accountId);
            } catch (RuntimeException e) {
                LOG.error("cannot provision the mailboxes of {}", username, e);
                return Outcome.failed(Failure.UNAVAILABLE);
            }
        }
        return new Outcome(null, username.toLowerCase(Locale.ROOT), accountId);
    }

    private static String ip(InetAddress client) {
        return client == null ? null : client.getHostAddress();
    }
}
