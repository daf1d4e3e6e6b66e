package dev.parley.mail.imap.backend;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The behaviour every IMAP back end must show, whatever stores it. Extend it with a factory for a
 * fresh user per test (the in-memory one: {@code MemoryMailboxUserTest}; the store's can follow).
 */
public abstract class MailboxUserContract {

    /** A user with only an empty INBOX. */
    protected abstract MailboxUser newUser() throws Exception;

    private static NewMessage message(String subject) {
        return new NewMessage(Flags.NONE, Instant.parse("2024-01-02T03:04:05Z"),
                ("Subject: " + subject + "\r\nFrom: a@example.org\r\n\r\nbody " + subject + "\r\n").getBytes(StandardCharsets.US_ASCII));
    }

    private static final MailboxPath INBOX = MailboxPath.INBOX;

    @Test
    void inboxExistsAndMailboxesCanBeCreatedRenamedDeleted() throws Exception {
        MailboxUser user = newUser();
        assertTrue(user.mailboxes().stream().anyMatch(m -> m.path().isInbox()));
        user.create(MailboxPath.of("a/b"), null);
        assertTrue(user.mailboxes().stream().anyMatch(m -> m.path().name().equals("a")), "parents are created");
        assertEquals(BackendException.Reason.ALREADY_EXISTS,
                assertThrows(BackendException.class, () -> user.create(MailboxPath.of("a/b"), null)).reason());
        user.rename(MailboxPath.of("a"), MailboxPath.of("c"));
        assertTrue(user.mailboxes().stream().anyMatch(m -> m.path().name().equals("c/b")), "children move along");
        assertEquals(BackendException.Reason.HAS_CHILDREN,
                assertThrows(BackendException.class, () -> user.delete(MailboxPath.of("c"))).reason());
        user.delete(MailboxPath.of("c/b"));
        assertEquals(BackendException.Reason.NONEXISTENT,
                assertThrows(BackendException.class, () -> user.status(MailboxPath.of("c/b"))).reason());
    }

    @Test
    void appendAssignsAscendingUidsAndCountsInStatus() throws Exception {
        MailboxUser user = newUser();
        List<AppendResult> results = user.append(INBOX, List.of(message("1"), message("2")));
        assertEquals(2, results.size());
        assertTrue(results.get(1).uid().value() > results.get(0).uid().value());
        MailboxStatus status = user.status(INBOX);
        assertEquals(2, status.messages());
        assertEquals(2, status.unseen());
        assertTrue(status.uidNext().value() > results.get(1).uid().value());
        assertEquals(BackendException.Reason.TRY_CREATE,
                assertThrows(BackendException.class, () -> user.append(MailboxPath.of("none"), List.of(message("x")))).reason());
    }

    @Test
    void storeRespectsUnchangedSinceAndBumpsModSeq() throws Exception {
        MailboxUser user = newUser();
        user.append(INBOX, List.of(message("1"), message("2")));
        try (SelectedMailbox box = user.select(INBOX, false, () -> { })) {
            MailboxSnapshot snap = box.snapshot();
            Uid first = snap.messages().get(0).uid();
            Uid second = snap.messages().get(1).uid();
            StoreResult seen = box.store(UidSet.ofUids(List.of(first)), new FlagChange(FlagChange.Mode.ADD, Flags.of(Flags.SEEN), null));
            ModSeq after = seen.updated().get(0).modSeq();
            assertTrue(after.isAfter(snap.highestModSeq()));
            StoreResult conditional = box.store(UidSet.ofUids(List.of(first, second)),
                    new FlagChange(FlagChange.Mode.ADD, Flags.of(Flags.FLAGGED), snap.highestModSeq()));
            assertEquals(List.of(first), conditional.modified());
            MailboxDelta delta = box.changesSince(snap.highestModSeq());
            assertEquals(2, delta.changed().size());
            assertTrue(delta.expunged().isEmpty());
        }
    }

    @Test
    void expungeIsSeenInDeltasAndByOtherSessions() throws Exception {
        MailboxUser user = newUser();
        user.append(INBOX, List.of(message("1"), message("2")));
        AtomicInteger pings = new AtomicInteger();
        try (SelectedMailbox watcher = user.select(INBOX, true, pings::incrementAndGet);
             SelectedMailbox box = user.select(INBOX, false, () -> { })) {
            ModSeq before = watcher.snapshot().highestModSeq();
            Uid first = box.snapshot().messages().get(0).uid();
            box.store(UidSet.ofUids(List.of(first)), new FlagChange(FlagChange.Mode.ADD, Flags.of(Flags.DELETED), null));
            assertEquals(List.of(first), box.expunge(null));
            assertTrue(pings.get() > 0, "other sessions are told");
            assertEquals(List.of(first), watcher.changesSince(before).expunged());
            assertEquals(BackendException.Reason.EXPUNGED, assertThrows(BackendException.class, () -> box.content(first)).reason());
        }
    }

    @Test
    void copyAndMoveReturnUidMappings() throws Exception {
        MailboxUser user = newUser();
        user.create(MailboxPath.of("Archive"), null);
        user.append(INBOX, List.of(message("1"), message("2")));
        try (SelectedMailbox box = user.select(INBOX, false, () -> { })) {
            List<MessageMeta> messages = box.snapshot().messages();
            UidSet all = UidSet.ofUids(messages.stream().map(MessageMeta::uid).toList());
            CopyResult copy = box.copy(all, MailboxPath.of("Archive"));
            assertEquals(2, copy.targetUids().size());
            assertEquals(user.status(MailboxPath.of("Archive")).uidValidity(), copy.uidValidity());
            CopyResult move = box.move(UidSet.ofUids(List.of(messages.get(0).uid())), MailboxPath.of("Archive"));
            assertEquals(List.of(messages.get(0).uid()), move.sourceUids());
            assertEquals(1, user.status(INBOX).messages());
            assertEquals(3, user.status(MailboxPath.of("Archive")).messages());
            assertEquals(BackendException.Reason.TRY_CREATE,
                    assertThrows(BackendException.class, () -> box.copy(all, MailboxPath.of("Nope"))).reason());
        }
    }

    @Test
    void recentIsClaimedOnce() throws Exception {
        MailboxUser user = newUser();
        user.append(INBOX, List.of(message("1")));
        try (SelectedMailbox a = user.select(INBOX, false, () -> { });
             SelectedMailbox b = user.select(INBOX, false, () -> { })) {
            Uid uid = a.snapshot().messages().get(0).uid();
            assertTrue(a.claimRecent().value() <= uid.value());
            assertTrue(b.claimRecent().value() > uid.value());
        }
    }

    @Test
    void searchEvaluatesCriteria() throws Exception {
        MailboxUser user = newUser();
        user.append(INBOX, List.of(message("alpha"), message("beta")));
        try (SelectedMailbox box = user.select(INBOX, true, () -> { })) {
            Uid beta = box.snapshot().messages().get(1).uid();
            assertEquals(List.of(beta), box.search(new SearchKey.Header("Subject", "BET")));
            assertEquals(List.of(beta), box.search(new SearchKey.Text("body beta", true)));
            assertEquals(2, box.search(new SearchKey.HasFlag(Flags.SEEN, false)).size());
            assertEquals(List.of(beta), box.search(new SearchKey.Not(new SearchKey.Header("subject", "alpha"))));
            assertEquals(BackendException.Reason.NO_PERMISSION, assertThrows(BackendException.class,
                    () -> box.store(UidSet.ofUids(List.of(beta)), new FlagChange(FlagChange.Mode.ADD, Flags.of(Flags.SEEN), null))).reason());
        }
    }
}
