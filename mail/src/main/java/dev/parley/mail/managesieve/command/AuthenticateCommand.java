package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.AuthResult;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.codec.Response;
import dev.parley.mail.managesieve.codec.Word;
import dev.parley.mail.managesieve.session.ManageSieveSession;
import dev.parley.mail.managesieve.session.ManageSieveSession.PendingAuth;
import dev.parley.mail.net.sasl.SaslCredentials;
import dev.parley.mail.net.sasl.SaslException;
import dev.parley.mail.net.sasl.SaslServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5804 §2.1 AUTHENTICATE mechanism [initial-response]. Challenges go out as strings of base64;
 * the client answers with a string, or {@code "*"} to cancel. PLAIN and OAUTHBEARER, both only
 * over TLS unless configured otherwise ({@code NO (ENCRYPT-NEEDED)}).
 */
public final class AuthenticateCommand implements ManageSieveCommand {

    private static final Logger LOG = LoggerFactory.getLogger(AuthenticateCommand.class);

    public String name() {
        return "AUTHENTICATE";
    }

    public State state() {
        return State.NOT_AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(1, 2);
        String mechanism = args.string(0).toUpperCase(Locale.ROOT);
        if (!ManageSieveSession.MECHANISMS.contains(mechanism)) {
            throw CommandException.refused(Replies.UNSUPPORTED_MECHANISM);
        }
        if (!session.loginAllowed()) {
            throw CommandException.refused(Replies.ENCRYPT_NEEDED);
        }
        byte[] initial = args.size() == 2 ? base64(args.string(1)) : null;
        return step(session, mechanism, SaslServer.create(mechanism), initial);
    }

    /** The client's answer to a challenge: one string, {@code "*"} cancels. */
    public Outcome respond(ManageSieveSession session, List<Word> words) throws CommandException {
        PendingAuth pending = session.pendingAuth();
        session.pendingAuth(null);
        if (words.size() != 1 || !(words.get(0) instanceof Word.Str s)) {
            throw CommandException.refused(Replies.MALFORMED_SASL);
        }
        String text = new String(s.octets(), StandardCharsets.US_ASCII);
        if (text.equals("*")) {
            return Outcome.of(Replies.AUTH_CANCELLED);
        }
        if (pending.failing()) {
            return failed(session, Replies.AUTH_FAILED);
        }
        return step(session, pending.mechanism(), pending.server(), base64(text));
    }

    private Outcome step(ManageSieveSession session, String mechanism, SaslServer server, byte[] response)
            throws CommandException {
        SaslServer.Step step;
        try {
            step = server.evaluate(response);
        } catch (SaslException e) {
            LOG.debug("{}: {}", mechanism, e.getMessage());
            return failed(session, Replies.MALFORMED_SASL);
        }
        if (step instanceof SaslServer.Challenge challenge) {
            session.pendingAuth(new PendingAuth(mechanism, server, false));
            return Outcome.continuation(Base64.getEncoder().encodeToString(challenge.data()));
        }
        SaslCredentials credentials = ((SaslServer.Complete) step).credentials();
        if (credentials.authorizationId() != null && !credentials.authorizationId().equalsIgnoreCase(credentials.username())) {
            LOG.debug("authorization identity {} refused for {}", credentials.authorizationId(), credentials.username());
            return failed(session, Replies.AUTH_FAILED);
        }
        AuthResult result = credentials.bearer()
                ? session.backend().authenticateBearer(credentials.username(), credentials.secret(), session.remote())
                : session.backend().authenticate(credentials.username(), credentials.secret(), session.remote());
        if (result instanceof AuthResult.Success success) {
            session.login(success.user());
            LOG.info("{} authenticated with {}", success.user(), mechanism);
            return Outcome.of(Replies.AUTHENTICATED);
        }
        AuthResult.Failure failure = (AuthResult.Failure) result;
        LOG.debug("login failed ({}): {}", failure.kind(), failure.detail());
        byte[] errorChallenge = server.failureChallenge();
        if (failure.kind() == AuthResult.Kind.BAD_CREDENTIALS && errorChallenge != null) {
            // RFC 7628 §3.2.2: error challenge, the client's dummy response, then NO.
            session.pendingAuth(new PendingAuth(mechanism, server, true));
            return Outcome.continuation(Base64.getEncoder().encodeToString(errorChallenge));
        }
        return failed(session, switch (failure.kind()) {
            case BAD_CREDENTIALS -> Replies.AUTH_FAILED;
            case DISABLED -> Replies.AUTH_DISABLED;
            case THROTTLED -> Replies.AUTH_THROTTLED;
            case UNAVAILABLE -> Replies.AUTH_UNAVAILABLE;
        });
    }

    private static Outcome failed(ManageSieveSession session, Response reply) {
        if (session.authFailed()) {
            return Outcome.close(Replies.TOO_MANY_AUTH_FAILURES);
        }
        return Outcome.of(reply);
    }

    private static byte[] base64(String text) throws CommandException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw CommandException.refused(Replies.MALFORMED_SASL);
        }
    }
}
