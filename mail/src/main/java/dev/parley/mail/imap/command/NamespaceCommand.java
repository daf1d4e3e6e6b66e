package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/**
 * RFC 9051 §6.3.10 NAMESPACE: one personal namespace with the empty prefix and {@code /} as
 * delimiter; no shared or other users' namespaces yet (they come with ACL).
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
        ctx.out().untagged("NAMESPACE ((\"\" \"/\")) NIL NIL");
        return Completion.ok("NAMESPACE completed");
    }
}
