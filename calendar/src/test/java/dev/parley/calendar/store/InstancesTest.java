package dev.parley.calendar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;

class InstancesTest {

    static Calendar parse(String... lines) throws Exception {
        return new CalendarBuilder().build(new StringReader(String.join("\r\n", lines) + "\r\n"));
    }

    static final String[] BERLIN = {
        "BEGIN:VTIMEZONE", "TZID:Europe/Berlin",
        "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
        "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT",
        "BEGIN:STANDARD", "TZOFFSETFROM:+0200", "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000",
        "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU", "END:STANDARD", "END:VTIMEZONE"};

    static Calendar weekly(String... extra) throws Exception {
        List<String> lines = new java.util.ArrayList<>(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//test//EN"));
        lines.addAll(List.of(BERLIN));
        lines.addAll(List.of("BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20250101T000000Z",
                "DTSTART;TZID=Europe/Berlin:20250317T090000", "DTEND;TZID=Europe/Berlin:20250317T100000",
                "RRULE:FREQ=WEEKLY;COUNT=4", "EXDATE;TZID=Europe/Berlin:20250407T090000", "SUMMARY:Standup", "END:VEVENT"));
        lines.addAll(List.of(extra));
        lines.add("END:VCALENDAR");
        return parse(lines.toArray(String[]::new));
    }

    @Test
    void aWeeklyMeetingKeepsItsLocalTimeAcrossTheDaylightSavingChange() throws Exception {
        List<Instances.Instance> all = Instances.expand(weekly(), Instant.parse("2025-01-01T00:00:00Z"),
                Instant.parse("2026-01-01T00:00:00Z"));
        // 17 and 24 March are CET (08:00 UTC), 31 March after the change is CEST (07:00 UTC); 7 April excluded
        assertEquals(List.of("2025-03-17T08:00:00Z", "2025-03-24T08:00:00Z", "2025-03-31T07:00:00Z"),
                all.stream().map(i -> i.start().toString()).toList());
        assertEquals(Instant.parse("2025-03-31T08:00:00Z"), all.get(2).end());
        assertEquals("2025-03-24T08:00:00Z", all.get(1).recurrenceId());
    }

    @Test
    void anOverrideReplacesTheOccurrenceItNames() throws Exception {
        Calendar c = weekly("BEGIN:VEVENT", "UID:weekly-1", "DTSTAMP:20250101T000000Z",
                "RECURRENCE-ID;TZID=Europe/Berlin:20250324T090000",
                "DTSTART;TZID=Europe/Berlin:20250325T140000", "DTEND;TZID=Europe/Berlin:20250325T150000",
                "SUMMARY:Standup moved", "END:VEVENT");
        List<Instances.Instance> all = Instances.expand(c, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(List.of("2025-03-17T08:00:00Z", "2025-03-25T13:00:00Z", "2025-03-31T07:00:00Z"),
                all.stream().map(i -> i.start().toString()).toList());
        assertEquals("2025-03-24T08:00:00Z", all.get(1).recurrenceId());
        assertTrue(Instances.recurring(c));
    }

    @Test
    void theWindowLimitsTheSetAndOneOffsAndAllDayEventsHaveTheirBounds() throws Exception {
        assertEquals(1, Instances.expand(weekly(), Instant.parse("2025-03-30T00:00:00Z"), Instant.parse("2025-04-30T00:00:00Z")).size());
        Calendar allDay = parse("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", "BEGIN:VEVENT", "UID:d", "DTSTAMP:20250101T000000Z",
                "DTSTART;VALUE=DATE:20250501", "SUMMARY:Holiday", "END:VEVENT", "END:VCALENDAR");
        List<Instances.Instance> one = Instances.expand(allDay, Instant.parse("2025-01-01T00:00:00Z"), Instant.parse("2026-01-01T00:00:00Z"));
        assertEquals(Instant.parse("2025-05-01T00:00:00Z"), one.get(0).start());
        assertEquals(Instant.parse("2025-05-02T00:00:00Z"), one.get(0).end(), "a DATE without DTEND lasts a day");
        assertFalse(Instances.recurring(allDay));
        assertTrue(Instances.expand(allDay, Instant.parse("2025-06-01T00:00:00Z"), Instant.parse("2025-07-01T00:00:00Z")).isEmpty());
        Calendar todo = parse("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//t//EN", "BEGIN:VTODO", "UID:t", "DTSTAMP:20250101T000000Z",
                "SUMMARY:Someday", "END:VTODO", "END:VCALENDAR");
        Instances.Instance unbounded = Instances.expand(todo, Instant.EPOCH, Instant.EPOCH.plusSeconds(1)).get(0);
        assertNull(unbounded.start(), "no start: overlaps every range (RFC 4791 §9.9)");
    }
}
