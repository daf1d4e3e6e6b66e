package dev.parley.mail.smtp.backend;

import java.util.Objects;

/**
 * Outcome of checking SASL credentials: the authenticated user, or why not. {@link Failure#INVALID}
 * becomes {@code 535 5.7.8}, {@link Failure#TEMPORARY} (directory or Keycloak down) {@code 454 4.7.0}
 * (RFC 4954 §6).
 */
public record AuthResult(String user, Failure failure) {

    public enum Failure { INVALID, TEMPORARY }

    public AuthResult {
        if ((user == null) == (failure == null)) {
            throw new IllegalArgumentException("exactly one of user and failure");
        }
    }

    public static AuthResult success(String user) {
        return new AuthResult(Objects.requireNonNull(user, "user"), null);
    }

    public static AuthResult failed(Failure failure) {
        return new AuthResult(null, failure);
    }

    public boolean succeeded() {
        return user != null;
    }
}
