package dev.parley.mail.pop3.backend;

import java.util.Objects;

/** Outcome of a credential check. */
public sealed interface AuthResult {

    /** @param user canonical account name, used for {@link Pop3Backend#openMaildrop(String)} and logs */
    record Success(String user) implements AuthResult {
        public Success {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("user must not be blank");
            }
        }
    }

    /**
     * @param kind   why, which decides the RFC 3206 / RFC 2449 response code
     * @param detail for the server log only (never sent to the client, never a secret)
     */
    record Failure(AuthFailure kind, String detail) implements AuthResult {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
        }
    }

    static AuthResult success(String user) {
        return new Success(user);
    }

    static AuthResult failure(AuthFailure kind, String detail) {
        return new Failure(kind, detail);
    }
}
