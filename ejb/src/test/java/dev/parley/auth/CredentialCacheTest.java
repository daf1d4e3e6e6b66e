package dev.parley.auth;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.testing.MutableClock;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CredentialCacheTest {

    private final MutableClock clock = MutableClock.at("2025-03-01T12:00:00Z");
    private final CredentialCache cache = new CredentialCache(clock, Duration.ofSeconds(60));
    private final AuthResult carol = AuthResult.success("carol@example.test", "id-1", Set.of("user"));

    @Test
    void matchesOnlyTheSamePasswordBeforeExpiry() {
        cache.remember("carol@example.test", "s3cret", carol);
        assertEquals(carol, cache.lookup("carol@example.test", "s3cret").orElseThrow());
        assertTrue(cache.lookup("carol@example.test", "S3cret").isEmpty());
        assertTrue(cache.lookup("dave@example.test", "s3cret").isEmpty());
        clock.advance(Duration.ofSeconds(60));
        assertTrue(cache.lookup("carol@example.test", "s3cret").isEmpty());
        assertEquals(0, cache.size());
    }

    @Test
    void saltsEachEntrySoEqualPasswordsHashDifferently() {
        byte[] a = cache.hash("s3cret", new byte[16]);
        byte[] b = cache.hash("s3cret", new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
        assertFalse(java.util.Arrays.equals(a, b));
        assertArrayEquals(a, cache.hash("s3cret", new byte[16]));
        // the key is this process's own: another cache (another node, a restart) hashes differently
        assertFalse(java.util.Arrays.equals(a, new CredentialCache(clock, Duration.ofSeconds(60)).hash("s3cret", new byte[16])));
    }

    @Test
    void neverHoldsTheClearPassword() throws Exception {
        cache.remember("carol@example.test", "s3cret-pw", carol);
        Field field = CredentialCache.class.getDeclaredField("entries");
        field.setAccessible(true);
        Object entry = ((Map<?, ?>) field.get(cache)).get("carol@example.test");
        for (var component : entry.getClass().getRecordComponents()) {
            Object value = component.getAccessor().invoke(entry);
            if (value instanceof byte[] bytes) {
                assertFalse(new String(bytes, StandardCharsets.ISO_8859_1).contains("s3cret-pw"));
            }
            assertFalse(String.valueOf(value).contains("s3cret-pw"), component.getName());
        }
    }

    @Test
    void theDirectoryVerdictIsFreshForTheRecheckIntervalOnly() {
        CredentialCache c = new CredentialCache(clock, Duration.ofSeconds(60), Duration.ofSeconds(10));
        c.remember("carol@example.test", "s3cret", carol);
        assertTrue(c.find("carol@example.test", "s3cret").orElseThrow().statusFresh());
        clock.advance(Duration.ofSeconds(10));
        assertFalse(c.find("carol@example.test", "s3cret").orElseThrow().statusFresh());
        c.statusConfirmed("carol@example.test");
        assertTrue(c.find("carol@example.test", "s3cret").orElseThrow().statusFresh());
        assertTrue(c.find("carol@example.test", "wrong").isEmpty());
    }

    @Test
    void zeroTtlDisablesCaching() {
        CredentialCache off = new CredentialCache(clock, Duration.ZERO);
        off.remember("carol@example.test", "s3cret", carol);
        assertTrue(off.lookup("carol@example.test", "s3cret").isEmpty());
    }
}
