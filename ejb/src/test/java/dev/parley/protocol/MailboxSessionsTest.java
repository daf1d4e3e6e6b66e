package dev.parley.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.store.mail.api.MailboxChanged;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class MailboxSessionsTest {

    private final MailboxSessions sessions = new MailboxSessions();

    private static MailboxChanged change(long account, String mailbox, MailboxChanged.Kind kind) {
        return new MailboxChanged(account, 1, mailbox, kind, List.of(1L), 5);
    }

    @Test
    void onlySessionsOfTheChangedMailboxArePinged() {
        AtomicInteger inbox = new AtomicInteger();
        AtomicInteger sent = new AtomicInteger();
        AtomicInteger otherAccount = new AtomicInteger();
        sessions.register(1, "INBOX", m -> inbox.incrementAndGet());
        sessions.register(1, "Sent", m -> sent.incrementAndGet());
        sessions.register(2, "INBOX", m -> otherAccount.incrementAndGet());
        sessions.changed(change(1, "INBOX", MailboxChanged.Kind.APPENDED));
        assertEquals(1, inbox.get());
        assertEquals(0, sent.get());
        assertEquals(0, otherAccount.get());
    }

    @Test
    void renamesAndDeletesPingEverySessionOfTheAccount() {
        AtomicInteger a = new AtomicInteger();
        AtomicInteger b = new AtomicInteger();
        sessions.register(1, "Work", m -> a.incrementAndGet());
        sessions.register(1, "Work/Old", m -> b.incrementAndGet());
        sessions.changed(change(1, "Work", MailboxChanged.Kind.RENAMED));
        assertEquals(1, a.get());
        assertEquals(1, b.get());
    }

    @Test
    void closedRegistrationsAreForgottenAndAFailingListenerHarmsNoOther() {
        AtomicInteger kept = new AtomicInteger();
        MailboxSessions.Registration closed = sessions.register(1, "INBOX", m -> {
            throw new IllegalStateException("boom");
        });
        sessions.register(1, "INBOX", m -> kept.incrementAndGet());
        sessions.changed(change(1, "INBOX", MailboxChanged.Kind.FLAGS));
        assertEquals(1, kept.get());
        closed.close();
        assertEquals(1, sessions.size());
    }
}
