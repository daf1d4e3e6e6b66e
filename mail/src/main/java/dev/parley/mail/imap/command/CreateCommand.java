package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.SpecialUse;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 9051 §6.3.4 CREATE, with RFC 6154 §3 {@code (USE (\Drafts))}. */
public final class CreateCommand implements ImapCommand<CreateCommand.Request> {

    /** @param use RFC 6154 special use, or null */
    public record Request(MailboxPath path, SpecialUse use) {
    }

    @Override
    public String name() {
        return "CREATE";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        MailboxPath path = session.mailbox(args.astring());
        SpecialUse use = null;
        if (!args.atEnd()) {
            args.sp();
            args.expect('(');
            if (!args.keyword().equals("USE")) {
                throw new SyntaxException("unknown CREATE parameter");
            }
            args.sp();
            args.expect('(');
            String attribute = args.flag();
            use = SpecialUse.fromAttribute(attribute);
            if (use == null) {
                throw new SyntaxException("unknown special use " + attribute);
            }
            args.expect(')');
            args.expect(')');
        }
        args.end();
        return new Request(path, use);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        if (request.path().isInbox()) {
            return Completion.no(ResponseCode.ALREADYEXISTS, "INBOX always exists");
        }
        ctx.session().user().create(request.path(), request.use());
        String id = ctx.session().user().mailboxId(request.path());
        // RFC 8474 §4.1: the new mailbox's MAILBOXID in the tagged OK
        return id == null ? Completion.ok("CREATE completed")
                : Completion.ok(ResponseCode.MAILBOXID.with("(" + id + ")"), "CREATE completed");
    }
}
