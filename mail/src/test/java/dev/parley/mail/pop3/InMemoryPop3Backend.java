package dev.parley.mail.pop3;

import dev.parley.mail.pop3.backend.AuthFailure;
import dev.parley.mail.pop3.backend.AuthResult;
import dev.parley.mail.pop3.backend.Maildrop;
import dev.parley.mail.pop3.backend.MaildropEntry;
import dev.parley.mail.pop3.backend.MaildropInUseException;
import dev.parley.mail.pop3.backend.Pop3Backend;
import dev.parley.mail.pop3.backend.Pop3BackendException;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** A {@link Pop3Backend} in memory, with switches to make it fail the ways a real one can. */
public final class InMemoryPop3Backend implements Pop3Backend {

    /** A stored message: id and bytes (as the store keeps them). */
    public record Stored(String uid, byte[] content) {
    }

    private final Map<String, String> passwords = new ConcurrentHashMap<>();
    private final Map<String, String> tokens = new ConcurrentHashMap<>();
    private final Map<String, List<Stored>> maildrops = new ConcurrentHashMap<>();
    private final Set<String> locked = ConcurrentHashMap.newKeySet();
    private final Map<String, AuthFailure> refusals = new ConcurrentHashMap<>();
    public final List<String> passwordsSeen = new CopyOnWriteArrayList<>();
    public volatile boolean storeDown;
    public volatile boolean commitFails;
    public volatile RuntimeException authBug;

    public InMemoryPop3Backend user(String name, String password) {
        passwords.put(name, password);
        maildrops.putIfAbsent(name, new CopyOnWriteArrayList<>());
        return this;
    }

    public InMemoryPop3Backend token(String token, String user) {
        tokens.put(token, user);
        return this;
    }

    /** Adds a message with CRLF line ends as given; its uid is {@code 1700000000.<n>}. */
    public InMemoryPop3Backend message(String user, String content) {
        List<Stored> drop = maildrops.computeIfAbsent(user, u -> new CopyOnWriteArrayList<>());
        drop.add(new Stored("1700000000." + (drop.size() + 1), content.getBytes(StandardCharsets.UTF_8)));
        return this;
    }

    /** Makes every login of {@code user} fail with {@code kind}. */
    public InMemoryPop3Backend refuse(String user, AuthFailure kind) {
        refusals.put(user, kind);
        return this;
    }

    public List<Stored> messages(String user) {
        return List.copyOf(maildrops.getOrDefault(user, List.of()));
    }

    public boolean isLocked(String user) {
        return locked.contains(user);
    }

    @Override
    public AuthResult authenticate(String username, String password, InetAddress remote) {
        if (authBug != null) {
            throw authBug;
        }
        passwordsSeen.add(password);
        AuthFailure refusal = refusals.get(username);
        if (refusal != null) {
            return AuthResult.failure(refusal, "refused by test");
        }
        return password.equals(passwords.get(username)) ? AuthResult.success(username)
                : AuthResult.failure(AuthFailure.BAD_CREDENTIALS, "wrong password for " + username);
    }

    @Override
    public AuthResult authenticateBearer(String token, InetAddress remote) {
        String user = tokens.get(token);
        return user == null ? AuthResult.failure(AuthFailure.BAD_CREDENTIALS, "unknown token") : AuthResult.success(user);
    }

    @Override
    public Maildrop openMaildrop(String user) throws Pop3BackendException {
        if (storeDown) {
            throw new Pop3BackendException("store down");
        }
        if (!locked.add(user)) {
            throw new MaildropInUseException(user);
        }
        return new MemoryMaildrop(user, List.copyOf(maildrops.get(user)));
    }

    private final class MemoryMaildrop implements Maildrop {
        private final String user;
        private final List<Stored> snapshot;
        private boolean closed;

        MemoryMaildrop(String user, List<Stored> snapshot) {
            this.user = user;
            this.snapshot = snapshot;
        }

        @Override
        public List<MaildropEntry> entries() {
            List<MaildropEntry> entries = new ArrayList<>();
            for (Stored s : snapshot) {
                entries.add(new MaildropEntry(s.uid(), s.content().length));
            }
            return entries;
        }

        @Override
        public InputStream open(int index) {
            return new ByteArrayInputStream(snapshot.get(index).content());
        }

        @Override
        public void commitDeletions(Set<Integer> indexes) throws Pop3BackendException {
            if (commitFails) {
                throw new Pop3BackendException("commit failed");
            }
            List<Stored> gone = new ArrayList<>();
            indexes.forEach(i -> gone.add(snapshot.get(i)));
            maildrops.get(user).removeAll(gone);
        }

        @Override
        public void close() {
            if (closed) {
                throw new IllegalStateException("closed twice");
            }
            closed = true;
            locked.remove(user);
        }
    }
}
