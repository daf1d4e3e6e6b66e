package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.UidSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListingCacheTest {

    /** A mailbox in memory with its modseq history, as the store's queries answer it. */
    private static final class Box implements ListingCache.Source {
        final List<MessageListing> rows = new ArrayList<>();
        final List<long[]> expunged = new ArrayList<>(); // uid, modseq
        long modseq = 1;
        long uidNext = 1;
        int fullLoads;
        int deltas;

        void append(int n) {
            modseq++;
            for (int i = 0; i < n; i++) {
                rows.add(new MessageListing(uidNext++, modseq, Flags.NONE, Instant.EPOCH, 10));
            }
        }

        void flag(long uid) {
            modseq++;
            rows.replaceAll(m -> m.uid() == uid ? new MessageListing(uid, modseq, Flags.of(Flag.SEEN), m.internalDate(), m.size()) : m);
        }

        void expunge(long uid) {
            modseq++;
            rows.removeIf(m -> m.uid() == uid);
            expunged.add(new long[] {uid, modseq});
        }

        MailboxRow row(long uidValidity) {
            return new MailboxRow(7, 1, "INBOX", null, null, uidValidity, uidNext, modseq, rows.size(), 0, new String[0], 1);
        }

        @Override
        public List<MessageListing> all(MailboxRow box) {
            fullLoads++;
            return List.copyOf(rows);
        }

        @Override
        public Changes since(MailboxRow box, long since) {
            deltas++;
            List<MessageListing> changed = rows.stream().filter(m -> m.modseq() > since).toList();
            List<Long> gone = expunged.stream().filter(e -> e[1] > since).map(e -> e[0]).toList();
            return new Changes(modseq, changed, UidSet.ofAll(gone));
        }
    }

    @Test
    void aSecondSelectMergesOnlyWhatChangedAndEqualsAFullRead() {
        Box box = new Box();
        box.append(100);
        ListingCache cache = new ListingCache(4, 10);
        assertEquals(box.rows, cache.listing(box.row(1), box));

        box.flag(5);
        box.expunge(1);
        box.expunge(50);
        box.expunge(51);
        box.append(3);
        box.flag(102);

        assertEquals(box.rows, cache.listing(box.row(1), box));
        assertEquals(1, box.fullLoads);
        assertEquals(1, box.deltas);

        assertEquals(box.rows, cache.listing(box.row(1), box)); // unchanged: no query at all
        assertEquals(1, box.fullLoads);
        assertEquals(1, box.deltas);
    }

    @Test
    void aNewUidValidityOrASmallMailboxIsReadInFull() {
        Box box = new Box();
        box.append(20);
        ListingCache cache = new ListingCache(4, 10);
        cache.listing(box.row(1), box);
        assertEquals(box.rows, cache.listing(box.row(2), box));
        assertEquals(2, box.fullLoads);

        Box small = new Box();
        small.append(5);
        cache.listing(small.row(1), small);
        cache.listing(small.row(1), small);
        assertEquals(2, small.fullLoads);
    }

    @Test
    void aLargeDeltaIsAFullRead() {
        Box box = new Box();
        box.append(20);
        ListingCache cache = new ListingCache(4, 10);
        cache.listing(box.row(1), box);
        box.append(30);
        assertEquals(box.rows, cache.listing(box.row(1), box));
        assertEquals(2, box.fullLoads);
    }

    @Test
    void mergeDropsVanishedRangesAndInsertsInUidOrder() {
        MessageListing[] rows = new MessageListing[10];
        for (int i = 0; i < 10; i++) {
            rows[i] = new MessageListing(i * 2 + 1, 1, Flags.NONE, null, 1); // 1, 3, ..., 19
        }
        List<MessageListing> changed = List.of(new MessageListing(3, 5, Flags.of(Flag.SEEN), null, 1),
                new MessageListing(21, 5, Flags.NONE, null, 1));
        MessageListing[] out = ListingCache.merge(rows, new Changes(5, changed, new UidSet(List.of(new UidSet.Range(5, 9),
                new UidSet.Range(19, 19)))));
        assertEquals(List.of(1L, 3L, 11L, 13L, 15L, 17L, 21L), java.util.Arrays.stream(out).map(MessageListing::uid).toList());
        assertEquals(5, out[1].modseq());
    }
}
