package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import java.util.Set;

import dev.parley.mail.imap.backend.ListedRights;
import dev.parley.mail.imap.response.ResponseBuilder;

/**
 * RFC 4314 §3.4 LISTRIGHTS mailbox identifier: {@code * LISTRIGHTS mailbox identifier required
 * optional...}. Needs the 'a' right.
 */
public final class ListRightsCommand implements ImapCommand<ListRightsCommand.Request> {

    public record Request(MailboxPath path, String identifier) {
    }

    @Override
    public String name() {
        return "LISTRIGHTS";
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
        args.end();
        return new Request(path, identifier);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ImapSession session = ctx.session();
        ListedRights rights = session.user().listRights(request.path(), request.identifier());
        ResponseBuilder out = ctx.out().start().untagged().atom("LISTRIGHTS").astring(session.wireName(request.path()))
                .astring(request.identifier()).astring(rights.required());
        rights.optional().forEach(out::astring);
        ctx.out().send(out);
        return Completion.ok("LISTRIGHTS completed");
    }
}
