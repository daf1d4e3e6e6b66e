package dev.parley.mail.imap.session;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxDelta;
import dev.parley.mail.imap.backend.MailboxSnapshot;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.SelectedMailbox;
import dev.parley.mail.imap.backend.Uid;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * One session's picture of its selected mailbox: the message sequence numbers the client
 * knows (RFC 9051 §2.3.1.2), and what changed in the store but has not been told yet.
 *
 * <p>Sequence numbers only change when this session sends EXPUNGE (or VANISHED): an expunge done
 * elsewhere stays pending, its message keeping its number, until a point where RFC 9051 §7.5.1
 * allows an untagged EXPUNGE. New messages get numbers as soon as they are seen; the client learns
 * them with EXISTS. Not thread-safe: used by the session's serial executor only.
 */
public final class SelectedView {

    private final SelectedMailbox mailbox;
    private final long uidValidity;
    /** UIDs in sequence-number order (index + 1 = number). */
    private long[] uids;
    /**
     * What the session knows of each message, parallel to {@link #uids}: found by binary search on
     * the UIDs, so a 100,000-message SELECT builds no hash map of boxed keys.
     */
    private MessageMeta[] metas;
    private int count;
    private final TreeSet<Long> pendingExpunges = new TreeSet<>();
    private final TreeSet<Long> pendingFlags = new TreeSet<>();
    private final Set<Long> recent = new HashSet<>();
    private ModSeq knownModSeq;
    private long uidNext;
    private int reportedExists;
    private int reportedRecent;

    public SelectedView(SelectedMailbox mailbox, MailboxSnapshot snapshot) {
        this.mailbox = mailbox;
        this.uidValidity = snapshot.uidValidity();
        int capacity = Math.max(16, snapshot.messages().size());
        this.uids = new long[capacity];
        this.metas = new MessageMeta[capacity];
        for (MessageMeta m : snapshot.messages()) {
            uids[count] = m.uid().value();
            metas[count++] = m;
        }
        this.knownModSeq = snapshot.highestModSeq();
        this.uidNext = snapshot.uidNext().value();
        this.reportedExists = count;
    }

    public SelectedMailbox mailbox() {
        return mailbox;
    }

    public long uidValidity() {
        return uidValidity;
    }

    public int size() {
        return count;
    }

    public long uidNext() {
        return uidNext;
    }

    public ModSeq highestModSeq() {
        return knownModSeq;
    }

    /** UID of message number {@code seq} (1-based). */
    public long uidAt(int seq) {
        if (seq < 1 || seq > count) {
            throw new IndexOutOfBoundsException("no message " + seq);
        }
        return uids[seq - 1];
    }

    /** Message number of a UID, or 0 when the session does not know it. */
    public int seqOf(long uid) {
        int i = Arrays.binarySearch(uids, 0, count, uid);
        return i >= 0 ? i + 1 : 0;
    }

    public long maxUid() {
        return count == 0 ? 0 : uids[count - 1];
    }

    public MessageMeta meta(long uid) {
        int i = Arrays.binarySearch(uids, 0, count, uid);
        return i >= 0 ? metas[i] : null;
    }

    /** True when another session expunged it and the client has not been told. */
    public boolean isExpungePending(long uid) {
        return pendingExpunges.contains(uid);
    }

    /** RFC 3501 §2.3.2: {@code \Recent} in this session. */
    public boolean isRecent(long uid) {
        return recent.contains(uid);
    }

    public int recentCount() {
        return recent.size();
    }

    /** Marks messages from {@code fromUid} on as recent here (the result of claimRecent). */
    public void markRecent(Uid fromUid) {
        for (int i = count - 1; i >= 0 && uids[i] >= fromUid.value(); i--) {
            recent.add(uids[i]);
        }
        reportedRecent = recent.size();
    }

    /** The session's own STORE result: known now, no unsolicited FETCH needed for it. */
    public void updated(MessageMeta m) {
        int i = Arrays.binarySearch(uids, 0, count, m.uid().value());
        if (i >= 0) {
            metas[i] = m;
        }
    }

