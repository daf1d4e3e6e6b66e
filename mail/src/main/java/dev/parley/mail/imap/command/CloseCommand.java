package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;

import java.util.Locale;
import java.util.Set;

/**
 * RFC 9051 §6.4.1 CLOSE (silently expunges {@code \Deleted} messages when read-write) and
 * RFC 3691 / RFC 9051 §6.4.2 UNSELECT (no expunge). Neither sends EXPUNGE responses.
 */
public final class CloseCommand implements ImapCommand<CloseCommand.Request> {

    private final boolean expunge;

    public record Request() {
    }

    /** @param name {@code CLOSE} or {@code UNSELECT} */
    public CloseCommand(String name) {
        this.expunge = name.toUpperCase(Locale.ROOT).equals("CLOSE");
    }

    @Override
    public String name() {
        return expunge ? "CLOSE" : "UNSELECT";
    }

    @Override
    public Set<SessionState> states() {
        return SELECTED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.end();
        return new Request();
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        SelectedView view = ctx.session().selected();
        if (expunge && !view.mailbox().readOnly()) {
            try {
                view.mailbox().expunge(null);
            } finally {
                ctx.session().deselect();
            }
        } else {
            ctx.session().deselect();
        }
        return Completion.ok(name() + " completed");
    }

    @Override
    public Delivery delivery(Request request) {
        return Delivery.NONE;
    }
}
