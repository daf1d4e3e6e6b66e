package dev.parley.mta.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class BackoffTest {

    @Test
    void earlyRetriesThenCappedAtFourHours() {
        assertEquals(Duration.ofMinutes(1), Backoff.delay(1));
        assertEquals(Duration.ofMinutes(5), Backoff.delay(2));
        assertEquals(Duration.ofHours(1), Backoff.delay(5));
        assertEquals(Duration.ofHours(4), Backoff.delay(7));
        assertEquals(Duration.ofHours(4), Backoff.delay(500));
        assertEquals(Duration.ofMinutes(1), Backoff.delay(0));
    }

    @Test
    void expiresAfterMaxAge() {
        Instant received = Instant.parse("2026-01-01T00:00:00Z");
        assertFalse(Backoff.expired(received, received.plus(Duration.ofDays(6)), Duration.ofDays(7)));
        assertTrue(Backoff.expired(received, received.plus(Duration.ofDays(7)), Duration.ofDays(7)));
    }

    @Test
    void queueIdsAreShortUpperCaseAndDistinct() {
        Clock clock = Clock.fixed(Instant.parse("2026-11-24T22:00:00Z"), ZoneOffset.UTC);
        String a = QueueId.next(clock);
        String b = QueueId.next(clock);
        assertTrue(a.matches("[0-9A-Z]{15}"), a);
        assertNotEquals(a, b);
    }
}
