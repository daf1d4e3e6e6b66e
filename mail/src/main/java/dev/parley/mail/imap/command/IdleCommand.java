package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.nio.charset.StandardCharsets;
import java.util.Set;

/**
 * RFC 2177 / RFC 9051 §6.3.13 IDLE: {@code + idling}, then mailbox changes as they happen until
 * the client sends {@code DONE}.
 */
public final class IdleCommand implements ImapCommand<IdleCommand.Request> {

    public record Request() {
    }

    @Override
    public String name() {
        return "IDLE";
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
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ctx.out().continuation("idling");
        ctx.deliverChanges();
        ctx.idle((line, c) -> {
            if (new String(line, StandardCharsets.US_ASCII).trim().equalsIgnoreCase("DONE")) {
                return Completion.ok("IDLE terminated");
            }
            return Completion.bad("Expected DONE");
        });
        return Completion.PENDING;
    }

    @Override
    public Delivery delivery(Request request) {
        return Delivery.SYNC;
    }
}
