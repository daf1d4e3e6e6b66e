package dev.parley.mail.pop3.session;

import java.net.InetAddress;
import java.time.Duration;

/**
 * How long to hold back the reply to a failed login, to slow down password guessing without
 * blocking a thread (the reply is scheduled on the event loop).
 */
@FunctionalInterface
public interface AuthDelay {

    AuthDelay NONE = (failures, remote) -> Duration.ZERO;

    /**
     * @param failures failed attempts in this session so far, including this one (1 for the first)
     * @param remote   the client's address; may be null
     */
    Duration delay(int failures, InetAddress remote);

    /** {@code step} times the number of failures, at most {@code max}. */
    static AuthDelay linear(Duration step, Duration max) {
        return (failures, remote) -> {
            Duration d = step.multipliedBy(Math.max(1, failures));
            return d.compareTo(max) > 0 ? max : d;
        };
    }
}
