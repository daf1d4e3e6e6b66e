package dev.parley.calendar.api;

import jakarta.ejb.ApplicationException;

/**
 * Why a calendar operation was refused; front ends map the kind once (CalDAV to status and RFC 4791
 * precondition, WCAP to its errno). {@code precondition} names the RFC 4791 element when there is one.
 */
@ApplicationException(rollback = true)
public class CalendarException extends RuntimeException {

    public enum Kind {
        /** no such calendar or object, or the caller may not see it */
        NOT_FOUND,
        FORBIDDEN,
        /** If-Match / If-None-Match failed (RFC 9110 §13.1) */
        PRECONDITION_FAILED,
        /** an RFC 4791 precondition: see {@link #precondition()} */
        INVALID,
        EXISTS,
        INVALID_SYNC_TOKEN,
        BAD_REQUEST,
        UNAVAILABLE
    }

    private final Kind kind;
    private final String precondition;

    public CalendarException(Kind kind, String precondition, String message) {
        super(message);
        this.kind = kind;
        this.precondition = precondition;
    }

    public Kind kind() {
        return kind;
    }

    /** The RFC 4791 precondition element name (e.g. {@code no-uid-conflict}), or null. */
    public String precondition() {
        return precondition;
    }
}
