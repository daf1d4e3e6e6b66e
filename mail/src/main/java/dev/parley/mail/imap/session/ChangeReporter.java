package dev.parley.mail.imap.session;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.imap.response.FlagsFormat;

import java.util.ArrayList;
import java.util.List;

/**
 * Sends a selected mailbox's pending changes as untagged responses at the points RFC 9051
 * allows: EXPUNGE (or VANISHED with QRESYNC, RFC 7162 §3.2.10) only when {@code expunges} is true
 * (never during FETCH, STORE or SEARCH, §7.5.1), then EXISTS (and RECENT for IMAP4rev1, RFC 3501
 * §7.3.2), then FETCH for flags changed elsewhere (with MODSEQ once CONDSTORE is on, RFC 7162
 * §3.2.4; UID always, as QRESYNC requires).
 */
public final class ChangeReporter {

    private ChangeReporter() {
    }

    /**
     * @param refresh ask the store for changes first
     */
    public static void report(ImapSession session, Responder out, boolean refresh, boolean expunges) throws BackendException {
        SelectedView view = session.selected();
        if (view == null) {
            return;
        }
        if (refresh && view.refresh(session.condstore()) && !session.rev2()) {
            view.markRecent(view.mailbox().claimRecent());
        }
        if (expunges) {
            List<SelectedView.Expunged> gone = view.drainExpunges();
            if (!gone.isEmpty() && session.qresync()) {
                List<dev.parley.mail.imap.backend.Uid> uids = new ArrayList<>();
                for (SelectedView.Expunged e : gone) {
                    uids.add(dev.parley.mail.imap.backend.Uid.of(e.uid()));
                }
                out.untagged("VANISHED " + UidSet.ofUids(uids).toImapString());
            } else {
                for (SelectedView.Expunged e : gone) {
                    out.untagged(e.seq() + " EXPUNGE");
                }
            }
        }
        int exists = view.takeExistsChange();
        if (exists >= 0) {
            out.untagged(exists + " EXISTS");
        }
        if (!session.rev2()) {
            int recent = view.takeRecentChange();
            if (recent >= 0 || exists >= 0) {
                out.untagged(view.recentCount() + " RECENT");
            }
        }
        for (long uid : view.drainFlagChanges()) {
            out.untagged(flagFetch(session, view, uid));
        }
    }

    /** {@code n FETCH (UID u FLAGS (...) [MODSEQ (m)])} for one message. */
    public static String flagFetch(ImapSession session, SelectedView view, long uid) {
        MessageMeta m = view.meta(uid);
        StringBuilder sb = new StringBuilder().append(view.seqOf(uid)).append(" FETCH (UID ").append(uid)
                .append(" FLAGS ").append(FlagsFormat.list(m.flags(), !session.rev2() && view.isRecent(uid)));
        if (session.condstore()) {
            sb.append(" MODSEQ (").append(m.modSeq().value()).append(')');
        }
        return sb.append(')').toString();
    }
}
