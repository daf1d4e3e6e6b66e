package dev.parley.addressbook.carddav;

/** A request body CardDAV refuses: the precondition to report (or none: plain 400) and why. */
public final class CardDavException extends RuntimeException {

    private final CardDav.Precondition precondition;

    public CardDavException(CardDav.Precondition precondition, String message) {
        super(message);
        this.precondition = precondition;
    }

    /** The precondition element for the error body, or null for a malformed request (400). */
    public CardDav.Precondition precondition() {
        return precondition;
    }
}
