package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.AppendResult;
import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.NewMessage;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.parse.ImapDates;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RFC 9051 §6.3.12 APPEND with RFC 3502 MULTIAPPEND (all or nothing), RFC 3516 {@code ~{n}}
 * literals, and RFC 4315 APPENDUID in the OK.
 */
public final class AppendCommand implements ImapCommand<AppendCommand.Request> {

    public record Request(MailboxPath path, List<NewMessage> messages) {
        public Request {
            messages = List.copyOf(messages);
        }
    }

    @Override
    public String name() {
        return "APPEND";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        MailboxPath path = session.mailbox(args.astring());
        List<NewMessage> messages = new ArrayList<>();
        do {
            args.sp();
            Flags flags = Flags.NONE;
            Instant date = null;
            if (args.peekIs('(')) {
                flags = flagList(args);
                args.sp();
            }
            if (args.peekIs('"')) {
                date = ImapDates.dateTime(args.string());
                args.sp();
            }
            byte[] content;
            if (args.peekIs('U') || args.peekIs('u')) {
                // RFC 6855 §4: append-data =/ "UTF8" SP "(" literal8 ")" for UTF8=ACCEPT clients
                if (!args.keyword().equals("UTF8")) {
                    throw new SyntaxException("expected UTF8 or a literal");
                }
                args.sp();
                args.expect('(');
                content = args.literal();
                args.expect(')');
            } else if (args.peekLiteral()) {
                content = args.literal();
            } else {
                throw new SyntaxException("expected the message as a literal");
            }
            messages.add(new NewMessage(flags, date, content));
        } while (!args.atEnd());
        return new Request(path, messages);
    }

    /** RFC 9051 §9 flag-list; {@code \Recent} cannot be set and is dropped. */
    static Flags flagList(ImapReader args) throws SyntaxException {
        args.expect('(');
        Set<String> flags = new LinkedHashSet<>();
        while (!args.consumeIf(')')) {
            if (!flags.isEmpty()) {
                args.sp();
            }
            String flag = args.flag();
            if (flag.startsWith("\\") && !Flags.SYSTEM.contains(Flags.canonical(flag)) && !flag.equalsIgnoreCase(Flags.RECENT)) {
                throw new SyntaxException("unknown system flag " + flag);
            }
            if (flag.equals("\\*")) {
                throw new SyntaxException("\\* is not a flag");
            }
            flags.add(flag);
            if (flags.size() > 100) {
                throw new SyntaxException("too many flags");
            }
        }
        flags.removeIf(f -> f.equalsIgnoreCase(Flags.RECENT));
        return Flags.of(flags);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        List<AppendResult> results = ctx.session().user().append(request.path(), request.messages());
        List<Uid> uids = results.stream().map(AppendResult::uid).toList();
        String data = results.get(0).uidValidity() + " " + (uids.size() == 1 ? uids.get(0).toString()
                : UidSet.ofUids(uids).toImapString());
        return Completion.ok(ResponseCode.APPENDUID.with(data), "APPEND completed");
    }
}
