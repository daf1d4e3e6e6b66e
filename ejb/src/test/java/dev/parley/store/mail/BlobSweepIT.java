package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.store.blob.BlobRef;
import dev.parley.store.mail.api.UidSet;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BlobSweepIT extends StoreITSupport {

    private BlobRef orphan(String text) throws Exception {
        return blobs.put(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
    }

    private BlobSweep sweep() {
        return new BlobSweep(blobs, database.dataSource(), Clock.systemUTC());
    }

    @Test
    void unreferencedBlobsGoToTheTrashThenAwayReferencedOnesStay() throws Exception {
        store.append(alice, "INBOX", null, null, message("kept", "a message keeps its blob"));
        String kept = store.fetch(alice, "INBOX", UidSet.of(1)).get(0).blobSha256();
        BlobRef crashLeftover = orphan("From: x@example.org\r\n\r\nwritten, never committed\r\n");

        BlobSweep.Report young = sweep().sweep(Duration.ofHours(1), Duration.ZERO);
        assertEquals(0, young.trashed(), "younger than the grace period: an append may still be committing it");

        BlobSweep.Report first = sweep().sweep(Duration.ZERO, Duration.ofHours(1));
        assertEquals(2, first.scanned());
        assertEquals(1, first.trashed());
        assertEquals(1, first.inTrash());
        assertTrue(blobs.exists(new BlobRef(kept, 0)));
        assertFalse(blobs.exists(crashLeftover));
        assertTrue(blobs.open(crashLeftover).readAllBytes().length > 0, "still readable from the trash");

        BlobSweep.Report second = sweep().sweep(Duration.ZERO, Duration.ZERO);
        assertEquals(1, second.purged());
        assertEquals(0, second.inTrash());
        assertTrue(blobs.trashed().isEmpty());
        assertArrayEquals(store.openMessage(alice, "INBOX", 1, 0, Long.MAX_VALUE).readAllBytes(),
                blobs.open(new BlobRef(kept, 0)).readAllBytes());
    }

    @Test
    void expungedMessagesLeaveTheirBlobsToTheSweep() throws Exception {
        store.append(alice, "INBOX", null, null, message("gone", "expunged soon"));
        String sha = store.fetch(alice, "INBOX", UidSet.of(1)).get(0).blobSha256();
        store.setFlags(alice, "INBOX", UidSet.of(1), dev.parley.store.mail.api.FlagMode.ADD,
                dev.parley.store.mail.api.Flags.of(dev.parley.store.mail.api.Flag.DELETED), null);
        store.expunge(alice, "INBOX", null);
        assertEquals(1, sweep().sweep(Duration.ZERO, Duration.ZERO).trashed());
        assertEquals(1, sweep().sweep(Duration.ZERO, Duration.ZERO).purged());
        assertFalse(blobs.exists(new BlobRef(sha, 0)));
    }

    @Test
    void aBlobReferencedWhileInTheTrashIsReadableAndRestored() throws Exception {
        // an append reused a blob (equal content is stored once) and committed while the sweep looked
        String text = "From: Carol <carol@example.org>\nTo: alice@example.test\nSubject: race\n"
                + "Message-ID: <race@example.org>\n\nsame octets\n";
        BlobRef early = orphan(text);
        assertEquals(1, sweep().sweep(Duration.ZERO, Duration.ofHours(1)).trashed());
        store.append(alice, "INBOX", null, null, new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals(early.sha256(), store.fetch(alice, "INBOX", UidSet.of(1)).get(0).blobSha256());
        assertTrue(store.openMessage(alice, "INBOX", 1, 0, Long.MAX_VALUE).readAllBytes().length > 0);

        BlobSweep.Report next = sweep().sweep(Duration.ofHours(1), Duration.ZERO);
        assertEquals(1, next.restored(), "referenced again: back in place, not purged");
        assertEquals(0, next.purged());
        assertTrue(blobs.exists(early));
        assertTrue(blobs.trashed().isEmpty());
    }
}
