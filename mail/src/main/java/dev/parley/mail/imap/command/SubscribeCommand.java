package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 9051 §6.3.7 SUBSCRIBE and §6.3.8 UNSUBSCRIBE. */
public final class SubscribeCommand implements ImapCommand<SubscribeCommand.Request> {

    private final boolean subscribe;

    public record Request(MailboxPath path) {
    }

    public SubscribeCommand(boolean subscribe) {
        this.subscribe = subscribe;
    }

    @Override
    public String name() {
        return subscribe ? "SUBSCRIBE" : "UNSUBSCRIBE";
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
        ctx.session().user().subscribe(request.path(), subscribe);
        return Completion.ok(name() + " completed");
    }
}
