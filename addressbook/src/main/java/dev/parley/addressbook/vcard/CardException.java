package dev.parley.addressbook.vcard;

/**
 * A vCard the suite will not store: malformed, an unsupported version, a required property missing.
 * The message says what is wrong and where ("line 4: …"), for the client (CardDAV
 * {@code CARDDAV:valid-address-data}, RFC 6352 §6.3.2.1) and for import reports.
 */
public final class CardException extends RuntimeException {

    public CardException(String message) {
        super(message);
    }

    public CardException(String message, Throwable cause) {
        super(message, cause);
    }
}
