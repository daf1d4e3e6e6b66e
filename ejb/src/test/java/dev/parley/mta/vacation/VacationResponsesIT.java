package dev.parley.mta.vacation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.mail.sieve.VacationTracker;
import dev.parley.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RFC 5230 §4.1/§4.2 response tracking in {@code mta.vacation_response} (V26). */
class VacationResponsesIT {

    static TestDatabase database;
    VacationResponses responses;
    long alice;
    long bob;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
    }

    @BeforeEach
    void accounts() throws Exception {
        database.execute("TRUNCATE mta.vacation_response");
        database.execute("DELETE FROM directory.account WHERE local_part IN ('vac-alice', 'vac-bob')");
        database.execute("INSERT INTO directory.domain (name) VALUES ('vacation.test') ON CONFLICT DO NOTHING");
        alice = insertAccount("vac-alice");
        bob = insertAccount("vac-bob");
        responses = new VacationResponses(database.dataSource());
    }

    private static long insertAccount(String local) throws Exception {
        try (Connection c = database.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("INSERT INTO directory.account (domain_id, local_part) SELECT id, '" + local
                     + "' FROM directory.domain WHERE name = 'vacation.test' RETURNING id")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static long count(String sql) throws Exception {
        try (Connection c = database.connection(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void oneReplyPerSenderHandleAndAccountWithinThePeriod() {
        VacationTracker a = responses.of(alice);
        Duration week = Duration.ofDays(7);
        assertFalse(a.respondedWithin("x@remote.test", "h1", week));
        a.record("X@Remote.test", "h1", week);
        assertTrue(a.respondedWithin("x@remote.test", "h1", week), "the same sender, whatever its case");
        assertFalse(a.respondedWithin("y@remote.test", "h1", week), "another sender gets its own reply");
        assertFalse(a.respondedWithin("x@remote.test", "h2", week), "§4.2: another handle is another reply");
        assertFalse(responses.of(bob).respondedWithin("x@remote.test", "h1", week), "another account");
        assertFalse(a.respondedWithin("x@remote.test", "h1", Duration.ZERO), "RFC 6131 :seconds 0 always answers");
    }

    @Test
    void theSenderIsAnsweredAgainAfterThePeriodAndOldRowsArePurged() throws Exception {
        VacationTracker a = responses.of(alice);
        a.record("x@remote.test", "h", Duration.ofDays(1));
        database.execute("UPDATE mta.vacation_response SET replied_at = now() - interval '2 days'");
        assertFalse(a.respondedWithin("x@remote.test", "h", Duration.ofDays(1)), "§4.1: a day later, again");
        assertTrue(a.respondedWithin("x@remote.test", "h", Duration.ofDays(3)));
        a.record("x@remote.test", "h", Duration.ofDays(1));
        assertTrue(a.respondedWithin("x@remote.test", "h", Duration.ofDays(1)), "the new reply restarts the period");
        assertEquals(1, count("SELECT count(*) FROM mta.vacation_response"));
        a.record("old@remote.test", "h", Duration.ofDays(1));
        database.execute("UPDATE mta.vacation_response SET replied_at = now() - interval '400 days'"
                + " WHERE sender = 'old@remote.test'");
        assertEquals(1, responses.purge());
        assertEquals(1, count("SELECT count(*) FROM mta.vacation_response"));
    }

    @Test
    void rowsGoWithTheAccount() throws Exception {
        responses.of(bob).record("x@remote.test", "h", Duration.ofDays(7));
        database.execute("DELETE FROM directory.account WHERE id = " + bob);
        assertEquals(0, count("SELECT count(*) FROM mta.vacation_response"));
    }
}
