package dev.parley.calendar.caldav;

/** A CalDAV request body refused: the precondition to report (403 or 409 by the front end), or none (400). */
public final class CalDavException extends RuntimeException {

    private final CalDav.Precondition precondition;

    public CalDavException(CalDav.Precondition precondition, String message) {
        super(message);
        this.precondition = precondition;
    }

    public CalDav.Precondition precondition() {
        return precondition;
    }
}
