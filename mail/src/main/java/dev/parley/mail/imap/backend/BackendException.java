package dev.parley.mail.imap.backend;

import java.util.Objects;

/**
 * The one checked exception of the IMAP back end. The reason picks the tagged reply (the engine
 * maps it to a response code in one place); the message is shown to the client, so it must be
 * client-safe — except for {@link Reason#UNAVAILABLE}, whose message is only logged.
 */
public class BackendException extends Exception {

    /** Why an operation failed; each maps to an RFC 5530 / RFC 9051 §7.1 response code. */
    public enum Reason {
        /** Temporary failure of the store (database down, I/O error): {@code NO [UNAVAILABLE]}. */
        UNAVAILABLE,
        AUTHENTICATION_FAILED,
        AUTHORIZATION_FAILED,
        /** Credentials valid once but no longer (expired password or token). */
        EXPIRED,
        /** The account may not log in (disabled, locked). */
        CONTACT_ADMIN,
        NONEXISTENT,
        /** APPEND/COPY/MOVE target missing: the client may create it (RFC 9051 §7.1 TRYCREATE). */
        TRY_CREATE,
        ALREADY_EXISTS,
        HAS_CHILDREN,
        NO_PERMISSION,
        OVER_QUOTA,
        IN_USE,
        /** The operation can never succeed (e.g. renaming INBOX into its own child). */
        CANNOT,
        LIMIT,
        TOO_BIG,
        /** A message the command referred to was expunged meanwhile. */
        EXPUNGED
    }

    private final Reason reason;

    public BackendException(Reason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public BackendException(Reason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** A temporary store failure with its cause; the text is logged, never sent. */
    public static BackendException unavailable(String message, Throwable cause) {
        return new BackendException(Reason.UNAVAILABLE, message, cause);
    }
}
