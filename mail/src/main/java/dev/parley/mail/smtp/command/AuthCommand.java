package dev.parley.mail.smtp.command;

import dev.parley.mail.net.sasl.SaslCredentials;
import dev.parley.mail.net.sasl.SaslException;
import dev.parley.mail.net.sasl.SaslServer;
import dev.parley.mail.smtp.backend.AuthResult;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.PendingAuth;
import dev.parley.mail.smtp.session.SmtpSession;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Base64;

/**
 * AUTH (RFC 4954) over the shared SASL mechanisms in {@code net.sasl}: initial response or
 * {@code 334} challenges, {@code *} cancels, {@code =} is an empty initial response. Credentials
 * are never logged.
 */
final class AuthCommand implements SmtpCommand {

    private static final Logger LOG = LoggerFactory.getLogger(AuthCommand.class);

    @Override
    public Outcome execute(SmtpSession session, String arguments) {
        if (session.mode().isLmtp()) {
            return Outcome.reply(SmtpReplies.UNKNOWN_COMMAND);
        }
        // RFC 4954 §4: AUTH needs EHLO, is refused once authenticated and during a transaction.
        if (!session.extended() || session.user() != null || session.transaction() != null) {
            return Outcome.reply(SmtpReplies.BAD_SEQUENCE);
        }
        String[] parts = arguments.trim().split(" +");
        if (parts[0].isEmpty() || parts.length > 2) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail("AUTH mechanism [initial-response]"));
        }
        SaslServer server = SaslServer.create(parts[0]);
        if (server == null) {
            return Outcome.reply(SmtpReplies.MECHANISM_UNSUPPORTED);
        }
        if (!session.authOffered()) {
            return Outcome.reply(SmtpReplies.ENCRYPTION_REQUIRED);
        }
        byte[] initial = null;
        if (parts.length == 2) {
            initial = parts[1].equals("=") ? new byte[0] : decode(parts[1]);
            if (initial == null) {
                return Outcome.reply(SmtpReplies.SYNTAX.detail("initial response is not base64"));
            }
        }
        return step(session, new PendingAuth(parts[0], server, null), initial);
    }

    /** The client's line while an exchange is open. */
    static Outcome continueWith(SmtpSession session, String line) {
        PendingAuth pending = session.pendingAuth();
        session.pendingAuth(null);
        if (pending.finalReply() != null) {
            return failed(session, pending.finalReply()); // RFC 7628 §3.2.3: the dummy line after the error
        }
        if (line.trim().equals("*")) {
            return Outcome.reply(SmtpReplies.AUTH_CANCELLED); // RFC 4954 §4
        }
        byte[] response = decode(line.trim());
        if (response == null) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail("response is not base64"));
        }
        return step(session, pending, response);
    }

    private static Outcome step(SmtpSession session, PendingAuth pending, byte[] response) {
        SaslServer.Step step;
        try {
            step = pending.server().evaluate(response);
        } catch (SaslException e) {
            LOG.debug("malformed {} exchange: {}", pending.mechanism(), e.getMessage());
            return failed(session, SmtpReplies.SYNTAX.detail(e.getMessage()));
        }
        if (step instanceof SaslServer.Challenge challenge) {
            session.pendingAuth(pending);
            return Outcome.reply(SmtpReplies.AUTH_CHALLENGE.withText(Base64.getEncoder().encodeToString(challenge.data())));
        }
        SaslCredentials credentials = ((SaslServer.Complete) step).credentials();
        if (credentials.authorizationId() != null && !credentials.authorizationId().equals(credentials.username())) {
            return failed(session, SmtpReplies.AUTH_FAILED); // no proxy authorization
        }
        AuthResult result = credentials.bearer()
                ? session.backend().authenticateBearer(credentials, session.info())
                : session.backend().authenticate(credentials, session.info());
        if (result.succeeded()) {
            session.authenticated(result.user());
            LOG.info("authenticated as {} with {}", result.user(), pending.mechanism());
            return Outcome.reply(SmtpReplies.AUTH_OK);
        }
        SmtpReply failure = result.failure() == AuthResult.Failure.TEMPORARY ? SmtpReplies.AUTH_TEMPORARY : SmtpReplies.AUTH_FAILED;
        byte[] errorChallenge = pending.server().failureChallenge();
        if (errorChallenge != null) {
            session.pendingAuth(new PendingAuth(pending.mechanism(), pending.server(), failure));
            return Outcome.reply(SmtpReplies.AUTH_CHALLENGE.withText(Base64.getEncoder().encodeToString(errorChallenge)));
        }
        return failed(session, failure);
    }

    private static Outcome failed(SmtpSession session, SmtpReply reply) {
        LOG.debug("authentication failed: {}", reply.code());
        if (reply.code() == SmtpReplies.AUTH_FAILED.code() && session.authFailed()) {
            return new Outcome(java.util.List.of(reply, SmtpReplies.TOO_MANY_AUTH_FAILURES), Outcome.After.CLOSE);
        }
        return Outcome.reply(reply);
    }

    private static byte[] decode(String base64) {
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
