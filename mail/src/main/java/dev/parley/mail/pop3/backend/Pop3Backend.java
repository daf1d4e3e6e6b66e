package dev.parley.mail.pop3.backend;

import java.net.InetAddress;

/**
 * What the POP3 engine needs from the rest of the suite. {@code ejb} implements it over the
 * directory and the message store; tests use an in-memory fake. Every method may block (it is
 * called on a worker thread, never on a Netty event loop) and must be safe to call concurrently for
 * different sessions.
 */
public interface Pop3Backend {

    /**
     * Checks a user name and password (USER/PASS, SASL PLAIN). The password must never be logged.
     *
     * @param remote the client's address, for throttling and audit; may be null
     */
    AuthResult authenticate(String username, String password, InetAddress remote);

    /**
     * Checks an OAuth 2.0 bearer token (SASL OAUTHBEARER, RFC 7628). The token must never be logged.
     * The engine itself refuses a token whose user differs from the one the client named.
     */
    AuthResult authenticateBearer(String token, InetAddress remote);

    /**
     * Opens and locks the user's maildrop (RFC 1939 §4: exclusive-access lock for the session).
     * The returned snapshot lists the messages present now; messages delivered later are not
     * seen by this session.
     *
     * @param user the canonical user from {@link AuthResult.Success#user()}
     * @throws MaildropInUseException when another POP3 session holds the lock
     * @throws Pop3BackendException   when the store is unavailable (answered {@code [SYS/TEMP]})
     */
    Maildrop openMaildrop(String user) throws Pop3BackendException;
}
