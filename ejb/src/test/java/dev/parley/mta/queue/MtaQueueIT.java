package dev.parley.mta.queue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.store.blob.BlobRef;
import dev.parley.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The queue's statements against the migrated {@code mta} schema. */
class MtaQueueIT {

    static TestDatabase database;
    MtaQueue queue;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
    }

    @BeforeEach
    void empty() {
        database.execute("TRUNCATE mta.message, mta.recipient, mta.delivery_log RESTART IDENTITY CASCADE");
        queue = new MtaQueue(database.dataSource());
    }

    private static NewMessage message(String id, String... rcpts) {
        return new NewMessage(id, "sender@outside.example", "env-1", "hdrs", "8bitmime", false,
                new BlobRef("a".repeat(64), 4096), "mx", "192.0.2.1", "client.example", null,
                java.util.Arrays.stream(rcpts).map(r -> new NewMessage.NewRecipient(r, "rfc822;" + r, Set.of("FAILURE")))
                        .toList());
    }

    private static long count(String sql) throws Exception {
        try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void queuedRecipientsAreClaimedOnceAndLeased() {
        List<Long> ids = queue.enqueue(message(QueueId.next(Clock.systemUTC()), "a@example.test", "b@example.test"));
        assertEquals(2, ids.size());
        List<Claimed> first = queue.claim(10, 300);
        assertEquals(2, first.size());
        assertEquals(1, first.get(0).attempts());
        assertEquals(4096, first.get(0).blob().size());
        assertEquals(0, queue.claim(10, 300).size(), "leased rows are not due");
    }

    @Test
    void rowsLeasedByThisNodesPreviousRunAreDueAtStartOthersAreNot() throws Exception {
        queue.enqueue(message("Q1", "a@example.test", "b@example.test", "c@example.test"));
        assertEquals(3, queue.claim(10, 300).size());
        // a, as if leased before a crash of this node; b by another node; c by this very run
        database.execute("UPDATE mta.recipient SET lease_owner = '" + LeaseOwner.NODE + ":old-boot' WHERE address = 'a@example.test'");
        database.execute("UPDATE mta.recipient SET lease_owner = 'other-node:boot' WHERE address = 'b@example.test'");
        assertEquals(1, queue.releaseStaleLeases());
        List<Claimed> due = queue.claim(10, 300);
        assertEquals(List.of("a@example.test"), due.stream().map(Claimed::address).toList());
        assertEquals(2, due.get(0).attempts());
    }

    @Test
    void aBatchIsQueuedInOneTransactionWithEachMessagesRecipientIdsInOrder() throws Exception {
        List<List<Long>> ids = queue.enqueueAll(List.of(message("Q1", "a@example.test", "b@example.test"),
                message("Q2", "c@example.test")));
        assertEquals(2, ids.get(0).size());
        assertEquals(1, ids.get(1).size());
        assertEquals(3, count("SELECT count(*) FROM mta.recipient"));
        assertEquals(1, count("SELECT count(*) FROM mta.recipient WHERE queue_id = 'Q2' AND id = " + ids.get(1).get(0)
                + " AND address = 'c@example.test'"));
    }

    @Test
    void anOutcomeDoesNotOverwriteARowThePostmasterChangedMeanwhile() throws Exception {
        queue.enqueue(message("Q1", "a@example.test"));
        Claimed r = queue.claim(10, 300).get(0);
        database.execute("UPDATE mta.recipient SET state = 'held'");
        queue.finishAll(List.of(new Attempt(r, Outcome.deferred("451 4.3.0 try later"), Instant.now())));
        assertEquals(1, count("SELECT count(*) FROM mta.recipient WHERE state = 'held'"));
    }

    @Test
    void anExpiredLeaseMakesTheRowDueAgain() {
        queue.enqueue(message("Q1", "a@example.test"));
        assertEquals(1, queue.claim(10, 0).size());
        List<Claimed> again = queue.claim(10, 300);
        assertEquals(1, again.size());
        assertEquals(2, again.get(0).attempts());
    }

    @Test
    void deferredRowsWaitAndTheMessageGoesWhenAllAreDelivered() throws Exception {
        queue.enqueue(message("Q2", "a@example.test", "b@example.test"));
        List<Claimed> claimed = queue.claim(10, 300);
        queue.finish(claimed.get(0), Outcome.delivered("a@example.test", "250 2.1.5 ok"), Instant.now());
        queue.finish(claimed.get(1), Outcome.deferred("451 4.3.0 later"), Instant.now().plusSeconds(3600));
        assertEquals(0, queue.claim(10, 300).size());
        assertEquals(1, count("SELECT count(*) FROM mta.message"));
        database.execute("UPDATE mta.recipient SET next_attempt = now() WHERE state = 'deferred'");
        Claimed retry = queue.claim(10, 300).get(0);
        queue.finish(retry, Outcome.delivered("b@example.test", "250 2.1.5 ok"), Instant.now());
        assertEquals(0, count("SELECT count(*) FROM mta.message"));
        assertEquals(3, count("SELECT count(*) FROM mta.delivery_log WHERE queue_id = 'Q2'"));
    }

    @Test
    void expansionAddsChildRecipientsThatAreDueAtOnce() throws Exception {
        queue.enqueue(message("Q3", "team@example.test"));
        Claimed group = queue.claim(10, 300).get(0);
        queue.finish(group, Outcome.expanded(List.of("a@example.test", "b@example.test")), Instant.now());
        List<Claimed> children = queue.claim(10, 300);
        assertEquals(2, children.size());
        assertTrue(children.stream().allMatch(c -> "team@example.test".equals(c.expandedFrom())));
    }

    @Test
    void aRedirectLoopEndsAtAnAddressTheMessageAlreadyHad() throws Exception {
        // RFC 5228 §4.2 loop control: a redirects to b, b back to A (any case): no third row
        queue.enqueue(message("Q5", "a@example.test"));
        Claimed a = queue.claim(10, 300).get(0);
        queue.finish(a, new Outcome(Outcome.Kind.EXPANDED, "250 2.1.5 redirected", "a@example.test",
                List.of("b@example.test")), Instant.now());
        Claimed b = queue.claim(10, 300).get(0);
        assertEquals("b@example.test", b.address());
        queue.finish(b, new Outcome(Outcome.Kind.EXPANDED, "250 2.1.5 redirected", "b@example.test",
                List.of("A@example.test", "c@example.test", "c@example.test")), Instant.now());
        List<Claimed> next = queue.claim(10, 300);
        assertEquals(List.of("c@example.test"), next.stream().map(Claimed::address).toList(),
                "a is already a recipient; c is added once");
        queue.finish(next.get(0), Outcome.delivered("c@example.test", "250 ok"), Instant.now());
        assertEquals(0, count("SELECT count(*) FROM mta.message WHERE queue_id = 'Q5'"), "done once c is delivered");
    }

    @Test
    void failedRecipientsKeepTheMessageForItsReport() throws Exception {
        queue.enqueue(message("Q4", "a@example.test"));
        queue.finish(queue.claim(10, 300).get(0), Outcome.failed("550 5.1.1 gone"), Instant.now());
        assertEquals(1, count("SELECT count(*) FROM mta.message"));
        assertEquals(1, count("SELECT count(*) FROM mta.recipient WHERE state = 'failed'"));
    }
}
