package dev.parley.protocol.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.mail.imap.backend.MailboxDelta;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.protocol.MailboxSessions;
import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.MailboxChanged;
import dev.parley.store.mail.api.MailboxListing;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.UidSet;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MailboxStatus;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Several sessions of one mailbox, one store read per announced change (docs/adr/0031). */
class SharedChangeFeedTest {

    private final MessageStore store = mock(MessageStore.class);
    private final MailboxSessions sessions = new MailboxSessions();

    private StoreSelectedMailbox select() throws Exception {
        return StoreSelectedMailbox.open(store, sessions, 1, MailboxPath.of("INBOX"), false, mock(MailboxListener.class));
    }

    private static MailboxChanged appended(long uid, long modseq) {
        return new MailboxChanged(1, 7, "INBOX", MailboxChanged.Kind.APPENDED, List.of(uid), modseq);
    }

    @Test
    void sessionsOfOneMailboxShareOneReadPerChange() throws Exception {
        MailboxListing empty = new MailboxListing(new MailboxStatus("INBOX", 0, 5, 1, 0, 0, 0, 10), List.of(), List.of());
        when(store.snapshot(1, "INBOX")).thenReturn(empty);
        List<StoreSelectedMailbox> selected = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            selected.add(select());
        }
        MessageListing five = new MessageListing(5, 11, Flags.NONE, Instant.EPOCH, 100);
        when(store.changesSince(eq(1L), eq("INBOX"), anyLong()))
                .thenReturn(new Changes(11, List.of(five), UidSet.ofAll(List.of())));

        sessions.changed(appended(5, 11));
        for (StoreSelectedMailbox s : selected) {
            MailboxDelta delta = s.changesSince(ModSeq.of(10));
            assertEquals(11, delta.highestModSeq().value());
            assertEquals(1, delta.changed().size());
            assertEquals(6, delta.uidNext().value());
        }
        verify(store, times(1)).changesSince(eq(1L), eq("INBOX"), anyLong());

        // a session further ahead reuses the delta read from below its modseq
        selected.get(0).changesSince(ModSeq.of(11));
        verify(store, times(1)).changesSince(eq(1L), eq("INBOX"), anyLong());

        // the next change is read again, once
        when(store.changesSince(eq(1L), eq("INBOX"), anyLong()))
                .thenReturn(new Changes(12, List.of(), UidSet.ofAll(List.of())));
        sessions.changed(appended(6, 12));
        for (StoreSelectedMailbox s : selected) {
            assertEquals(12, s.changesSince(ModSeq.of(11)).highestModSeq().value());
        }
        verify(store, times(2)).changesSince(eq(1L), eq("INBOX"), anyLong());

        // a session behind the cached delta's starting point reads for itself
        selected.get(1).changesSince(ModSeq.of(3));
        verify(store, times(1)).changesSince(1L, "INBOX", 3L);
        selected.forEach(StoreSelectedMailbox::close);
        assertEquals(0, sessions.size());
    }
}
