package dev.parley.mail.smtp.backend;

import dev.parley.mail.net.sasl.SaslCredentials;

/**
 * What the SMTP/submission/LMTP engine needs from the rest of the suite; {@code ejb} implements it
 * over the directory, Keycloak and the MTA queue. Methods may block: the engine calls them on its
 * worker executor, never on the event loop. An exception from any of them is a server fault:
 * the client gets a 4xx (never 5xx) and the failure is logged once.
 */
public interface SmtpBackend {

    /** Password (PLAIN, LOGIN, app password) check. */
    AuthResult authenticate(SaslCredentials credentials, SessionInfo session);

    /** OAuth 2.0 bearer token check (OAUTHBEARER, XOAUTH2); {@code credentials.username()} may be null. */
    AuthResult authenticateBearer(SaslCredentials credentials, SessionInfo session);

    /** MAIL FROM policy (e.g. submission: the user may send as this address). */
    Verdict checkSender(MailFrom mailFrom, SessionInfo session);

    /** RCPT TO: local user exists and has room, or relaying is allowed for this session. */
    Verdict checkRecipient(Recipient recipient, MailFrom mailFrom, SessionInfo session);

    /** Starts receiving one message for the accepted recipients. */
    MessageSink beginMessage(Envelope envelope) throws Exception;
}
