package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 9051 §6.3.5 DELETE. */
public final class DeleteCommand implements ImapCommand<DeleteCommand.Request> {

    public record Request(MailboxPath path) {
    }

    @Override
    public String name() {
        return "DELETE";
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
        if (request.path().isInbox()) {
            return Completion.no(ResponseCode.CANNOT, "INBOX cannot be deleted");
        }
        ctx.session().user().delete(request.path());
        return Completion.ok("DELETE completed");
    }
}
