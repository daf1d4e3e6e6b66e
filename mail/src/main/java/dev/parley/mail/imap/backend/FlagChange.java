package dev.parley.mail.imap.backend;

import java.util.Objects;

/**
 * A STORE request for the back end (RFC 9051 §6.4.6).
 *
 * @param mode            replace, add or remove
 * @param flags           the flags
 * @param unchangedSince  RFC 7162 §3.1.3 UNCHANGEDSINCE, or null
 */
public record FlagChange(Mode mode, Flags flags, ModSeq unchangedSince) {

    public enum Mode { REPLACE, ADD, REMOVE }

    public FlagChange {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(flags, "flags");
    }

    /** The flags a message with {@code current} flags ends up with. */
    public Flags apply(Flags current) {
        return switch (mode) {
            case REPLACE -> flags;
            case ADD -> current.plus(flags);
            case REMOVE -> current.minus(flags);
        };
    }
}
