package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import java.util.Set;

/** RFC 4314 §3.5 MYRIGHTS mailbox: {@code * MYRIGHTS mailbox rights}, the caller's own rights. */
public final class MyRightsCommand implements ImapCommand<MyRightsCommand.Request> {

    public record Request(MailboxPath path) {
    }

    @Override
    public String name() {
        return "MYRIGHTS";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        MailboxPath path = session.mailbox(args.astring());
        args.end();
        return new Request(path);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ImapSession session = ctx.session();
        String rights = session.user().myRights(request.path());
        ctx.out().send(ctx.out().start().untagged().atom("MYRIGHTS").astring(session.wireName(request.path()))
                .astring(rights));
        return Completion.ok("MYRIGHTS completed");
    }
}
