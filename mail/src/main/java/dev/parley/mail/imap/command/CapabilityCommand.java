package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.Capabilities;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 9051 §6.1.1 CAPABILITY. */
public final class CapabilityCommand implements ImapCommand<CapabilityCommand.Request> {

    public record Request() {
    }

    @Override
    public String name() {
        return "CAPABILITY";
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
        ctx.out().untagged("CAPABILITY " + Capabilities.of(ctx.session(), appendLimit(ctx)));
        return Completion.ok("CAPABILITY completed");
    }

    static long appendLimit(CommandContext ctx) {
        return ctx.session().user() == null ? ctx.session().config().appendLimit()
                : Math.min(ctx.session().user().appendLimit(), ctx.session().config().appendLimit());
    }
}
