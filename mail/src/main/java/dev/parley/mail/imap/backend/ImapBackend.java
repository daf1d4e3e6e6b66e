package dev.parley.mail.imap.backend;

import java.net.InetAddress;

/**
 * What the IMAP engine needs from the rest of the suite to log a user in. Implemented by the
 * message store in {@code ejb}; {@code dev.parley.mail.imap.memory} holds a reference
 * implementation. Methods may block (they are called off the event loop when the engine is given an
 * executor) and must be safe to call from several sessions at once.
 */
public interface ImapBackend {

    /**
     * Password login (LOGIN, AUTHENTICATE PLAIN/LOGIN). App passwords are the back end's business.
     *
     * @param client the remote address, for throttling and audit; may be null
     * @throws BackendException {@code AUTHENTICATION_FAILED}, {@code EXPIRED}, {@code CONTACT_ADMIN}
     *                          or {@code UNAVAILABLE}
     */
    MailboxUser authenticate(String username, String password, InetAddress client) throws BackendException;

    /**
     * OAuth 2.0 bearer login (RFC 7628 OAUTHBEARER, Google's XOAUTH2).
     *
     * @param username the user the client names ({@code a=} of the GS2 header / {@code user=}), or
     *                 null; when given it must match the token's subject
     * @throws BackendException as for {@link #authenticate}
     */
    MailboxUser authenticateBearer(String username, String token, InetAddress client) throws BackendException;
}
