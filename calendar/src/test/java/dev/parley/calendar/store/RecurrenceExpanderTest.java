package dev.parley.calendar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.Instant;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.Test;

class RecurrenceExpanderTest {

    static final String WEEKLY = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
            + "BEGIN:VEVENT\r\nUID:w\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20260323T090000\r\n"
            + "DTEND;TZID=Europe/Berlin:20260323T093000\r\nRRULE:FREQ=WEEKLY;COUNT=4\r\nEXDATE;TZID=Europe/Berlin:20260413T090000\r\n"
            + "SUMMARY:Standup\r\nBEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:soon\r\nTRIGGER:-PT5M\r\nEND:VALARM\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:w\r\nDTSTAMP:20250101T000000Z\r\nRECURRENCE-ID;TZID=Europe/Berlin:20260330T090000\r\n"
            + "DTSTART;TZID=Europe/Berlin:20260331T150000\r\nDTEND;TZID=Europe/Berlin:20260331T153000\r\nSUMMARY:Moved\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void oneUtcComponentPerInstanceAcrossDstWithOverrideAndExdate() throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(WEEKLY));
        String out = RecurrenceExpander.expand(cal, Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-05-01T00:00:00Z"));
        assertEquals(3, out.split("BEGIN:VEVENT", -1).length - 1, out);
        // 23 March is still CET (UTC+1); 29 March DST starts (UTC+2)
        assertTrue(out.contains("RECURRENCE-ID:20260323T080000Z\r\nDTSTART:20260323T080000Z\r\nDTEND:20260323T083000Z\r\n"), out);
        assertTrue(out.contains("RECURRENCE-ID:20260330T070000Z\r\nDTSTART:20260331T130000Z\r\nDTEND:20260331T133000Z\r\n"), out);
        assertTrue(out.contains("SUMMARY:Moved"), out);
        assertTrue(out.contains("DTSTART:20260406T070000Z"), out);
        assertFalse(out.contains("20260413"), "the EXDATE instance is gone: " + out);
        assertFalse(out.contains("RRULE") || out.contains("EXDATE") || out.contains("TZID"), out);
        assertTrue(out.contains("BEGIN:VALARM"), "subcomponents stay: " + out);
    }

    @Test
    void onlyInstancesInTheRange() throws Exception {
        Calendar cal = new CalendarBuilder().build(new StringReader(WEEKLY));
        String out = RecurrenceExpander.expand(cal, Instant.parse("2026-04-01T00:00:00Z"), Instant.parse("2026-04-10T00:00:00Z"));
        assertEquals(1, out.split("BEGIN:VEVENT", -1).length - 1, out);
        assertTrue(out.contains("DTSTART:20260406T070000Z"), out);
    }
}
