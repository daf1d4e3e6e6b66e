package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.SequenceSet;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SelectedView;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/** Resolves a client's sequence set against the session's view into the UIDs it names. */
public final class Sequences {

    private Sequences() {
    }

    /**
     * @param uid true for UID commands (RFC 9051 §6.4.9: UIDs that do not exist are ignored, and
     *            {@code n:*} always includes the highest UID); false for message numbers, where a
     *            number beyond the mailbox size is a client error (BAD)
     * @return UIDs the view knows, ascending, without duplicates
     */
    public static List<Long> resolve(SequenceSet set, boolean uid, ImapSession session) throws ImapFailure {
        SelectedView view = session.selected();
        if (set.saved()) {
            // RFC 5182 §2.1: $ holds UIDs; those expunged since simply drop out.
            List<Long> out = new ArrayList<>();
            for (long u : session.savedSearch()) {
                if (view.seqOf(u) > 0) {
                    out.add(u);
                }
            }
            return out;
        }
        TreeSet<Long> out = new TreeSet<>();
        if (uid) {
            for (SequenceSet.Range r : set.resolve(view.maxUid())) {
                int from = firstSeqAtOrAbove(view, r.low());
                for (int seq = from; seq <= view.size() && view.uidAt(seq) <= r.high(); seq++) {
                    out.add(view.uidAt(seq));
                }
            }
            return new ArrayList<>(out);
        }
        for (SequenceSet.Range r : set.ranges()) {
            // A range with * is fine in an empty mailbox (clients send 1:* blindly); a plain number is not.
            long explicit = Math.max(r.low(), r.high());
            if (r.low() != SequenceSet.STAR && r.high() != SequenceSet.STAR && explicit > view.size()) {
                throw ImapFailure.bad("Invalid message sequence number: " + explicit + " (mailbox has " + view.size() + ")");
            }
        }
        for (SequenceSet.Range r : set.resolve(view.size())) {
            if (r.high() > view.size()) {
                throw ImapFailure.bad("Invalid message sequence number: " + r.high() + " (mailbox has " + view.size() + ")");
            }
            for (long seq = r.low(); seq <= r.high(); seq++) {
                out.add(view.uidAt((int) seq));
            }
        }
        return new ArrayList<>(out);
    }

    private static int firstSeqAtOrAbove(SelectedView view, long uid) {
        int lo = 1;
        int hi = view.size();
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (view.uidAt(mid) < uid) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }
}
