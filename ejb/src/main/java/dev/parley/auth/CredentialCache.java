package dev.parley.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * Remembers recent successful password checks so that an IMAP client reconnecting every few seconds
 * does not hit Keycloak each time. Stores, per username, a PBKDF2 hash (RFC 8018 §5.2) of the
 * password with a random per-entry salt, never the password itself.
 */
public class CredentialCache {

    static final int ITERATIONS = 10_000;
    static final int MAX_ENTRIES = 10_000;
    private static final SecureRandom RANDOM = new SecureRandom();

    private record Entry(byte[] salt, byte[] hash, Instant expires, AuthResult result) {
    }

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration ttl;

    public CredentialCache(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The remembered result when {@code password} matches an unexpired entry for {@code username}. */
    public Optional<AuthResult> lookup(String username, String password) {
        Entry entry = entries.get(username);
        if (entry == null) {
            return Optional.empty();
        }
        if (!clock.instant().isBefore(entry.expires())) {
            entries.remove(username, entry);
            return Optional.empty();
        }
        // constant-time comparison of the hashes
        return MessageDigest.isEqual(entry.hash(), hash(password, entry.salt()))
                ? Optional.of(entry.result()) : Optional.empty();
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
        entries.put(username, new Entry(salt, hash(password, salt), now.plus(ttl), result));
    }

    public void forget(String username) {
        entries.remove(username);
    }

    int size() {
        return entries.size();
    }

    static byte[] hash(String password, byte[] salt) {
        PBEKeySpec spec = new PBEKeySpec(password.toCharArray(), salt, ITERATIONS, 256);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            // every Java 17 runtime has PBKDF2WithHmacSHA256; fall back to salted SHA-256 all the same
            try {
                MessageDigest digest = MessageDigest.getInstance("SHA-256");
                digest.update(salt);
                return digest.digest(password.getBytes(StandardCharsets.UTF_8));
            } catch (NoSuchAlgorithmException impossible) {
                throw new IllegalStateException(impossible);
            }
        } finally {
            spec.clearPassword();
        }
    }
}
