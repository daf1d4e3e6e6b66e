package dev.parley.mta.queue;

import java.time.Duration;
import java.time.Instant;

/**
 * When a deferred recipient is tried again: early retries at the minutes scale (1, 5, 15, 30 minutes),
 * then hourly up to every 4 hours, as the Sun MTA's job controller did; past {@code maxAge} since
 * arrival the recipient fails. (Delay warnings and the 7-day return are the DSN work of the next round.)
 */
public final class Backoff {

    private static final Duration[] SCHEDULE = {
        Duration.ofMinutes(1), Duration.ofMinutes(5), Duration.ofMinutes(15), Duration.ofMinutes(30),
        Duration.ofHours(1), Duration.ofHours(2), Duration.ofHours(4)
    };

    private Backoff() {
    }

    /** The delay after the {@code attempts}-th failed attempt (1 = the first). */
    public static Duration delay(int attempts) {
        int i = Math.max(1, attempts) - 1;
        return SCHEDULE[Math.min(i, SCHEDULE.length - 1)];
    }

    /** Whether a message received at {@code receivedAt} has been in the queue too long to try again. */
    public static boolean expired(Instant receivedAt, Instant now, Duration maxAge) {
        return !receivedAt.plus(maxAge).isAfter(now);
    }
}
