package dev.parley.contacts.api;

import jakarta.ejb.ApplicationException;

/**
 * Why a contacts operation was refused. Front ends map the kind once: CardDAV to its status and
 * precondition (RFC 6352 §6.3.2.1, RFC 4918, RFC 6578), REST to a problem document.
 */
@ApplicationException(rollback = true)
public class ContactsException extends RuntimeException {

    public enum Kind {
        /** no such book or card, or the caller may not see it (never reveal which) */
        NOT_FOUND,
        /** the caller may read but not write */
        FORBIDDEN,
        /** If-Match / If-None-Match failed (RFC 9110 §13.1) */
        PRECONDITION_FAILED,
        /** another card in the book has the same UID (CARDDAV:no-uid-conflict) */
        UID_CONFLICT,
        /** a book or resource of that name exists */
        EXISTS,
        /** not a valid vCard (CARDDAV:valid-address-data), the message says why */
        INVALID_DATA,
        /** larger than the book's max-resource-size (CARDDAV:max-resource-size) */
        TOO_LARGE,
        /** a sync token this server did not issue or no longer honours (DAV:valid-sync-token) */
        INVALID_SYNC_TOKEN,
        /** a bad argument (name, query) */
        BAD_REQUEST,
        /** the database failed: try again later */
        UNAVAILABLE
    }

    private final Kind kind;

    public ContactsException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public ContactsException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static ContactsException notFound(String what) {
        return new ContactsException(Kind.NOT_FOUND, what);
    }
}
