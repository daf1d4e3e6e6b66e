package dev.parley.auth;

import java.time.Duration;

/**
 * Tuning of {@link Authenticator}: how long a verified password is remembered, how many
 * failures per user and per client address are allowed within the sliding window, and how long a
 * remembered login reuses the directory's verdict on the account.
 */
public record AuthSettings(Duration cacheTtl, int maxFailuresPerUser, int maxFailuresPerIp, Duration failureWindow,
                           Duration statusRecheck) {

    /** How long a cached login reuses the directory's "may log in" before asking again. */
    public static final Duration DEFAULT_STATUS_RECHECK = Duration.ofSeconds(10);

    public AuthSettings {
        if (cacheTtl.isNegative() || failureWindow.isNegative() || statusRecheck.isNegative()
                || maxFailuresPerUser < 1 || maxFailuresPerIp < 1) {
            throw new IllegalArgumentException("invalid authentication settings: " + cacheTtl + ", "
                    + maxFailuresPerUser + ", " + maxFailuresPerIp + ", " + failureWindow);
        }
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofSeconds(60), 5, 20, Duration.ofSeconds(300), DEFAULT_STATUS_RECHECK);
    }
}
