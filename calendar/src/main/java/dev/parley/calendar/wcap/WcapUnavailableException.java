package dev.parley.calendar.wcap;

/** A temporary failure of something the front end depends on (authentication, back end): HTTP 503, never an errno that makes a client drop its password. */
public class WcapUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public WcapUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
