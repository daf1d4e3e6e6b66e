package dev.parley.auth;

import java.time.Duration;

/**
 * Tuning of {@link Authenticator}: how long a verified password is remembered, and how many
 * failures per user and per client address are allowed within the sliding window.
 */
public record AuthSettings(Duration cacheTtl, int maxFailuresPerUser, int maxFailuresPerIp, Duration failureWindow) {

    public AuthSettings {
        if (cacheTtl.isNegative() || failureWindow.isNegative() || maxFailuresPerUser < 1 || maxFailuresPerIp < 1) {
            throw new IllegalArgumentException("invalid authentication settings: " + cacheTtl + ", "
                    + maxFailuresPerUser + ", " + maxFailuresPerIp + ", " + failureWindow);
        }
    }

    public static AuthSettings defaults() {
        return new AuthSettings(Duration.ofSeconds(60), 5, 20, Duration.ofSeconds(300));
    }
}
