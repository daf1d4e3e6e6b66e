package dev.parley.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.keycloak.KeycloakUnavailableException;
import dev.parley.testing.MutableClock;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class CachingJwksTest {

    private final KeyPair first = TestTokens.generate();
    private final KeyPair second = TestTokens.generate();
    private final MutableClock clock = MutableClock.at("2025-03-01T12:00:00Z");
    private final AtomicInteger fetches = new AtomicInteger();
    private final AtomicReference<String> document =
            new AtomicReference<>(TestTokens.jwksDocument(Map.of("k1", first.getPublic())));
    private final CachingJwks jwks = new CachingJwks(() -> {
        fetches.incrementAndGet();
        return document.get();
    }, clock, Duration.ofSeconds(10));

    @Test
    void loadsSignatureKeysAndSkipsEncryptionKeys() {
        assertEquals(first.getPublic(), jwks.key("k1").orElseThrow());
        assertTrue(jwks.key("k1-enc").isEmpty());
        assertEquals(1, fetches.get());
        jwks.key("k1");
        assertEquals(1, fetches.get(), "known kid served from the cache");
    }

    @Test
    void refetchesForAnUnknownKidAtMostOncePerInterval() {
        jwks.key("k1");
        document.set(TestTokens.jwksDocument(Map.of("k1", first.getPublic(), "k2", second.getPublic())));
        assertTrue(jwks.key("k2").isEmpty(), "refetch rate-limited right after the first fetch");
        clock.advance(Duration.ofSeconds(10));
        assertEquals(second.getPublic(), jwks.key("k2").orElseThrow(), "key rotation picked up");
        assertTrue(jwks.key("random-1").isEmpty());
        assertTrue(jwks.key("random-2").isEmpty());
        assertEquals(2, fetches.get(), "forged kids do not cause fetches");
    }

    @Test
    void reportsUnavailableWhileNoKeysCouldBeLoaded() {
        CachingJwks down = new CachingJwks(() -> {
            throw new KeycloakUnavailableException("connection refused");
        }, clock, Duration.ofSeconds(10));
        assertThrows(KeycloakUnavailableException.class, () -> down.key("k1"));
        assertThrows(KeycloakUnavailableException.class, () -> down.key("k1"));
    }
}
