package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.backend.AuthResult;
import dev.parley.mail.pop3.backend.Maildrop;
import dev.parley.mail.pop3.backend.MaildropInUseException;
import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Response.Reply;
import dev.parley.mail.pop3.session.Pop3Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The end of every login (USER/PASS and AUTH): maps a failed check to its response code
 * (RFC 3206, RFC 2449 §8) with the configured delay, or locks the maildrop and enters TRANSACTION
 * (RFC 1939 §4). Logs user names, never secrets.
 */
final class Login {

    private static final Logger LOG = LoggerFactory.getLogger(Login.class);

    private Login() {
    }

    static Outcome finish(Pop3Session session, AuthResult result, String method) {
        if (result instanceof AuthResult.Failure failure) {
            return failed(session, failure, method);
        }
        String user = ((AuthResult.Success) result).user();
        Maildrop maildrop;
        try {
            maildrop = session.backend().openMaildrop(user);
        } catch (MaildropInUseException e) {
            LOG.info("{} login by {}: maildrop in use", method, user);
            // RFC 1939 §4: the client may authenticate again or QUIT.
            return Outcome.reply(Pop3Replies.IN_USE);
        } catch (Pop3BackendException e) {
            LOG.error("{} login by {}: maildrop unavailable: {}", method, user, e.toString());
            return Outcome.reply(Pop3Replies.MAILDROP_UNAVAILABLE);
        }
        session.enterTransaction(user, maildrop);
        LOG.info("{} login by {}: {} messages", method, user, session.view().count());
        return Outcome.reply(Pop3Replies.loggedIn(session.view().count(), session.view().octets()));
    }

    static Outcome failed(Pop3Session session, AuthResult.Failure failure, String method) {
        int failures = session.authFailed();
        LOG.info("{} login failed ({}, attempt {}): {}", method, failure.kind(), failures, failure.detail());
        Outcome outcome = Outcome.reply(reply(failure))
                .delayed(session.config().authDelay().delay(failures, session.remote()));
        return session.authFailuresExhausted() ? outcome.closing() : outcome;
    }

    private static Reply reply(AuthResult.Failure failure) {
        return switch (failure.kind()) {
            case BAD_CREDENTIALS -> Pop3Replies.AUTH_FAILED;
            case DISABLED -> Pop3Replies.ACCOUNT_DISABLED;
            case THROTTLED -> Pop3Replies.THROTTLED;
            case LOGIN_DELAY -> Pop3Replies.LOGIN_DELAY;
            case UNAVAILABLE -> Pop3Replies.AUTH_UNAVAILABLE;
        };
    }
}
