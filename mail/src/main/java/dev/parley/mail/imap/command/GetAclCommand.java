package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import java.util.Set;

import dev.parley.mail.imap.backend.AclEntry;
import dev.parley.mail.imap.response.ResponseBuilder;

/** RFC 4314 §3.3 GETACL mailbox: {@code * ACL mailbox identifier rights ...}. Needs the 'a' right. */
public final class GetAclCommand implements ImapCommand<GetAclCommand.Request> {

    public record Request(MailboxPath path) {
    }

    @Override
    public String name() {
        return "GETACL";
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
        var entries = session.user().acl(request.path());
        ResponseBuilder out = ctx.out().start().untagged().atom("ACL").astring(session.wireName(request.path()));
        for (AclEntry e : entries) {
            out.astring(e.identifier()).astring(e.rights());
        }
        ctx.out().send(out);
        return Completion.ok("GETACL completed");
    }
}
