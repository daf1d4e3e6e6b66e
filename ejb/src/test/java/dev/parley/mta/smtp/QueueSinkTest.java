package dev.parley.mta.smtp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.mail.smtp.backend.Verdict;
import dev.parley.mta.queue.Outcome;
import java.util.List;
import org.junit.jupiter.api.Test;

class QueueSinkTest {

    @Test
    void lmtpAcceptsDeliveredAndStillQueuedRecipients() {
        assertTrue(QueueSink.lmtpVerdict(Outcome.delivered("a@example.test", "250 2.1.5 delivered")).accepted());
        assertTrue(QueueSink.lmtpVerdict(Outcome.deferred("452 4.2.2 mailbox full")).accepted());
        assertTrue(QueueSink.lmtpVerdict(Outcome.expanded(List.of("b@example.test"))).accepted());
    }

    @Test
    void lmtpRefusesPermanentFailuresWithTheNearestCatalogueReply() {
        assertEquals(Verdict.Rejection.OVER_QUOTA, QueueSink.lmtpVerdict(Outcome.failed("552 5.2.2 full")).rejection());
        assertEquals(Verdict.Rejection.UNKNOWN_USER, QueueSink.lmtpVerdict(Outcome.failed("550 5.1.1 gone")).rejection());
        assertEquals(Verdict.Rejection.SENDER_REJECTED,
                QueueSink.lmtpVerdict(Outcome.failed("550 5.7.1 members only")).rejection());
    }
}
