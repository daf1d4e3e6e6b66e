package dev.parley.calendar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.api.CalendarProps;
import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.api.ObjectChanges;
import dev.parley.calendar.api.StoredObject;
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

/** The calendar store on the migrated test database, each call in its own JDBC transaction. */
class CalendarStoreIT {

    static TestDatabase database;
    static final String ALICE = "alice@example.test";
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

    static CalendarException refused(CalendarException.Kind kind, Runnable call) {
        CalendarException e = assertThrows(CalendarException.class, call::run);
        assertEquals(kind, e.kind(), e::getMessage);
        return e;
    }

    @Test
    void defaultCalendarPutGetRangeAndSync() {
        assertEquals(List.of("calendar"), tx(s -> s.calendars(ALICE)).stream().map(c -> c.name()).toList());
        String token0 = tx(s -> s.changes(ALICE, "calendar", null)).syncToken();
        CalendarService.PutResult one = tx(s -> s.put(ALICE, "calendar", "one.ics", event("one", "20250310T090000Z", "20250310T100000Z"), null, true));
        assertTrue(one.created());
        // weekly for 10 weeks from 3 March, the 17 March one moved to the next day
        String weekly = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//it//EN\r\nBEGIN:VEVENT\r\nUID:weekly\r\nDTSTAMP:20250101T000000Z\r\n"
                + "DTSTART:20250303T120000Z\r\nDTEND:20250303T130000Z\r\nRRULE:FREQ=WEEKLY;COUNT=10\r\nSUMMARY:Weekly\r\nEND:VEVENT\r\n"
                + "BEGIN:VEVENT\r\nUID:weekly\r\nDTSTAMP:20250101T000000Z\r\nRECURRENCE-ID:20250317T120000Z\r\n"
                + "DTSTART:20250318T120000Z\r\nDTEND:20250318T130000Z\r\nSUMMARY:Weekly moved\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        tx(s -> s.put(ALICE, "calendar", "weekly.ics", weekly, null, true));
        tx(s -> s.put(ALICE, "calendar", "june.ics", event("june", "20250601T090000Z", "20250601T100000Z"), null, false));

        List<String> march = tx(s -> s.inRange(ALICE, "calendar", "VEVENT", Instant.parse("2025-03-01T00:00:00Z"),
                Instant.parse("2025-04-01T00:00:00Z"))).stream().map(StoredObject::resourceName).sorted().toList();
        assertEquals(List.of("one.ics", "weekly.ics"), march);
        assertEquals(List.of("weekly.ics"), tx(s -> s.inRange(ALICE, "calendar", null, Instant.parse("2025-03-18T12:30:00Z"),
                Instant.parse("2025-03-18T12:45:00Z"))).stream().map(StoredObject::resourceName).toList(), "the moved instance");
        assertTrue(tx(s -> s.inRange(ALICE, "calendar", null, Instant.parse("2025-03-17T12:00:00Z"),
                Instant.parse("2025-03-17T13:00:00Z"))).isEmpty(), "the original slot of the moved instance is free");
        // far outside the stored window: expanded again in memory (nothing there: COUNT=10 ended in May)
        assertTrue(tx(s -> s.inRange(ALICE, "calendar", null, Instant.parse("2030-01-01T00:00:00Z"),
                Instant.parse("2030-02-01T00:00:00Z"))).isEmpty());

        ObjectChanges all = tx(s -> s.changes(ALICE, "calendar", token0));
        assertEquals(3, all.changed().size());
        CalendarService.PutResult two = tx(s -> s.put(ALICE, "calendar", "one.ics", event("one", "20250311T090000Z", "20250311T100000Z"),
                one.etag(), false));
        assertFalse(two.created());
        assertNotEquals(one.etag(), two.etag());
        refused(CalendarException.Kind.PRECONDITION_FAILED, () -> tx(s -> s.put(ALICE, "calendar", "one.ics",
                event("one", "20250312T090000Z", "20250312T100000Z"), one.etag(), false)));
        tx(s -> {
            s.delete(ALICE, "calendar", "june.ics", null);
            return null;
        });
        ObjectChanges later = tx(s -> s.changes(ALICE, "calendar", all.syncToken()));
        assertEquals(List.of("one.ics"), later.changed().stream().map(l -> l.resourceName()).toList());
        assertEquals(List.of("june.ics"), later.deleted());
        refused(CalendarException.Kind.INVALID_SYNC_TOKEN, () -> tx(s -> s.changes(ALICE, "calendar", "urn:other")));
    }

    @Test
    void refusalsStoreNothing() {
        tx(s -> s.put(ALICE, "calendar", "a.ics", event("same-uid", "20250310T090000Z", "20250310T100000Z"), null, false));
        CalendarException conflict = refused(CalendarException.Kind.INVALID, () -> tx(s -> s.put(ALICE, "calendar", "b.ics",
                event("same-uid", "20250311T090000Z", "20250311T100000Z"), null, false)));
        assertEquals("no-uid-conflict", conflict.precondition());
        CalendarException bad = refused(CalendarException.Kind.INVALID, () -> tx(s -> s.put(ALICE, "calendar", "c.ics",
                "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\nUID:x\r\n", null, false)));
        assertEquals("valid-calendar-data", bad.precondition());
        assertEquals(1, tx(s -> s.list(ALICE, "calendar")).size());
        tx(s -> s.createCalendar(ALICE, "work", new CalendarProps("Work", null, "#ff0000", 2, null, List.of("VTODO"))));
        CalendarException component = refused(CalendarException.Kind.INVALID, () -> tx(s -> s.put(ALICE, "work", "e.ics",
                event("e", "20250310T090000Z", "20250310T100000Z"), null, false)));
        assertEquals("supported-calendar-component", component.precondition());
        refused(CalendarException.Kind.EXISTS, () -> tx(s -> s.createCalendar(ALICE, "work", CalendarProps.NONE)));
        refused(CalendarException.Kind.FORBIDDEN, () -> tx(s -> {
            s.deleteCalendar(ALICE, "calendar");
            return null;
        }));
        refused(CalendarException.Kind.NOT_FOUND, () -> tx(s -> s.calendar("bob@example.test", "work")));
    }
}
