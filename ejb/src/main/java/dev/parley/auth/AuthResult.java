package dev.parley.auth;

import java.util.Set;

/**
 * Outcome of an authentication attempt. On success {@code username} is the canonical account name
 * ({@code preferred_username}) and {@code roles} its realm roles. On failure {@code failure} says why,
 * so protocols can pick their reply (e.g. IMAP {@code [AUTHENTICATIONFAILED]} vs {@code [UNAVAILABLE]}).
 */
public record AuthResult(Failure failure, String username, String subject, Set<String> roles) {

    public enum Failure {
        /** Wrong user or password, or invalid/expired token. */
        BAD_CREDENTIALS,
        /** Too many recent failures for this user or client address; try later. */
        THROTTLED,
        /** The account exists but is locked or disabled. */
        DISABLED,
        /** Keycloak could not be reached: a temporary failure. */
        UNAVAILABLE
    }

    public AuthResult {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public static AuthResult success(String username, String subject, Set<String> roles) {
        return new AuthResult(null, username, subject, roles);
    }

    public static AuthResult failed(Failure failure) {
        return new AuthResult(failure, null, null, Set.of());
    }

    public boolean ok() {
        return failure == null;
    }
}
