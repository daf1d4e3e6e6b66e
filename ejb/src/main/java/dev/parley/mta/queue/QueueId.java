package dev.parley.mta.queue;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Locale;

/**
 * Queue ids as in the {@code 250 OK queued as …} reply, {@code Received: … id …} and every log line:
 * the arrival time in milliseconds and 32 random bits, both in base 36 (sortable by time within a
 * year's width, unguessable enough that ids leak nothing about volume). Unique through the primary key.
 */
public final class QueueId {

    private static final SecureRandom RANDOM = new SecureRandom();

    private QueueId() {
    }

    public static String next(Clock clock) {
        String time = Long.toString(clock.millis(), 36).toUpperCase(Locale.ROOT);
        String random = Long.toString(RANDOM.nextInt() & 0xffffffffL, 36).toUpperCase(Locale.ROOT);
        return time + "0000000".substring(random.length()) + random;
    }
}
