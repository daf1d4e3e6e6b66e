package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/**
 * RFC 9051 §6.2.1 STARTTLS. The handler writes the OK in plaintext and switches to TLS before the
 * next read; plaintext pipelined behind the command is discarded (command injection, CVE-2011-0411).
 */
public final class StartTlsCommand implements ImapCommand<StartTlsCommand.Request> {

    public record Request() {
    }

    @Override
    public String name() {
        return "STARTTLS";
    }

    @Override
    public Set<SessionState> states() {
        return NOT_AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.end();
        return new Request();
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) {
        if (ctx.session().tlsActive()) {
            return Completion.bad("TLS is already active");
        }
        if (ctx.session().config().tls() == null) {
            return Completion.bad("STARTTLS is not offered");
        }
        return ctx.startTls();
    }

    @Override
    public Delivery delivery(Request request) {
        return Delivery.NONE;
    }
}
