package dev.parley.calendar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.calendar.api.BusyPeriod;
import dev.parley.calendar.api.CalendarException;
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

/** Free/busy from the instance index (RFC 4791 §7.10) on the migrated test database. */
class CalendarFreeBusyIT {

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

    @Test
    void busyTimeOfACalendarHonoursTranspStatusAndOverrides() {
        tx(s -> s.put(ALICE, "calendar", "a.ics", event("a", "20250304T090000Z", "20250304T100000Z"), null, true));
        tx(s -> s.put(ALICE, "calendar", "b.ics", event("b", "20250304T093000Z", "20250304T110000Z"), null, true));
        tx(s -> s.put(ALICE, "calendar", "free.ics", event("free", "20250305T090000Z", "20250305T100000Z", "TRANSP:TRANSPARENT\r\n"),
                null, true));
        tx(s -> s.put(ALICE, "calendar", "maybe.ics", event("maybe", "20250306T090000Z", "20250306T100000Z", "STATUS:TENTATIVE\r\n"),
                null, true));
        // daily at 14:00 Europe/Paris across the DST change of 30 March 2025, the 1 April one cancelled
        String daily = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//it//EN\r\nBEGIN:VEVENT\r\nUID:daily\r\nDTSTAMP:20250101T000000Z\r\n"
                + "DTSTART;TZID=Europe/Paris:20250329T140000\r\nDTEND;TZID=Europe/Paris:20250329T150000\r\nRRULE:FREQ=DAILY\r\n"
                + "SUMMARY:Daily\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nUID:daily\r\nDTSTAMP:20250101T000000Z\r\n"
                + "RECURRENCE-ID;TZID=Europe/Paris:20250401T140000\r\nDTSTART;TZID=Europe/Paris:20250401T140000\r\n"
                + "DTEND;TZID=Europe/Paris:20250401T150000\r\nSTATUS:CANCELLED\r\nSUMMARY:Daily\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        tx(s -> s.put(ALICE, "calendar", "daily.ics", daily, null, true));

        assertEquals(List.of(
                new BusyPeriod(t("2025-03-04T09:00:00Z"), t("2025-03-04T11:00:00Z"), "BUSY"),
                new BusyPeriod(t("2025-03-06T09:00:00Z"), t("2025-03-06T10:00:00Z"), "BUSY-TENTATIVE")),
                tx(s -> s.busy(ALICE, "calendar", t("2025-03-03T00:00:00Z"), t("2025-03-10T00:00:00Z"))));
        // 14:00 Paris is 13:00Z before 30 March and 12:00Z after; 1 April is cancelled
        assertEquals(List.of(
                new BusyPeriod(t("2025-03-29T13:00:00Z"), t("2025-03-29T14:00:00Z"), "BUSY"),
                new BusyPeriod(t("2025-03-30T12:00:00Z"), t("2025-03-30T13:00:00Z"), "BUSY"),
                new BusyPeriod(t("2025-03-31T12:00:00Z"), t("2025-03-31T13:00:00Z"), "BUSY"),
                new BusyPeriod(t("2025-04-02T12:00:00Z"), t("2025-04-02T13:00:00Z"), "BUSY")),
                tx(s -> s.busy(ALICE, "calendar", t("2025-03-29T00:00:00Z"), t("2025-04-03T00:00:00Z"))));
        // far beyond the stored window of the infinite rule: expanded again in memory
        assertEquals(List.of(new BusyPeriod(t("2031-07-01T12:00:00Z"), t("2031-07-01T13:00:00Z"), "BUSY")),
                tx(s -> s.busy(ALICE, "calendar", t("2031-07-01T00:00:00Z"), t("2031-07-02T00:00:00Z"))));
    }

    @Test
    void freeBusyOfAUserCoversAllTheirCalendarsAndIsSeenByOthers() {
        tx(s -> s.createCalendar(BOB, "work", CalendarProps.NONE));
        tx(s -> s.put(BOB, "calendar", "home.ics", event("home", "20250304T080000Z", "20250304T090000Z"), null, true));
        tx(s -> s.put(BOB, "work", "work.ics", event("work", "20250304T090000Z", "20250304T100000Z", "CLASS:PRIVATE\r\n"), null, true));
        assertEquals(List.of(new BusyPeriod(t("2025-03-04T08:00:00Z"), t("2025-03-04T10:00:00Z"), "BUSY")),
                tx(s -> s.freeBusy(ALICE, BOB, t("2025-03-03T00:00:00Z"), t("2025-03-10T00:00:00Z"))));
        CalendarException e = assertThrows(CalendarException.class,
                () -> tx(s -> s.freeBusy(ALICE, "nobody@example.test", t("2025-03-03T00:00:00Z"), t("2025-03-10T00:00:00Z"))));
        assertEquals(CalendarException.Kind.NOT_FOUND, e.kind());
        e = assertThrows(CalendarException.class,
                () -> tx(s -> s.busy(ALICE, "calendar", t("2025-03-10T00:00:00Z"), t("2025-03-03T00:00:00Z"))));
        assertEquals(CalendarException.Kind.BAD_REQUEST, e.kind());
    }
}
