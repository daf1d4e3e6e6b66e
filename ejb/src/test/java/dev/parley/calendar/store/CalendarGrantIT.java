package dev.parley.calendar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.calendar.api.BusyPeriod;
import dev.parley.calendar.api.CalendarAccess;
import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.api.CalendarGrant;
import dev.parley.calendar.api.SharedCalendar;
import dev.parley.calendar.api.CalendarProps;
import dev.parley.calendar.api.CalendarService;
import dev.parley.testing.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Calendar grants (ADR 0062) and private masking on the migrated test database. */
class CalendarGrantIT {

    static TestDatabase database;
    static final String ALICE = "alice@example.test";
    static final String BOB = "bob@example.test";
    static final Clock NOW = Clock.fixed(Instant.parse("2025-03-01T00:00:00Z"), ZoneOffset.UTC);

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
    }

    @BeforeEach
    void fresh() {
        database.execute("TRUNCATE directory.domain, directory.audit_log RESTART IDENTITY CASCADE");
        database.execute("INSERT INTO directory.domain (name) VALUES ('example.test')");
        database.execute("INSERT INTO directory.account (domain_id, local_part) VALUES (1, 'alice'), (1, 'bob')");
    }

    <T> T tx(Function<CalendarService, T> work) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new CalendarCore(c, NOW));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String event(String uid, String start, String end, String... extra) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//it//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\n" + String.join("", extra)
                + "SUMMARY:" + uid + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    static Instant t(String s) {
        return Instant.parse(s);
    }

    static final String CAROL = "carol@example.test";
    static final String DAVE = "dave@other.test";

    static CalendarException refused(CalendarException.Kind kind, Runnable call) {
        CalendarException e = assertThrows(CalendarException.class, call::run);
        assertEquals(kind, e.kind(), e::getMessage);
        return e;
    }

    @Test
    void withoutAGrantAnotherUsersCalendarDoesNotExist() {
        tx(s -> s.put(BOB, "calendar", "b.ics", event("b", "20250304T090000Z", "20250304T100000Z"), null, true));
        refused(CalendarException.Kind.NOT_FOUND, () -> tx(s -> s.calendarOf(ALICE, BOB, "calendar")));
        refused(CalendarException.Kind.NOT_FOUND, () -> tx(s -> s.getOf(ALICE, BOB, "calendar", "b.ics")));
        refused(CalendarException.Kind.NOT_FOUND, () -> tx(s -> s.putOf(ALICE, BOB, "calendar", "x.ics",
                event("x", "20250304T090000Z", "20250304T100000Z"), null, true)));
        assertTrue(tx(s -> s.shared(ALICE)).isEmpty());
        assertEquals(1, tx(s -> s.listOf(BOB, BOB, "calendar")).size(), "the owner through the *Of methods");
    }

    @Test
    void readGrantReadsMaskedPrivateEventsAndCannotWrite() {
        tx(s -> s.put(BOB, "calendar", "pub.ics", event("pub", "20250304T090000Z", "20250304T100000Z", "LOCATION:Room 1\r\n"), null, true));
        tx(s -> s.put(BOB, "calendar", "priv.ics", event("priv", "20250305T090000Z", "20250305T100000Z",
                "CLASS:PRIVATE\r\nLOCATION:Clinic\r\n"), null, true));
        tx(s -> {
            s.grant(BOB, "calendar", new CalendarGrant(ALICE, CalendarAccess.READ));
            return null;
        });
        assertEquals(List.of(new CalendarGrant(ALICE, CalendarAccess.READ)), tx(s -> s.grants(BOB, "calendar")));
        assertEquals(CalendarAccess.READ, tx(s -> s.access(ALICE, BOB, "calendar")));
        List<SharedCalendar> shared = tx(s -> s.shared(ALICE));
        assertEquals(1, shared.size());
        assertEquals(BOB, shared.get(0).calendar().owner());
        assertEquals(CalendarAccess.READ, shared.get(0).access());
        assertTrue(tx(s -> s.getOf(ALICE, BOB, "calendar", "pub.ics")).orElseThrow().ical().contains("Room 1"));
        String priv = tx(s -> s.getOf(ALICE, BOB, "calendar", "priv.ics")).orElseThrow().ical();
        assertFalse(priv.contains("Clinic"), priv);
        assertTrue(priv.contains("DTSTART:20250305T090000Z") && priv.contains("SUMMARY:Busy"), priv);
        assertTrue(tx(s -> s.getOf(BOB, BOB, "calendar", "priv.ics")).orElseThrow().ical().contains("Clinic"), "the owner sees all");
        assertEquals(2, tx(s -> s.inRangeOf(ALICE, BOB, "calendar", null, t("2025-03-01T00:00:00Z"), t("2025-04-01T00:00:00Z"))).size());
        refused(CalendarException.Kind.FORBIDDEN, () -> tx(s -> s.putOf(ALICE, BOB, "calendar", "x.ics",
                event("x", "20250304T090000Z", "20250304T100000Z"), null, true)));
        refused(CalendarException.Kind.FORBIDDEN, () -> tx(s -> {
            s.deleteOf(ALICE, BOB, "calendar", "pub.ics", null);
            return null;
        }));
        refused(CalendarException.Kind.NOT_FOUND, () -> tx(s -> s.grants(ALICE, "nope")));
        assertEquals(2, tx(s -> s.listOf(BOB, BOB, "calendar")).size(), "nothing stored by the refused writes");
    }

    @Test
    void domainEveryoneAndFreeBusyGrantsWithTheMostSpecificWinning() {
        database.execute("INSERT INTO directory.domain (name) VALUES ('other.test')");
        database.execute("INSERT INTO directory.account (domain_id, local_part) VALUES (1, 'carol'), (2, 'dave')");
        tx(s -> s.put(BOB, "calendar", "b.ics", event("b", "20250304T090000Z", "20250304T100000Z"), null, true));
        tx(s -> {
            s.grant(BOB, "calendar", new CalendarGrant("@example.test", CalendarAccess.WRITE));
            s.grant(BOB, "calendar", new CalendarGrant("*", CalendarAccess.FREE_BUSY));
            s.grant(BOB, "calendar", new CalendarGrant(CAROL, CalendarAccess.READ));
            return null;
        });
        assertEquals(CalendarAccess.WRITE, tx(s -> s.access(ALICE, BOB, "calendar")));
        assertEquals(CalendarAccess.READ, tx(s -> s.access(CAROL, BOB, "calendar")), "the user entry wins over the domain");
        assertEquals(CalendarAccess.FREE_BUSY, tx(s -> s.access(DAVE, BOB, "calendar")));
        tx(s -> s.putOf(ALICE, BOB, "calendar", "from-alice.ics", event("fa", "20250306T090000Z", "20250306T100000Z"), null, true));
        assertEquals(List.of(new BusyPeriod(t("2025-03-04T09:00:00Z"), t("2025-03-04T10:00:00Z"), "BUSY"),
                        new BusyPeriod(t("2025-03-06T09:00:00Z"), t("2025-03-06T10:00:00Z"), "BUSY")),
                tx(s -> s.busyOf(DAVE, BOB, "calendar", t("2025-03-03T00:00:00Z"), t("2025-03-10T00:00:00Z"))));
        refused(CalendarException.Kind.FORBIDDEN, () -> tx(s -> s.getOf(DAVE, BOB, "calendar", "b.ics")));
        tx(s -> {
            s.revoke(BOB, "calendar", "*");
            return null;
        });
        refused(CalendarException.Kind.NOT_FOUND, () -> tx(s -> s.busyOf(DAVE, BOB, "calendar", t("2025-03-03T00:00:00Z"),
                t("2025-03-10T00:00:00Z"))));
        refused(CalendarException.Kind.BAD_REQUEST, () -> tx(s -> {
            s.grant(BOB, "calendar", new CalendarGrant("not an address", CalendarAccess.READ));
            return null;
        }));
    }
}
