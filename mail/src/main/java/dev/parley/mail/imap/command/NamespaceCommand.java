package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/**
 * RFC 9051 §6.3.10 / RFC 2342 NAMESPACE: one personal namespace with the empty prefix and {@code /}
 * as delimiter, the other users' namespace of the back end when it shares mailboxes (RFC 2342 §5),
 * no shared namespace.
 */
public final class NamespaceCommand implements ImapCommand<NamespaceCommand.Request> {

    public record Request() {
    }

    @Override
    public String name() {
        return "NAMESPACE";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.end();
        return new Request();
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) {
        String others = ctx.session().user().otherUsersPrefix();
        ResponseBuilder out = ctx.out().start().untagged().atom("NAMESPACE").open().open().string("").string("/").close()
                .close();
        if (others == null) {
            out.nil();
        } else {
            out.open().open().string(ctx.session().wireName(MailboxPath.of(others.substring(0, others.length() - 1)))
                    + "/").string("/").close().close();
        }
        ctx.out().send(out.nil());
        return Completion.ok("NAMESPACE completed");
    }
}
