package dev.parley.protocol.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.protocol.MailboxSessions;
import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.MailboxChanged;
import dev.parley.store.mail.api.MailboxListing;
import dev.parley.store.mail.api.MailboxStatus;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.UidSet;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SELECT listing shared by a mailbox's sessions and brought up to date from its modseq (ADR 0025). */
class SelectListingTest {

    private static MessageMeta meta(long uid, long modseq, String... flags) {
        return new MessageMeta(Uid.of(uid), ModSeq.of(modseq), Flags.of(flags), Instant.EPOCH, 10);
    }

    private static List<Long> uids(SelectListing l) {
        return l.messages().stream().map(m -> m.uid().value()).toList();
    }

    @Test
    void mergeReplacesChangedAddsNewInOrderAndDropsVanished() {
        SelectListing kept = new SelectListing(7, 5, 20, List.of(), List.of(meta(1, 10), meta(2, 11), meta(4, 12)));
        SelectListing merged = kept.merge(25, List.of(meta(2, 21, "\\Seen", "$Important"), meta(9, 24), meta(6, 23)),
                UidSet.of(4, 7));
        assertEquals(List.of(1L, 2L, 6L, 9L), uids(merged));
        assertEquals(21, merged.messages().get(1).modSeq().value());
        assertEquals(List.of("$Important"), merged.keywords());
        assertEquals(25, merged.highestModseq());
        assertEquals(10, merged.uidNext(), "above every UID seen, vanished ones included");
        assertEquals(7, merged.uidValidity());
    }

    @Test
    void anOlderRowNeverReplacesANewerOne() {
        SelectListing kept = new SelectListing(7, 3, 20, List.of(), List.of(meta(1, 30)));
        assertEquals(30, kept.merge(31, List.of(meta(1, 25)), UidSet.of()).messages().get(0).modSeq().value());
    }

    @Test
    void sessionsShareTheListingUntilTheAccountsMailboxesChange() throws Exception {
        MessageStore store = mock(MessageStore.class);
        MailboxSessions sessions = new MailboxSessions();
        MessageListing one = new MessageListing(1, 10, dev.parley.store.mail.api.Flags.NONE, Instant.EPOCH, 10);
        when(store.snapshot(1, "INBOX")).thenReturn(new MailboxListing(
                new MailboxStatus("INBOX", 1, 2, 7, 1, 0, 10, 10), List.of(), List.of(one)));
        when(store.changesSince(1L, "INBOX", 10L)).thenReturn(new Changes(10, List.of(), UidSet.of()));
        StoreSelectedMailbox first = StoreSelectedMailbox.open(store, sessions, 1, MailboxPath.of("INBOX"), false,
                mock(MailboxListener.class));
        StoreSelectedMailbox second = StoreSelectedMailbox.open(store, sessions, 1, MailboxPath.of("INBOX"), false,
                mock(MailboxListener.class));
        assertSame(first.snapshot().messages().get(0), second.snapshot().messages().get(0), "one listing, shared");
        verify(store, times(1)).snapshot(1, "INBOX");

        // a rename anywhere in the account: the next SELECT reads the mailbox whole again
        sessions.changed(new MailboxChanged(1, 8, "Old", MailboxChanged.Kind.RENAMED, List.of(), 0));
        StoreSelectedMailbox third = StoreSelectedMailbox.open(store, sessions, 1, MailboxPath.of("INBOX"), false,
                mock(MailboxListener.class));
        verify(store, times(2)).snapshot(1, "INBOX");

        // the last session gone, the listing goes with the feed
        first.close();
        second.close();
        third.close();
        StoreSelectedMailbox.open(store, sessions, 1, MailboxPath.of("INBOX"), false, mock(MailboxListener.class)).close();
        verify(store, times(3)).snapshot(1, "INBOX");
    }
}
