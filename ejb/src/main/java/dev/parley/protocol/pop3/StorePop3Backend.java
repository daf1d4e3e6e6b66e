package dev.parley.protocol.pop3;

import dev.parley.mail.pop3.backend.AuthFailure;
import dev.parley.mail.pop3.backend.AuthResult;
import dev.parley.mail.pop3.backend.Maildrop;
import dev.parley.mail.pop3.backend.MaildropEntry;
import dev.parley.mail.pop3.backend.MaildropInUseException;
import dev.parley.mail.pop3.backend.Pop3Backend;
import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.protocol.AccountLookup;
import dev.parley.protocol.MailLogin;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.MessageSummary;
import dev.parley.store.mail.api.UidSet;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * The POP3 engine's back end: the maildrop is the account's INBOX (RFC 1939 knows one mailbox),
 * UIDL is {@code uidvalidity.uid} (stable while the mailbox lives), the lock is per account.
 */
public final class StorePop3Backend implements Pop3Backend {

    static final String INBOX = "INBOX";

    private final MailLogin login;
    private final AccountLookup accounts;
    private final MessageStore store;
    private final MaildropLocks locks;

    public StorePop3Backend(MailLogin login, AccountLookup accounts, MessageStore store, MaildropLocks locks) {
        this.login = Objects.requireNonNull(login, "login");
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.store = Objects.requireNonNull(store, "store");
        this.locks = Objects.requireNonNull(locks, "locks");
    }

    @Override
    public AuthResult authenticate(String username, String password, InetAddress remote) {
        return result(login.password(username, password, remote));
    }

    @Override
    public AuthResult authenticateBearer(String token, InetAddress remote) {
        return result(login.bearer(null, token, remote));
    }

    private static AuthResult result(MailLogin.Outcome outcome) {
        if (outcome.ok()) {
            return AuthResult.success(outcome.username());
        }
        return switch (outcome.failure()) {
            case BAD_CREDENTIALS -> AuthResult.failure(AuthFailure.BAD_CREDENTIALS, "bad credentials");
            case THROTTLED -> AuthResult.failure(AuthFailure.THROTTLED, "throttled");
            case DISABLED -> AuthResult.failure(AuthFailure.DISABLED, "account disabled or locked");
            case UNAVAILABLE -> AuthResult.failure(AuthFailure.UNAVAILABLE, "authentication service unavailable");
            case NO_MAILBOX -> AuthResult.failure(AuthFailure.DISABLED, "authenticated user without mail account");
        };
    }

    @Override
    public Maildrop openMaildrop(String user) throws Pop3BackendException {
        long accountId;
        try {
            OptionalLong id = accounts.accountId(user);
            if (id.isEmpty()) {
                throw new Pop3BackendException("no mail account for " + user);
            }
            accountId = id.getAsLong();
        } catch (RuntimeException e) {
            throw new Pop3BackendException("directory unavailable", e);
        }
        if (!locks.tryLock(accountId)) {
            throw new MaildropInUseException(user);
        }
        try {
            long uidValidity = store.status(accountId, INBOX).uidValidity();
            List<MessageSummary> messages = store.fetch(accountId, INBOX, UidSet.all());
            List<MaildropEntry> entries = new ArrayList<>(messages.size());
            long[] uids = new long[messages.size()];
            for (int i = 0; i < messages.size(); i++) {
                MessageSummary m = messages.get(i);
                uids[i] = m.uid();
                entries.add(new MaildropEntry(uidValidity + "." + m.uid(), m.size()));
            }
            return new StoreMaildrop(store, locks, accountId, uids, entries);
        } catch (RuntimeException e) {
            locks.release(accountId);
            throw new Pop3BackendException("store unavailable for " + user, e);
        }
    }
}
