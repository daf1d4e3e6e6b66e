package dev.parley.mail.sieve;

import java.time.Duration;

/**
 * RFC 5230 §4.1/§4.2: remembers to whom a vacation reply went, per handle, so that one sender gets
 * at most one reply per period. The message store implements it per user.
 */
public interface VacationTracker {

    /** Whether a reply with {@code handle} went to {@code sender} less than {@code period} ago. */
    boolean respondedWithin(String sender, String handle, Duration period);

    /** Notes that a reply with {@code handle} went to {@code sender} now. */
    void record(String sender, String handle, Duration period);

    /** For the site script or tests: never suppresses. */
    VacationTracker NONE = new VacationTracker() {
        @Override
        public boolean respondedWithin(String sender, String handle, Duration period) {
            return false;
        }

        @Override
        public void record(String sender, String handle, Duration period) {
        }
    };
}
