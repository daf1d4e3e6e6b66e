package dev.parley.store.mail;

import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.UidSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The listings of large mailboxes (UID, modseq, flags, date, size per message) kept between
 * SELECTs, shared by every session of this JVM (ADR 0025). A SELECT of a cached mailbox reads only
 * what changed since the cached modseq (messages with a higher modseq and expunge tombstones, the
 * CONDSTORE/QRESYNC query) and merges it; the database stays the truth, so another Payara instance
 * writing the mailbox is seen exactly as a local writer. Correct because writers lock the mailbox
 * row and take its modseq + 1, so modseqs commit in order: every change after the cached modseq is
 * in the delta. Entries are immutable arrays swapped whole; a bounded LRU of {@link #CAPACITY}
 * mailboxes of at least {@link #MIN_MESSAGES} messages (about 7 MB per 100,000 messages).
 */
final class ListingCache {

    static final int CAPACITY = 16;
    static final int MIN_MESSAGES = 5_000;

    private static final ListingCache SHARED = new ListingCache(CAPACITY, MIN_MESSAGES);

    /** One listing as of {@code modseq} (it may hold newer changes, which a delta re-applies harmlessly). */
    record Entry(long uidValidity, long modseq, MessageListing[] rows) {
    }

    /** Reads the listing and the changes of one mailbox (one transaction). */
    interface Source {
        List<MessageListing> all(MailboxRow box);

        Changes since(MailboxRow box, long modseq);
    }

    private final int capacity;
    private final int minMessages;
    private final Map<Long, Entry> entries;

    ListingCache(int capacity, int minMessages) {
        this.capacity = capacity;
        this.minMessages = minMessages;
        this.entries = new LinkedHashMap<>(capacity * 2, 0.75f, true);
    }

    static ListingCache shared() {
        return SHARED;
    }

    /** The current listing of {@code box} (read in the caller's transaction, after {@code box}). */
    List<MessageListing> listing(MailboxRow box, Source source) {
        if (box.messageCount() < minMessages) {
            forget(box.id());
            return source.all(box);
        }
        Entry cached = get(box.id());
        MessageListing[] rows;
        if (cached == null || cached.uidValidity() != box.uidValidity() || cached.modseq() > box.highestModseq()) {
            rows = source.all(box).toArray(MessageListing[]::new);
        } else if (cached.modseq() == box.highestModseq()) {
            rows = cached.rows();
        } else {
            Changes delta = source.since(box, cached.modseq());
            rows = delta.changed().size() > cached.rows().length / 4
                    ? source.all(box).toArray(MessageListing[]::new)
                    : merge(cached.rows(), delta);
        }
        put(box.id(), new Entry(box.uidValidity(), box.highestModseq(), rows));
        return Collections.unmodifiableList(Arrays.asList(rows));
    }

    /**
     * Cached rows with a delta applied: a changed UID replaces its row, a new one is inserted in UID
     * order, a vanished one is dropped. Both inputs are in ascending UID order.
     */
    static MessageListing[] merge(MessageListing[] rows, Changes delta) {
        List<MessageListing> changed = delta.changed();
        MessageListing[] out = new MessageListing[rows.length + changed.size()];
        int n = 0;
        int i = 0;
        int j = 0;
        List<UidSet.Range> vanished = delta.vanished().ranges(); // normalised: ascending, disjoint
        int v = 0;
        while (i < rows.length || j < changed.size()) {
            MessageListing next;
            if (j == changed.size() || (i < rows.length && rows[i].uid() < changed.get(j).uid())) {
                next = rows[i++];
            } else if (i == rows.length || changed.get(j).uid() < rows[i].uid()) {
                next = changed.get(j++);
            } else {
                next = changed.get(j++);
                i++;
            }
            while (v < vanished.size() && vanished.get(v).last() < next.uid()) {
                v++;
            }
            if (v == vanished.size() || vanished.get(v).first() > next.uid()) {
                out[n++] = next;
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private synchronized Entry get(long mailboxId) {
        return entries.get(mailboxId);
    }

    private synchronized void put(long mailboxId, Entry entry) {
        Entry old = entries.get(mailboxId);
        if (old != null && old.uidValidity() == entry.uidValidity() && old.modseq() > entry.modseq()) {
            return; // a concurrent SELECT stored a newer listing
        }
        entries.put(mailboxId, entry);
        if (entries.size() > capacity) {
            Long eldest = entries.keySet().iterator().next();
            entries.remove(eldest);
        }
    }

    private synchronized void forget(long mailboxId) {
        entries.remove(mailboxId);
    }
}
