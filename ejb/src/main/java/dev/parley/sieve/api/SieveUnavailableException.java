package dev.parley.sieve.api;

/** The script store cannot be read right now (database down): a temporary failure; rolls the caller back. */
@jakarta.ejb.ApplicationException(rollback = true)
public class SieveUnavailableException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public SieveUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
