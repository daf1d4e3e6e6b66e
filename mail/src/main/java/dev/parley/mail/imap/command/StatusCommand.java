package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MailboxStatus;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RFC 9051 §6.3.11 STATUS with RFC 8438 SIZE, RFC 7162 HIGHESTMODSEQ, RFC 7889 APPENDLIMIT and
 * RFC 3501 RECENT; also the STATUS return option of LIST (RFC 5819).
 */
public final class StatusCommand implements ImapCommand<StatusCommand.Request> {

    private static final Set<String> ITEMS = Set.of("MESSAGES", "UIDNEXT", "UIDVALIDITY", "UNSEEN", "DELETED",
            "SIZE", "RECENT", "HIGHESTMODSEQ", "APPENDLIMIT", "MAILBOXID");

    public record Request(MailboxPath path, List<String> items) {
        public Request {
            items = List.copyOf(items);
        }
    }

    @Override
    public String name() {
        return "STATUS";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        MailboxPath path = session.mailbox(args.astring());
        List<String> items = items(args);
        args.end();
        return new Request(path, items);
    }

    /** {@code SP "(" status-att *(SP status-att) ")"}. */
    static List<String> items(ImapReader args) throws SyntaxException {
        args.sp();
        args.expect('(');
        List<String> items = new ArrayList<>();
        do {
            String item = args.keyword();
            if (!ITEMS.contains(item)) {
                throw new SyntaxException("unknown STATUS item " + item);
            }
            items.add(item);
        } while (args.consumeIf(' '));
        args.expect(')');
        return items;
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        respond(ctx, request.path(), request.items());
        return Completion.ok("STATUS completed");
    }

    static void respond(CommandContext ctx, MailboxPath path, List<String> items) throws BackendException {
        ImapSession session = ctx.session();
        MailboxStatus status = session.user().status(path);
        if (items.contains("HIGHESTMODSEQ")) {
            session.activateCondstore(); // RFC 7162 §3.1: a CONDSTORE-enabling command
        }
        ResponseBuilder out = ctx.out().start().untagged().atom("STATUS").astring(session.wireName(path)).open();
        for (String item : items) {
            out.atom(item);
            switch (item) {
                case "MESSAGES" -> out.number(status.messages());
                case "UIDNEXT" -> out.number(status.uidNext().value());
                case "UIDVALIDITY" -> out.number(status.uidValidity());
                case "UNSEEN" -> out.number(status.unseen());
                case "DELETED" -> out.number(status.deleted());
                case "SIZE" -> out.number(status.size());
                case "RECENT" -> out.number(status.recent());
                case "HIGHESTMODSEQ" -> out.number(status.highestModSeq().value());
                case "MAILBOXID" -> {
                    // RFC 8474 §4.2; a back end without object ids answers NIL
                    String id = session.user().mailboxId(path);
                    if (id == null) {
                        out.nil();
                    } else {
                        out.atom("(" + id + ")");
                    }
                }
                case "APPENDLIMIT" -> {
                    long limit = CapabilityCommand.appendLimit(ctx);
                    if (limit == Long.MAX_VALUE) {
                        out.nil();
                    } else {
                        out.number(limit);
                    }
                }
                default -> throw new IllegalStateException(item);
            }
        }
        ctx.out().send(out.close());
    }
}
