package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import java.util.Set;

/**
 * RFC 4314 §3.1 SETACL mailbox identifier mod-rights: {@code +rights} adds, {@code -rights} removes,
 * plain rights replace the identifier's entry. Needs the 'a' right (the back end refuses otherwise).
 */
public final class SetAclCommand implements ImapCommand<SetAclCommand.Request> {

    public record Request(MailboxPath path, String identifier, String rights) {
    }

    @Override
    public String name() {
        return "SETACL";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        MailboxPath path = session.mailbox(args.astring());
        args.sp();
        String identifier = args.astring();
        args.sp();
        String rights = args.astring();
        args.end();
        return new Request(path, identifier, rights);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ctx.session().user().setAcl(request.path(), request.identifier(), request.rights());
        return Completion.ok("SETACL completed");
    }
}
