package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Locale;
import java.util.Set;

/**
 * RFC 9051 §6.1.2 NOOP, and RFC 3501 §6.4.1 CHECK (gone from IMAP4rev2, kept for rev1 clients as
 * NOOP's twin): both poll for mailbox changes.
 */
public final class NoopCommand implements ImapCommand<NoopCommand.Request> {

    private final String name;

    public record Request() {
    }

    /** @param name {@code NOOP} or {@code CHECK} */
    public NoopCommand(String name) {
        this.name = name.toUpperCase(Locale.ROOT);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Set<SessionState> states() {
        return name.equals("CHECK") ? SELECTED : ANY;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.end();
        return new Request();
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) {
        return Completion.ok(name + " completed");
    }

    @Override
    public Delivery delivery(Request request) {
        return Delivery.SYNC;
    }
}
