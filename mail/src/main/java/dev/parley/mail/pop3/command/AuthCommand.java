package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.backend.AuthFailure;
import dev.parley.mail.pop3.backend.AuthResult;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.codec.Pop3Response;
import dev.parley.mail.pop3.sasl.BearerMessage;
import dev.parley.mail.pop3.sasl.MalformedSaslException;
import dev.parley.mail.pop3.sasl.PlainMessage;
import dev.parley.mail.pop3.sasl.SaslResponses;
import dev.parley.mail.pop3.session.PendingAuth;
import dev.parley.mail.pop3.session.Pop3Session;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5034 AUTH mechanism [initial-response] with PLAIN (RFC 4616) and OAUTHBEARER (RFC 7628).
 * Without an initial response the server sends an empty challenge {@code "+ "}; the client's next
 * line is the response, or {@code *} to cancel. Both mechanisms put a secret on the wire, so both
 * need TLS unless plaintext logins are allowed (RFC 2595 §2.1, RFC 7628 §5).
 */
public final class AuthCommand extends AuthorizationCommand {

    public static final List<String> MECHANISMS = List.of("PLAIN", "OAUTHBEARER");

    @Override
    public String verb() {
        return "AUTH";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        String[] args = request.arguments();
        if (args.length == 0) {
            // Not in RFC 5034, but the older RFC 1734 listing that Outlook still probes for.
            List<String> offered = session.plaintextAuthAllowed() ? MECHANISMS : List.of();
            return Outcome.reply(new Pop3Response.MultiLine(Pop3Replies.MECHANISMS_FOLLOW, offered));
        }
        if (args.length > 2) {
            throw CommandException.syntax("AUTH takes a mechanism and an optional initial response");
        }
        String mechanism = args[0].toUpperCase(Locale.ROOT);
        if (!MECHANISMS.contains(mechanism)) {
            throw CommandException.refused(Pop3Replies.UNSUPPORTED_MECHANISM);
        }
        if (!session.plaintextAuthAllowed()) {
            throw CommandException.refused(Pop3Replies.PLAINTEXT_DISALLOWED);
        }
        if (args.length == 1) {
            session.pendingAuth(new PendingAuth(mechanism, null));
            return Outcome.reply(new Pop3Response.Continuation(""));
        }
        byte[] initial = args[1].equals(SaslResponses.EMPTY_INITIAL) ? new byte[0] : decode(args[1]);
        return respond(session, mechanism, initial);
    }

    /** The client's line while an exchange is pending (RFC 5034 §4). */
    public Outcome continueExchange(Pop3Session session, Pop3Request request) throws CommandException {
        PendingAuth pending = session.pendingAuth();
        session.pendingAuth(null);
        String line = request.line();
        if (pending.awaitingErrorAck()) {
            // RFC 7628 §3.2.3: whatever the client answers (%x01 or "*"), the exchange fails.
            return Login.failed(session, pending.failure(), pending.mechanism());
        }
        if (line.equals(SaslResponses.CANCEL)) {
            return Outcome.reply(Pop3Replies.AUTH_CANCELLED);
        }
        return respond(session, pending.mechanism(), decode(line));
    }

    private static byte[] decode(String base64) throws CommandException {
        try {
            return SaslResponses.decode(base64);
        } catch (MalformedSaslException e) {
            throw CommandException.malformed(Pop3Replies.malformedSasl(e.getMessage()));
        }
    }

    private static Outcome respond(Pop3Session session, String mechanism, byte[] response) throws CommandException {
        try {
            return mechanism.equals("PLAIN") ? plain(session, PlainMessage.parse(response))
                    : bearer(session, BearerMessage.parse(response));
        } catch (MalformedSaslException e) {
            throw CommandException.malformed(Pop3Replies.malformedSasl(e.getMessage()));
        } finally {
            Arrays.fill(response, (byte) 0);
        }
    }

    private static Outcome plain(Pop3Session session, PlainMessage message) {
        String method = "AUTH PLAIN";
        if (!message.authorizationId().isEmpty() && !message.authorizationId().equals(message.username())) {
            return Login.failed(session, new AuthResult.Failure(AuthFailure.BAD_CREDENTIALS,
                    "proxy authorization as " + message.authorizationId() + " not supported"), method);
        }
        return Login.finish(session,
                session.backend().authenticate(message.username(), message.password(), session.remote()), method);
    }

    private static Outcome bearer(Pop3Session session, BearerMessage message) {
        String method = "AUTH OAUTHBEARER";
        AuthResult result = session.backend().authenticateBearer(message.token(), session.remote());
        if (result instanceof AuthResult.Success success && message.username() != null
                && !message.username().equalsIgnoreCase(success.user())) {
            result = new AuthResult.Failure(AuthFailure.BAD_CREDENTIALS,
                    "token of " + success.user() + " presented for " + message.username());
        }
        if (result instanceof AuthResult.Failure failure && failure.kind() == AuthFailure.BAD_CREDENTIALS) {
            // RFC 7628 §3.2.2: an error challenge first; the -ERR follows the client's %x01.
            session.pendingAuth(new PendingAuth("OAUTHBEARER", failure));
            byte[] json = BearerMessage.INVALID_TOKEN_JSON.getBytes(StandardCharsets.US_ASCII);
            return Outcome.reply(new Pop3Response.Continuation(SaslResponses.encode(json)));
        }
        return Login.finish(session, result, method);
    }
}
