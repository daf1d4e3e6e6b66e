package dev.parley.mail.sieve;

/**
 * A failure while running a script (RFC 5228 §2.10.6): an action conflict, a limit reached. The
 * interpreter catches it and falls back to keep so that no mail is lost.
 */
final class SieveRuntimeException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    SieveRuntimeException(String message) {
        super(message);
    }
}
