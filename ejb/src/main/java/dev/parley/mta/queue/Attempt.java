package dev.parley.mta.queue;

import java.time.Instant;
import java.util.Objects;

/** One finished delivery attempt to record: the leased row, what came of it, and when to retry if deferred. */
public record Attempt(Claimed recipient, Outcome outcome, Instant nextAttempt) {

    public Attempt {
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(nextAttempt, "nextAttempt");
    }
}
