package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RFC 5161 ENABLE for IMAP4rev2 (RFC 9051 §6.3.1), CONDSTORE, QRESYNC (RFC 7162) and UTF8=ACCEPT
 * (RFC 6855). Unknown names are ignored; {@code * ENABLED} lists what was newly enabled.
 */
public final class EnableCommand implements ImapCommand<EnableCommand.Request> {

    public record Request(List<String> capabilities) {
        public Request {
            capabilities = List.copyOf(capabilities);
        }
    }

    @Override
    public String name() {
        return "ENABLE";
    }

    @Override
    public Set<SessionState> states() {
        // RFC 5161 §3.1: only in the authenticated state (RFC 9051 §6.3.1 likewise).
        return Set.of(SessionState.AUTHENTICATED);
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        List<String> names = new ArrayList<>();
        do {
            args.sp();
            names.add(args.atom());
        } while (!args.atEnd() && names.size() < 32);
        args.end();
        return new Request(names);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) {
        StringBuilder enabled = new StringBuilder("ENABLED");
        for (String name : request.capabilities()) {
            if (ctx.session().enable(name)) {
                enabled.append(' ').append(name);
            }
        }
        ctx.out().untagged(enabled.toString());
        return Completion.ok("ENABLE completed");
    }
}
