package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxDelta;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MailboxSnapshot;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.SelectedMailbox;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SequenceSet;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.FlagsFormat;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ChangeReporter;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;
import dev.parley.mail.imap.session.SessionState;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * RFC 9051 §6.3.2 SELECT and §6.3.3 EXAMINE, with the RFC 7162 parameters CONDSTORE (§3.1.8)
 * and QRESYNC (§3.2.5: VANISHED (EARLIER) and FETCH for what changed since the client's modseq).
 */
public final class SelectCommand implements ImapCommand<SelectCommand.Request> {

    private final boolean readOnly;

    /** @param qresync RFC 7162 QRESYNC parameter, or null */
    public record Request(MailboxPath path, boolean condstore, Qresync qresync) {
    }

    /** {@code (QRESYNC (uidvalidity modseq [known-uids]))}. */
    public record Qresync(long uidValidity, ModSeq modSeq, SequenceSet knownUids) {
    }

    public SelectCommand(boolean readOnly) {
        this.readOnly = readOnly;
    }

    @Override
    public String name() {
        return readOnly ? "EXAMINE" : "SELECT";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        MailboxPath path = session.mailbox(args.astring());
        boolean condstore = false;
        Qresync qresync = null;
        if (!args.atEnd()) {
            args.sp();
            args.expect('(');
            do {
                String param = args.keyword();
                if (param.equals("CONDSTORE")) {
                    condstore = true;
                } else if (param.equals("QRESYNC")) {
                    if (!session.qresync()) {
                        throw new SyntaxException("QRESYNC must be enabled first (RFC 7162 section 3.2.5)");
                    }
                    args.sp();
                    args.expect('(');
                    long validity = args.nzNumber();
                    args.sp();
                    ModSeq modSeq = ModSeq.of(args.number64());
                    SequenceSet known = null;
                    if (args.consumeIf(' ')) {
                        known = args.sequenceSet();
                        if (args.consumeIf(' ')) {
                            skipParenthesised(args); // seq-match-data: optional hint, not needed
                        }
                    }
                    args.expect(')');
                    qresync = new Qresync(validity, modSeq, known);
                } else {
                    throw new SyntaxException("unknown SELECT parameter " + param);
                }
            } while (args.consumeIf(' '));
            args.expect(')');
        }
        args.end();
        return new Request(path, condstore, qresync);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ImapSession session = ctx.session();
        boolean wasSelected = session.state() == SessionState.SELECTED;
        if (request.condstore() || request.qresync() != null) {
            session.activateCondstore();
        }
        SelectedMailbox mailbox;
        try {
            // opened before the previous selection closes, so that re-selecting a mailbox the back end
            // keeps open for its sessions (ADR 0025) does not read it whole again
            mailbox = session.user().select(request.path(), readOnly, ctx.mailboxListener());
        } catch (BackendException e) {
            closePrevious(wasSelected, ctx); // RFC 9051 §6.3.2: a failed SELECT leaves no mailbox selected
            throw e;
        }
        closePrevious(wasSelected, ctx);
        MailboxSnapshot snapshot = mailbox.snapshot();
        SelectedView view = new SelectedView(mailbox, snapshot);
        session.select(view);
        if (!session.rev2() && !mailbox.readOnly()) {
            view.markRecent(mailbox.claimRecent());
        }
        view.takeRecentChange();
        ctx.out().untagged("FLAGS " + FlagsFormat.list(snapshot.flags(), false));
        ctx.out().untagged(view.size() + " EXISTS");
        if (!session.rev2()) {
            ctx.out().untagged(view.recentCount() + " RECENT");
            int unseen = firstUnseen(snapshot);
            if (unseen > 0) {
                ctx.out().untagged("OK " + ResponseCode.UNSEEN.with(Integer.toString(unseen)).render() + " First unseen");
            }
        }
        String permanent = FlagsFormat.list(snapshot.permanentFlags(), false);
        if (snapshot.newKeywords()) {
            permanent = permanent.equals("()") ? "(\\*)" : permanent.substring(0, permanent.length() - 1) + " \\*)";
        }
        ctx.out().untagged("OK " + ResponseCode.PERMANENTFLAGS.with(mailbox.readOnly() ? "()" : permanent).render() + " Limited");
        ctx.out().untagged("OK " + ResponseCode.UIDVALIDITY.with(Long.toString(snapshot.uidValidity())).render() + " UIDs valid");
        ctx.out().untagged("OK " + ResponseCode.UIDNEXT.with(snapshot.uidNext().toString()).render() + " Predicted next UID");
        ctx.out().untagged("OK " + ResponseCode.HIGHESTMODSEQ.with(snapshot.highestModSeq().toString()).render() + " Highest");
        if (mailbox.mailboxId() != null) {
            // RFC 8474 §4.1: SELECT and EXAMINE tell the MAILBOXID
            ctx.out().untagged("OK " + ResponseCode.MAILBOXID.with("(" + mailbox.mailboxId() + ")").render() + " Ok");
        }
        if (session.rev2()) {
            // RFC 9051 §6.3.2: the server MUST send a LIST response with the mailbox name.
            ctx.out().send(ctx.out().start().untagged().atom("LIST").open().close().string("/")
                    .astring(session.wireName(mailbox.path())));
        }
        if (request.qresync() != null && request.qresync().uidValidity() == snapshot.uidValidity()) {
            resync(request.qresync(), view, ctx);
        }
        ResponseCode code = mailbox.readOnly() ? ResponseCode.READ_ONLY : ResponseCode.READ_WRITE;
        return Completion.ok(code.bare(), name() + " completed");
    }

    /** RFC 7162 §3.2.5.1: report expunges as VANISHED (EARLIER) and changed flags as FETCH. */
    /** RFC 9051 §6.3.2, RFC 7162 §3.2.11: the previous mailbox is closed, and rev2/QRESYNC clients are told. */
    private static void closePrevious(boolean wasSelected, CommandContext ctx) {
        if (!wasSelected) {
            return;
        }
        ImapSession session = ctx.session();
        session.deselect();
        if (session.rev2() || session.qresync()) {
            ctx.out().untagged("OK " + ResponseCode.CLOSED.bare().render() + " Previous mailbox closed");
        }
    }

    private static void resync(Qresync q, SelectedView view, CommandContext ctx) throws BackendException {
        MailboxDelta delta = view.mailbox().changesSince(q.modSeq());
        List<Uid> vanished = new ArrayList<>();
        List<SequenceSet.Range> known = q.knownUids() == null ? null : q.knownUids().resolve(Uid.MAX);
        for (Uid uid : delta.expunged()) {
            if (known == null || known.stream().anyMatch(r -> uid.value() >= r.low() && uid.value() <= r.high())) {
                vanished.add(uid);
            }
        }
        if (!vanished.isEmpty()) {
            ctx.out().untagged("VANISHED (EARLIER) " + UidSet.ofUids(vanished).toImapString());
        }
        for (MessageMeta m : delta.changed()) {
            if (view.seqOf(m.uid().value()) > 0 && view.meta(m.uid().value()).modSeq().equals(m.modSeq())) {
                ctx.out().untagged(ChangeReporter.flagFetch(ctx.session(), view, m.uid().value()));
            }
        }
    }

    private static int firstUnseen(MailboxSnapshot snapshot) {
        List<MessageMeta> messages = snapshot.messages();
        for (int i = 0; i < messages.size(); i++) {
            if (!messages.get(i).flags().contains(dev.parley.mail.imap.backend.Flags.SEEN)) {
                return i + 1;
            }
        }
        return 0;
    }

    private static void skipParenthesised(ImapReader args) throws SyntaxException {
        args.expect('(');
        int depth = 1;
        while (depth > 0) {
            if (args.atEnd()) {
                throw new SyntaxException("unbalanced parentheses");
            }
            if (args.consumeIf('(')) {
                depth++;
            } else if (args.consumeIf(')')) {
                depth--;
            } else {
                args.token("()");
                args.consumeIf(' ');
            }
        }
    }

    @Override
    public Delivery delivery(Request request) {
        return Delivery.NONE;
    }
}
