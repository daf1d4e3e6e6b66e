package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.FlagChange;
import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MailboxDelta;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.StoreResult;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SequenceSet;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RFC 9051 §6.4.5 FETCH / UID FETCH, with RFC 3516 BINARY, RFC 7162 MODSEQ, CHANGEDSINCE and
 * (QRESYNC) VANISHED. Sends no EXPUNGE while running (RFC 9051 §7.5.1).
 */
public final class FetchCommand implements ImapCommand<FetchCommand.Request> {

    /** Messages whose content the back end may read in one go (SelectedMailbox#prefetch); bounds memory. */
    static final int PREFETCH = 256;

    private final boolean uid;

    /** @param changedSince RFC 7162 §3.1.4.1 modifier, or null */
    public record Request(SequenceSet set, List<FetchItem> items, ModSeq changedSince, boolean vanished) {
        public Request {
            items = List.copyOf(items);
        }
    }

    public FetchCommand(boolean uid) {
        this.uid = uid;
    }

    @Override
    public String name() {
        return uid ? "UID FETCH" : "FETCH";
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
        List<FetchItem> items = new ArrayList<>();
        if (args.consumeIf('(')) {
            do {
                items.addAll(FetchItem.parse(args));
            } while (args.consumeIf(' ') && items.size() < 100);
            args.expect(')');
        } else {
            items.addAll(FetchItem.parse(args));
        }
        ModSeq changedSince = null;
        boolean vanished = false;
        if (args.consumeIf(' ')) {
            args.expect('(');
            do {
                String modifier = args.keyword();
                if (modifier.equals("CHANGEDSINCE")) {
                    args.sp();
                    changedSince = ModSeq.of(args.number64());
                } else if (modifier.equals("VANISHED") && uid && session.qresync()) {
                    vanished = true;
                } else {
                    throw new SyntaxException("unknown FETCH modifier " + modifier);
                }
            } while (args.consumeIf(' '));
            args.expect(')');
            if (vanished && changedSince == null) {
                throw new SyntaxException("VANISHED needs CHANGEDSINCE (RFC 7162 section 3.2.6)");
            }
        }
        args.end();
        return new Request(set, items, changedSince, vanished);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException, ImapFailure {
        ImapSession session = ctx.session();
        SelectedView view = session.selected();
        boolean modSeq = request.changedSince() != null || request.items().stream().anyMatch(i -> i.kind() == FetchItem.Kind.MODSEQ);
        if (modSeq) {
            session.activateCondstore();
        }
        List<Long> uids = Sequences.resolve(request.set(), uid, session);
        if (request.vanished()) {
            vanished(ctx, view, request, uids);
        }
        if (request.changedSince() != null) {
            uids.removeIf(u -> !view.meta(u).modSeq().isAfter(request.changedSince()));
        }
        boolean readOnly = view.mailbox().readOnly();
        Set<Long> nowSeen = !readOnly && request.items().stream().anyMatch(FetchItem::setsSeen)
                ? markSeen(view, uids) : Set.of();
        FetchWriter writer = new FetchWriter(ctx, view, uid, modSeq, request.items(), nowSeen);
        boolean expunged = false;
        boolean content = uids.size() > 1 && request.items().stream().anyMatch(FetchItem::needsContent);
        for (int i = 0; i < uids.size(); i++) {
            if (content && i % PREFETCH == 0) {
                List<Uid> next = new ArrayList<>(PREFETCH);
                uids.subList(i, Math.min(uids.size(), i + PREFETCH)).forEach(u -> next.add(Uid.of(u)));
                view.mailbox().prefetch(next);
            }
            expunged |= !writer.write(uids.get(i));
        }
        if (writer.unknownCte()) {
            return Completion.no(ResponseCode.UNKNOWN_CTE, "Cannot decode a part's content transfer encoding");
        }
        if (expunged) {
            return Completion.no(ResponseCode.EXPUNGEISSUED, "Some messages were expunged meanwhile");
        }
        return Completion.ok(name() + " completed");
    }

    /** RFC 9051 §6.4.5: BODY[...] without PEEK sets {@code \Seen}; the new flags go out with the data. */
    private static Set<Long> markSeen(SelectedView view, List<Long> uids) throws BackendException {
        List<Uid> unseen = new ArrayList<>();
        for (long u : uids) {
            MessageMeta m = view.meta(u);
            if (m != null && !m.flags().contains(Flags.SEEN) && !view.isExpungePending(u)) {
                unseen.add(Uid.of(u));
            }
        }
        if (unseen.isEmpty()) {
            return Set.of();
        }
        StoreResult result = view.mailbox().store(UidSet.ofUids(unseen),
                new FlagChange(FlagChange.Mode.ADD, Flags.of(Flags.SEEN), null));
        Set<Long> changed = new java.util.HashSet<>();
        for (MessageMeta m : result.updated()) {
            view.updated(m);
            changed.add(m.uid().value());
        }
        return changed;
    }

    /** RFC 7162 §3.2.6: UIDs in the set expunged since CHANGEDSINCE, as VANISHED (EARLIER). */
    private static void vanished(CommandContext ctx, SelectedView view, Request request, List<Long> present)
            throws BackendException {
        MailboxDelta delta = view.mailbox().changesSince(request.changedSince());
        List<SequenceSet.Range> ranges = request.set().saved() ? List.of() : request.set().resolve(view.uidNext());
        List<Uid> gone = new ArrayList<>();
        for (Uid u : delta.expunged()) {
            if (ranges.stream().anyMatch(r -> u.value() >= r.low() && u.value() <= r.high())) {
                gone.add(u);
            }
        }
        if (!gone.isEmpty()) {
            ctx.out().untagged("VANISHED (EARLIER) " + UidSet.ofUids(gone).toImapString());
        }
    }

    @Override
    public Delivery delivery(Request request) {
        return uid ? Delivery.ALL : Delivery.NO_EXPUNGE;
    }
}
