package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import dev.parley.mail.net.sasl.SaslCredentials;
import dev.parley.mail.net.sasl.SaslException;
import dev.parley.mail.net.sasl.SaslServer;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * RFC 9051 §6.2.2 AUTHENTICATE with PLAIN, LOGIN, OAUTHBEARER and XOAUTH2, and the initial
 * response of RFC 4959 SASL-IR ({@code =} for an empty one). {@code *} cancels (BAD).
 */
public final class AuthenticateCommand implements ImapCommand<AuthenticateCommand.Request> {

    /** @param initialResponse decoded SASL-IR, or null when none was sent */
    public record Request(String mechanism, byte[] initialResponse) {
        @Override
        public String toString() {
            return "Request[mechanism=" + mechanism + ", initialResponse=" + (initialResponse == null ? "none" : "***") + "]";
        }
    }

    @Override
    public String name() {
        return "AUTHENTICATE";
    }

    @Override
    public Set<SessionState> states() {
        return NOT_AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        String mechanism = args.atom();
        byte[] initial = null;
        if (!args.atEnd()) {
            args.sp();
            String ir = args.token("");
            initial = ir.equals("=") ? new byte[0] : base64(ir);
        }
        args.end();
        return new Request(mechanism, initial);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        SaslServer sasl = SaslServer.create(request.mechanism());
        if (sasl == null) {
            return Completion.no(ResponseCode.CANNOT, "Unsupported authentication mechanism");
        }
        if (SaslServer.isPlaintext(request.mechanism()) && ctx.session().loginDisabled()) {
            return Completion.no(ResponseCode.PRIVACYREQUIRED, "Plaintext authentication needs TLS, use STARTTLS first");
        }
        return step(sasl, request.initialResponse(), ctx);
    }

    private Completion step(SaslServer sasl, byte[] response, CommandContext ctx) throws BackendException {
        SaslServer.Step step;
        try {
            step = sasl.evaluate(response);
        } catch (SaslException e) {
            return Completion.bad(e.getMessage());
        }
        if (step instanceof SaslServer.Challenge challenge) {
            ctx.out().continuation(Base64.getEncoder().encodeToString(challenge.data()));
            ctx.awaitContinuation((line, c) -> {
                Completion cancelled = cancelled(line);
                if (cancelled != null) {
                    return cancelled;
                }
                byte[] decoded;
                try {
                    decoded = base64(new String(line, StandardCharsets.US_ASCII).trim());
                } catch (SyntaxException e) {
                    return Completion.bad(e.getMessage());
                }
                return step(sasl, decoded, c);
            });
            return Completion.PENDING;
        }
        SaslCredentials credentials = ((SaslServer.Complete) step).credentials();
        return authenticate(sasl, credentials, ctx);
    }

    private Completion authenticate(SaslServer sasl, SaslCredentials credentials, CommandContext ctx)
            throws BackendException {
        if (credentials.authorizationId() != null && !credentials.authorizationId().equals(credentials.username())) {
            return Completion.no(ResponseCode.AUTHORIZATIONFAILED, "Acting as another user is not supported");
        }
        MailboxUser user;
        try {
            user = credentials.bearer()
                    ? ctx.backend().authenticateBearer(credentials.username(), credentials.secret(), ctx.session().remote())
                    : ctx.backend().authenticate(credentials.username(), credentials.secret(), ctx.session().remote());
        } catch (BackendException e) {
            byte[] failure = sasl.failureChallenge();
            if (failure == null || e.reason() == BackendException.Reason.UNAVAILABLE) {
                throw e;
            }
            // RFC 7628 §3.2.2: error challenge, the client answers with a dummy ^A, then NO.
            ctx.out().continuation(Base64.getEncoder().encodeToString(failure));
            ctx.awaitContinuation((line, c) -> BackendFailures.toCompletion(e));
            return Completion.PENDING;
        }
        return LoginCommand.loggedIn(ctx, user);
    }

    private static Completion cancelled(byte[] line) {
        if (line.length == 1 && line[0] == '*') {
            return Completion.bad("Authentication cancelled");
        }
        return null;
    }

    private static byte[] base64(String text) throws SyntaxException {
        try {
            return Base64.getDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new SyntaxException("invalid base64");
        }
    }
}
