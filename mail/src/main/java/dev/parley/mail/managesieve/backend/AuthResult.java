package dev.parley.mail.managesieve.backend;

import java.util.Objects;

/** Outcome of a credential check. */
public sealed interface AuthResult {

    /** @param user canonical account name, passed to the script methods of {@link SieveBackend} */
    record Success(String user) implements AuthResult {
        public Success {
            if (user == null || user.isBlank()) {
                throw new IllegalArgumentException("user must not be blank");
            }
        }
    }

    /** @param detail for the server log only, never a secret */
    record Failure(Kind kind, String detail) implements AuthResult {
        public Failure {
            Objects.requireNonNull(kind, "kind");
            detail = detail == null ? "" : detail;
        }
    }

    enum Kind {
        /** {@code NO "Authentication failed"} */
        BAD_CREDENTIALS,
        /** Locked account or domain, or no mail account: {@code NO} */
        DISABLED,
        /** Too many recent failures: {@code NO (TRYLATER)} */
        THROTTLED,
        /** Identity provider or database down: {@code NO (TRYLATER)} */
        UNAVAILABLE
    }

    static AuthResult success(String user) {
        return new Success(user);
    }

    static AuthResult failure(Kind kind, String detail) {
        return new Failure(kind, detail);
    }
}