    /**
     * Takes a delta from the store. Returns true when new messages arrived (the caller then
     * claims {@code \Recent} for an IMAP4rev1 session).
     */
    public boolean apply(MailboxDelta delta, boolean reportModSeq) {
        boolean added = false;
        for (MessageMeta m : delta.changed()) {
            long uid = m.uid().value();
            int i = Arrays.binarySearch(uids, 0, count, uid);
            if (i >= 0) {
                MessageMeta known = metas[i];
                if (m.modSeq().isAfter(known.modSeq())) {
                    if (!m.flags().equals(known.flags()) || reportModSeq) {
                        pendingFlags.add(uid);
                    }
                    metas[i] = m;
                }
            } else if (uid > maxUid()) {
                append(m);
                added = true;
            }
        }
        for (Uid uid : delta.expunged()) {
            if (seqOf(uid.value()) != 0) {
                pendingExpunges.add(uid.value());
            }
        }
        if (delta.highestModSeq().isAfter(knownModSeq)) {
            knownModSeq = delta.highestModSeq();
        }
        uidNext = Math.max(uidNext, delta.uidNext().value());
        return added;
    }

    /** Removes messages this session expunged itself (EXPUNGE, MOVE); returns their old numbers in sending order. */
    public List<Integer> removeOwn(List<Uid> expunged) {
        List<Integer> numbers = new ArrayList<>(expunged.size());
        TreeSet<Long> sorted = new TreeSet<>();
        for (Uid u : expunged) {
            if (seqOf(u.value()) != 0) {
                sorted.add(u.value());
            }
        }
        for (long uid : sorted.descendingSet()) {
            numbers.add(remove(uid));
        }
        return numbers;
    }

    /**
     * The pending expunges to report now, removed from the view. Numbers are returned in the
     * order to send them, each valid at the moment it is sent (RFC 9051 §7.5.1: every EXPUNGE
     * renumbers the messages after it): highest first.
     */
    public List<Expunged> drainExpunges() {
        List<Expunged> out = new ArrayList<>(pendingExpunges.size());
        for (long uid : new ArrayList<>(pendingExpunges.descendingSet())) {
            out.add(new Expunged(uid, remove(uid)));
        }
        pendingExpunges.clear();
        return out;
    }

    /** The messages whose flags changed elsewhere, to report as unsolicited FETCH, cleared. */
    public List<Long> drainFlagChanges() {
        List<Long> out = new ArrayList<>();
        for (long uid : pendingFlags) {
            if (seqOf(uid) != 0) {
                out.add(uid);
            }
        }
        pendingFlags.clear();
        return out;
    }

    /** The EXISTS count to announce, or -1 when the client knows it already. */
    public int takeExistsChange() {
        if (reportedExists == count) {
            return -1;
        }
        reportedExists = count;
        return count;
    }

    public int takeRecentChange() {
        if (reportedRecent == recent.size()) {
            return -1;
        }
        reportedRecent = recent.size();
        return reportedRecent;
    }

    /** Catch up with the store. */
    public boolean refresh(boolean reportModSeq) throws BackendException {
        return apply(mailbox.changesSince(knownModSeq), reportModSeq);
    }

    /** A message the client is told about with EXPUNGE: its UID and the number it had. */
    public record Expunged(long uid, int seq) {
    }

    private void append(MessageMeta m) {
        if (count == uids.length) {
            uids = Arrays.copyOf(uids, uids.length * 2);
            metas = Arrays.copyOf(metas, metas.length * 2);
        }
        uids[count] = m.uid().value();
        metas[count++] = m;
    }

    private int remove(long uid) {
        int i = Arrays.binarySearch(uids, 0, count, uid);
        if (i < 0) {
            return 0;
        }
        System.arraycopy(uids, i + 1, uids, i, count - i - 1);
        System.arraycopy(metas, i + 1, metas, i, count - i - 1);
        count--;
        metas[count] = null;
        recent.remove(uid);
        pendingFlags.remove(uid);
        pendingExpunges.remove(uid);
        if (reportedExists > 0) {
            reportedExists--; // the EXPUNGE itself tells the client the count went down
        }
        reportedRecent = Math.min(reportedRecent, recent.size());
        return i + 1;
    }
}
