package dev.parley.mail.managesieve.backend;

import java.util.Objects;

/** A refusal (or failure) of the script store; the engine maps each kind to one reply. */
public final class ScriptException extends Exception {

    private static final long serialVersionUID = 1L;

    public enum Kind {
        /** {@code NO (NONEXISTENT)} */
        NONEXISTENT,
        /** {@code NO (ALREADYEXISTS)} */
        ALREADY_EXISTS,
        /** {@code NO (ACTIVE)}: the active script cannot be deleted */
        ACTIVE,
        /** {@code NO (QUOTA/MAXSCRIPTS)} */
        MAX_SCRIPTS,
        /** {@code NO (QUOTA/MAXSIZE)} */
        MAX_SIZE,
        /** The store is unreachable: {@code NO (TRYLATER)}, a temporary failure */
        UNAVAILABLE
    }

    private final Kind kind;

    public ScriptException(Kind kind, String detail) {
        super(detail, null, false, false);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public ScriptException(Kind kind, String detail, Throwable cause) {
        super(detail, cause);
        this.kind = Objects.requireNonNull(kind, "kind");
    }

    public Kind kind() {
        return kind;
    }
}
