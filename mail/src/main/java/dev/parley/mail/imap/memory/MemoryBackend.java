package dev.parley.mail.imap.memory;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.BackendException.Reason;
import dev.parley.mail.imap.backend.ImapBackend;
import dev.parley.mail.imap.backend.MailboxUser;

import java.net.InetAddress;
import java.security.MessageDigest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * In-memory {@link ImapBackend}: users with passwords and bearer tokens, each with a
 * {@link MemoryAccount}. For tests, demos and as the reference for contract tests.
 */
public final class MemoryBackend implements ImapBackend {

    private record User(String password, MemoryAccount account) {
    }

    private final Map<String, User> users = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final long appendLimit;
    private volatile boolean unavailable;

    public MemoryBackend() {
        this(Long.MAX_VALUE);
    }

    public MemoryBackend(long appendLimit) {
        this.appendLimit = appendLimit;
    }

    public MemoryAccount addUser(String username, String password) {
        MemoryAccount account = new MemoryAccount(username, appendLimit);
        users.put(username, new User(password, account));
        return account;
    }

    public void addToken(String token, String username) {
        tokens.put(token, username);
    }

    public MemoryAccount account(String username) {
        User user = users.get(username);
        return user == null ? null : user.account;
    }

    /** Simulates a store outage: every login fails with UNAVAILABLE. */
    public void unavailable(boolean down) {
        this.unavailable = down;
    }

    @Override
    public MailboxUser authenticate(String username, String password, InetAddress client) throws BackendException {
        available();
        User user = users.get(username);
        if (user == null || !MessageDigest.isEqual(user.password.getBytes(StandardCharsets.UTF_8),
                password.getBytes(StandardCharsets.UTF_8))) {
            throw new BackendException(Reason.AUTHENTICATION_FAILED, "Authentication failed");
        }
        return user.account;
    }

    @Override
    public MailboxUser authenticateBearer(String username, String token, InetAddress client) throws BackendException {
        available();
        String subject = tokens.get(token);
        if (subject == null || (username != null && !username.equals(subject)) || !users.containsKey(subject)) {
            throw new BackendException(Reason.AUTHENTICATION_FAILED, "Authentication failed");
        }
        return users.get(subject).account;
    }

    private void available() throws BackendException {
        if (unavailable) {
            throw BackendException.unavailable("memory back end switched off", null);
        }
    }
}
