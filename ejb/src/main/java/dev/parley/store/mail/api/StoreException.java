package dev.parley.store.mail.api;

import jakarta.ejb.ApplicationException;

/**
 * A store operation refused; the transaction is rolled back and nothing changed. The {@link Kind}
 * tells the protocol engines what to answer (IMAP response codes of RFC 5530 in brackets).
 */
@ApplicationException(rollback = true)
public class StoreException extends RuntimeException {

    public enum Kind {
        /** [NONEXISTENT] */
        NOT_FOUND,
        /** [ALREADYEXISTS] */
        EXISTS,
        /** [HASCHILDREN] (RFC 9051 §6.3.5) */
        HAS_CHILDREN,
        /** [CANNOT]: not allowed for this mailbox, e.g. deleting INBOX */
        CANNOT,
        /** BAD / [CLIENTBUG]: malformed input such as an invalid mailbox name */
        INVALID,
        /** [OVERQUOTA] (RFC 9208 §4.3) */
        QUOTA_EXCEEDED,
        /** [NOPERM] (RFC 4314) */
        FORBIDDEN,
        /** [UNAVAILABLE]: the blob store or database failed; try again */
        UNAVAILABLE
    }

    private final Kind kind;

    public StoreException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public StoreException(Kind kind, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }

    public static StoreException notFound(String message) {
        return new StoreException(Kind.NOT_FOUND, message);
    }

    public static StoreException invalid(String message) {
        return new StoreException(Kind.INVALID, message);
    }
}
