package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 9051 §6.3.6 RENAME (children move along; renaming INBOX moves its messages). */
public final class RenameCommand implements ImapCommand<RenameCommand.Request> {

    public record Request(MailboxPath from, MailboxPath to) {
    }

    @Override
    public String name() {
        return "RENAME";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        MailboxPath from = session.mailbox(args.astring());
        args.sp();
        MailboxPath to = session.mailbox(args.astring());
        args.end();
        return new Request(from, to);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ctx.session().user().rename(request.from(), request.to());
        return Completion.ok("RENAME completed");
    }
}
