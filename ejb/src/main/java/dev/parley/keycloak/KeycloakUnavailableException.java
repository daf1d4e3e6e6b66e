package dev.parley.keycloak;

/** Keycloak could not be reached or answered with a server error: a temporary condition. */
public class KeycloakUnavailableException extends RuntimeException {

    public KeycloakUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public KeycloakUnavailableException(String message) {
        super(message);
    }
}
