package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 9051 §6.1.3 LOGOUT: {@code * BYE}, tagged OK, close. */
public final class LogoutCommand implements ImapCommand<LogoutCommand.Request> {

    public record Request() {
    }

    @Override
    public String name() {
        return "LOGOUT";
    }

    @Override
    public Set<SessionState> states() {
        return ANY;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.end();
        return new Request();
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) {
        ctx.out().untagged("BYE Logging out");
        ctx.session().logout();
        return Completion.ok("LOGOUT completed").closing();
    }

    @Override
    public Delivery delivery(Request request) {
        return Delivery.NONE;
    }
}
