package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.FlagChange;
import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.StoreResult;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SequenceSet;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.FlagsFormat;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * RFC 9051 §6.4.6 STORE / UID STORE with RFC 7162 §3.1.3 UNCHANGEDSINCE (MODIFIED response code).
 * Sends no EXPUNGE while running (RFC 9051 §7.5.1).
 */
public final class StoreCommand implements ImapCommand<StoreCommand.Request> {

    private final boolean uid;

    public record Request(SequenceSet set, FlagChange change, boolean silent) {
    }

    public StoreCommand(boolean uid) {
        this.uid = uid;
    }

    @Override
    public String name() {
        return uid ? "UID STORE" : "STORE";
    }

    @Override
    public Set<SessionState> states() {
        return SELECTED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        SequenceSet set = args.sequenceSet();
        args.sp();
        ModSeq unchangedSince = null;
        if (args.consumeIf('(')) {
            if (!args.keyword().equals("UNCHANGEDSINCE")) {
                throw new SyntaxException("unknown STORE modifier");
            }
            args.sp();
            unchangedSince = ModSeq.of(args.number64());
            args.expect(')');
            args.sp();
        }
        FlagChange.Mode mode = args.consumeIf('+') ? FlagChange.Mode.ADD
                : args.consumeIf('-') ? FlagChange.Mode.REMOVE : FlagChange.Mode.REPLACE;
        String item = args.keyword();
        boolean silent = item.equals("FLAGS.SILENT");
        if (!silent && !item.equals("FLAGS")) {
            throw new SyntaxException("expected FLAGS or FLAGS.SILENT");
        }
        args.sp();
        Flags flags;
        if (args.peekIs('(')) {
            flags = AppendCommand.flagList(args);
        } else {
            Set<String> list = new LinkedHashSet<>();
            do {
                list.add(args.flag());
            } while (args.consumeIf(' '));
            list.removeIf(f -> f.equalsIgnoreCase(Flags.RECENT));
            flags = Flags.of(list);
        }
        args.end();
        return new Request(set, new FlagChange(mode, flags, unchangedSince), silent);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException, ImapFailure {
        ImapSession session = ctx.session();
        SelectedView view = session.selected();
        if (view.mailbox().readOnly()) {
            return Completion.no(ResponseCode.READ_ONLY, "Mailbox is read-only");
        }
        if (request.change().unchangedSince() != null) {
            session.activateCondstore();
        }
        List<Long> uids = Sequences.resolve(request.set(), uid, session);
        StoreResult result = uids.isEmpty() ? new StoreResult(List.of(), List.of())
                : view.mailbox().store(UidSet.ofUids(uids.stream().map(Uid::of).toList()), request.change());
        for (MessageMeta m : result.updated()) {
            long u = m.uid().value();
            if (view.seqOf(u) == 0) {
                continue;
            }
            view.updated(m);
            StringBuilder line = new StringBuilder().append(view.seqOf(u)).append(" FETCH (");
            boolean any = false;
            if (uid) {
                line.append("UID ").append(u);
                any = true;
            }
            if (!request.silent()) {
                line.append(any ? " " : "").append("FLAGS ")
                        .append(FlagsFormat.list(m.flags(), !session.rev2() && view.isRecent(u)));
                any = true;
            }
            if (session.condstore() && (!request.silent() || request.change().unchangedSince() != null)) {
                // RFC 7162 §3.1.3: with UNCHANGEDSINCE the new MODSEQ is reported even for .SILENT
                line.append(any ? " " : "").append("MODSEQ (").append(m.modSeq().value()).append(')');
                any = true;
            }
            if (any && (!request.silent() || session.condstore())) {
                ctx.out().untagged(line.append(')').toString());
            }
        }
        if (!result.modified().isEmpty()) {
            List<Uid> failed = new ArrayList<>();
            for (Uid u : result.modified()) {
                failed.add(uid ? u : Uid.of(view.seqOf(u.value())));
            }
            return Completion.ok(ResponseCode.MODIFIED.with(UidSet.ofUids(failed).toImapString()),
                    "Conditional STORE failed for some messages");
        }
        return Completion.ok(name() + " completed");
    }

    @Override
    public Delivery delivery(Request request) {
        return uid ? Delivery.ALL : Delivery.NO_EXPUNGE;
    }
}
