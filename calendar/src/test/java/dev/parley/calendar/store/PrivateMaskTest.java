package dev.parley.calendar.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PrivateMaskTest {

    static final String PRIVATE = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//t//EN\r\n"
            + "BEGIN:VTIMEZONE\r\nTZID:Europe/Paris\r\nBEGIN:STANDARD\r\nDTSTART:19701025T030000\r\nTZOFFSETFROM:+0200\r\n"
            + "TZOFFSETTO:+0100\r\nEND:STANDARD\r\nEND:VTIMEZONE\r\n"
            + "BEGIN:VEVENT\r\nUID:p1\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;TZID=Europe/Paris:20250304T090000\r\n"
            + "DTEND;TZID=Europe/Paris:20250304T100000\r\nRRULE:FREQ=WEEKLY;COUNT=3\r\nCLASS:PRIVATE\r\nSUMMARY:Doctor\r\n"
            + "DESCRIPTION:long\r\n  folded text\r\nLOCATION:Clinic\r\nATTENDEE;CN=Dr X:mailto:x@example.test\r\n"
            + "BEGIN:VALARM\r\nACTION:DISPLAY\r\nDESCRIPTION:Doctor soon\r\nTRIGGER:-PT15M\r\nEND:VALARM\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    @Test
    void keepsTimesAndRecurrenceDropsEverythingElse() {
        String masked = PrivateMask.mask(PRIVATE);
        assertTrue(masked.contains("DTSTART;TZID=Europe/Paris:20250304T090000\r\n"), masked);
        assertTrue(masked.contains("RRULE:FREQ=WEEKLY;COUNT=3\r\n"), masked);
        assertTrue(masked.contains("TZOFFSETTO:+0100\r\n"), "time zones stay: " + masked);
        assertTrue(masked.contains("SUMMARY:Busy\r\nEND:VEVENT\r\n"), masked);
        for (String secret : new String[] {"Doctor", "long", "folded", "Clinic", "ATTENDEE", "VALARM", "TRIGGER"}) {
            assertFalse(masked.contains(secret), secret + " leaked: " + masked);
        }
        assertEquals(1, masked.split("BEGIN:VEVENT", -1).length - 1);
    }

    @Test
    void onlyPublicIsShown() {
        assertFalse(PrivateMask.hides("PUBLIC"));
        assertFalse(PrivateMask.hides(null));
        assertTrue(PrivateMask.hides("PRIVATE"));
        assertTrue(PrivateMask.hides("CONFIDENTIAL"));
        assertTrue(PrivateMask.hides("X-SECRET"), "RFC 5545 §3.8.1.3: unknown classes are treated as PRIVATE");
    }
}
