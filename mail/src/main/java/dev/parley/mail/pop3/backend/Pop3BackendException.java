package dev.parley.mail.pop3.backend;

/** The store or directory failed; the client gets {@code -ERR [SYS/TEMP]} (STYLE: temporary, never permanent). */
public class Pop3BackendException extends Exception {

    public Pop3BackendException(String message) {
        super(message);
    }

    public Pop3BackendException(String message, Throwable cause) {
        super(message, cause);
    }
}
