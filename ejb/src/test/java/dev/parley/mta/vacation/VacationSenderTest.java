package dev.parley.mta.vacation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.mail.sieve.Action;
import dev.parley.mta.queue.MtaQueue;
import dev.parley.mta.queue.NewMessage;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobRef;
import dev.parley.store.blob.BlobStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

/** RFC 5230 §5 replies go into the queue from {@code <>}; :from only when the user may send as it (§4.3). */
class VacationSenderTest {

    private final Directory directory = mock(Directory.class);
    private final MtaQueue queue = mock(MtaQueue.class);
    private final BlobStore blobs = mock(BlobStore.class);
    private final AtomicReference<String> stored = new AtomicReference<>();
    private final VacationSender sender = new VacationSender(directory, queue, blobs, "mx.example.test",
            Clock.fixed(Instant.parse("2026-11-25T06:00:00Z"), ZoneOffset.UTC));

    private static Action.Vacation vacation(String from) {
        return new Action.Vacation("x@remote.test", from, "Away", "Back on Monday.", false, "h", Duration.ofDays(7),
                "<m1@remote.test>", "<m1@remote.test>");
    }

    private void storing() throws IOException {
        when(blobs.put(any())).thenAnswer(inv -> {
            try (InputStream in = inv.getArgument(0)) {
                stored.set(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            return new BlobRef("b".repeat(64), stored.get().length());
        });
    }

    @Test
    void queuesTheReplyFromTheNullSenderToTheOriginalSender() throws Exception {
        storing();
        String id = sender.send("Q1", "alice@example.test", vacation(null));
        ArgumentCaptor<NewMessage> m = ArgumentCaptor.forClass(NewMessage.class);
        verify(queue).enqueue(m.capture());
        assertEquals(id, m.getValue().queueId());
        assertEquals("", m.getValue().envelopeFrom(), "RFC 5230 §5.1: MAIL FROM:<>");
        assertEquals("x@remote.test", m.getValue().recipients().get(0).address(), "§5.2");
        assertTrue(stored.get().contains("From: alice@example.test\r\n"), stored.get());
        assertTrue(stored.get().contains("Auto-Submitted: auto-replied\r\n"), stored.get());
    }

    @Test
    void fromIsUsedOnlyWhenTheUserMaySendAsIt() throws Exception {
        storing();
        when(directory.maySendAs("alice@example.test", "sales@example.test")).thenReturn(true);
        sender.send("Q1", "alice@example.test", vacation("Sales <sales@example.test>"));
        assertTrue(stored.get().contains("From: Sales <sales@example.test>\r\n"), stored.get());
        sender.send("Q2", "alice@example.test", vacation("ceo@example.test"));
        assertTrue(stored.get().contains("From: alice@example.test\r\n"), "not someone else's address: " + stored.get());
    }

    @Test
    void aReplyThatCannotBeQueuedIsLoggedNotThrown() throws Exception {
        when(blobs.put(any())).thenThrow(new IOException("disk full"));
        assertNull(sender.send("Q1", "alice@example.test", vacation(null)));
        verify(queue, never()).enqueue(any());
    }
}
