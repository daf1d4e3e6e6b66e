package dev.parley.auth;

/**
 * Authentication used by every protocol front end (IMAP, POP3, SMTP AUTH, CalDAV/CardDAV Basic, WCAP
 * login) and by the REST API. Keycloak is the only keeper of passwords; this service asks it, caches
 * successes briefly (hashed, never the clear password), and limits failures per user and per client IP.
 */
public interface AuthenticationService {

    /** Checks {@code user@domain} and password; never throws for a wrong password. */
    AuthResult verifyPassword(String username, String password, String remoteIp);

    /** Validates a Keycloak-issued access token (signature, issuer, expiry). */
    AuthResult validateBearer(String token, String remoteIp);
}
