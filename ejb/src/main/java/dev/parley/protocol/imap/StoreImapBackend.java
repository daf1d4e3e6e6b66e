package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.BackendException.Reason;
import dev.parley.mail.imap.backend.ImapBackend;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.protocol.MailLogin;
import dev.parley.protocol.MailboxSessions;
import dev.parley.store.mail.api.MessageStore;
import java.net.InetAddress;
import java.util.Objects;

/**
 * The IMAP engine's back end over the message store. Logins go through {@link MailLogin}; failures
 * become the RFC 5530 codes the engine renders ({@code [AUTHENTICATIONFAILED]}, {@code [CONTACTADMIN]},
 * {@code [UNAVAILABLE]}, {@code [AUTHORIZATIONFAILED]}). Every method blocks: the engine calls it on
 * the listener's managed executor, never on a Netty event loop.
 */
public final class StoreImapBackend implements ImapBackend {

    private final MailLogin login;
    private final MessageStore store;
    private final MailboxSessions sessions;
    private final long appendLimit;

    /** @param appendLimit RFC 7889 APPENDLIMIT in octets, {@code Long.MAX_VALUE} for none */
    public StoreImapBackend(MailLogin login, MessageStore store, MailboxSessions sessions, long appendLimit) {
        this.login = Objects.requireNonNull(login, "login");
        this.store = Objects.requireNonNull(store, "store");
        this.sessions = Objects.requireNonNull(sessions, "sessions");
        this.appendLimit = appendLimit;
    }

    @Override
    public MailboxUser authenticate(String username, String password, InetAddress client) throws BackendException {
        return user(login.password(username, password, client));
    }

    @Override
    public MailboxUser authenticateBearer(String username, String token, InetAddress client) throws BackendException {
        return user(login.bearer(username, token, client));
    }

    private MailboxUser user(MailLogin.Outcome outcome) throws BackendException {
        if (outcome.ok()) {
            return new StoreMailboxUser(store, sessions, outcome.accountId(), outcome.username(), appendLimit);
        }
        throw switch (outcome.failure()) {
            case BAD_CREDENTIALS -> new BackendException(Reason.AUTHENTICATION_FAILED, "Authentication failed");
            // RFC 5530 has no "throttled" code; UNAVAILABLE says "try again later" without hinting at the password
            case THROTTLED -> new BackendException(Reason.UNAVAILABLE, "too many failed logins; throttled");
            case DISABLED -> new BackendException(Reason.CONTACT_ADMIN, "Account disabled; contact your administrator");
            case UNAVAILABLE -> new BackendException(Reason.UNAVAILABLE, "authentication service unavailable");
            case NO_MAILBOX -> new BackendException(Reason.AUTHORIZATION_FAILED, "No mailbox for this user");
        };
    }
}
