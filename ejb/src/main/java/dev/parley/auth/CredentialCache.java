package dev.parley.auth;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Remembers recent successful password checks so that an IMAP client reconnecting every few seconds
 * does not hit Keycloak each time. Stores, per username, an HMAC-SHA256 (RFC 2104) of a random
 * per-entry salt and the password under a random key that lives only in this process; never the
 * password itself (ADR 0012).
 *
 * <p>Why not a slow hash: the cache is consulted on every login, and a slow hash per lookup (PBKDF2 at
 * 10,000 rounds cost 4.8 ms of CPU here) was the largest single cost of an IMAP connection. The entries
 * never leave memory; whoever can read this process's memory has the key and also sees passwords as
 * clients send them, so a slow hash bought little.
 *
 * <p>Each entry also remembers when the directory last said the account may log in, so a burst of
 * logins asks the directory once per {@code statusRecheck}; a lock or delete on this node evicts the
 * entry at once ({@link CredentialInvalidation}).
 */
public class CredentialCache {

    static final int MAX_ENTRIES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(byte[] salt, byte[] hash, Instant expires, AuthResult result, Instant statusChecked) {
    }

    /** A cached success: the result and whether the directory's verdict on it is still fresh. */
    public record Hit(AuthResult result, boolean statusFresh) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;
    private final Duration statusRecheck;
    private final SecretKeySpec key;

    public CredentialCache(Clock clock, Duration ttl) {
        this(clock, ttl, Duration.ZERO);
    }

    public CredentialCache(Clock clock, Duration ttl, Duration statusRecheck) {
        this.clock = clock;
        this.ttl = ttl;
        this.statusRecheck = statusRecheck;
        byte[] k = new byte[32];
        RANDOM.nextBytes(k);
        this.key = new SecretKeySpec(k, "HmacSHA256");
    }

    /** The remembered result when {@code password} matches an unexpired entry for {@code username}. */
    public Optional<AuthResult> lookup(String username, String password) {
        return find(username, password).map(Hit::result);
    }

    /** Like {@link #lookup}, also telling whether the directory verdict can be reused. */
    public Optional<Hit> find(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (!now.isBefore(entry.expires())) {
            entries.remove(username, entry);
            return Optional.empty();
        }
        // constant-time comparison of the hashes
        if (!MessageDigest.isEqual(entry.hash(), hash(password, entry.salt()))) {
            return Optional.empty();
        }
        return Optional.of(new Hit(entry.result(), now.isBefore(entry.statusChecked().plus(statusRecheck))));
    }

    public void remember(String username, String password, AuthResult result) {
        if (ttl.isZero()) {
            return;
        }
        Instant now = clock.instant();
        if (entries.size() >= MAX_ENTRIES) {
            entries.values().removeIf(e -> !now.isBefore(e.expires()));
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // bounded memory beats a perfect hit rate
            }
        }
        byte[] salt = new byte[16];
        RANDOM.nextBytes(salt);
        entries.put(username, new Entry(salt, hash(password, salt), now.plus(ttl), result, now));
    }

    /** The directory confirmed {@code username} again: its verdict is fresh from now. */
    public void statusConfirmed(String username) {
        Instant now = clock.instant();
        entries.computeIfPresent(username, (u, e) ->
                new Entry(e.salt(), e.hash(), e.expires(), e.result(), now));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }

    byte[] hash(String password, byte[] salt) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key);
            mac.update(salt);
            return mac.doFinal(password.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("every Java runtime has HmacSHA256", e); // JCA standard names
        }
    }
}
