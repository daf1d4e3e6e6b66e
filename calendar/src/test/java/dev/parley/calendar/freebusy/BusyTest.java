package dev.parley.calendar.freebusy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class BusyTest {

    static Instant t(String s) {
        return Instant.parse(s);
    }

    static final Instant FROM = t("2025-03-03T00:00:00Z");
    static final Instant TO = t("2025-03-10T00:00:00Z");

    @Test
    void transparentAndCancelledAreFreeTentativeIsTentative() {
        assertNull(Busy.typeOf("TRANSPARENT", null));
        assertNull(Busy.typeOf("OPAQUE", "CANCELLED"));
        assertEquals(Busy.TENTATIVE, Busy.typeOf(null, "tentative"));
        assertEquals(Busy.BUSY, Busy.typeOf("OPAQUE", "CONFIRMED"));
        assertEquals(Busy.BUSY, Busy.typeOf(null, null));
    }

    @Test
    void overlappingAndTouchingPeriodsOfOneTypeMerge() {
        List<Busy> merged = Busy.merge(List.of(
                new Busy(t("2025-03-04T09:00:00Z"), t("2025-03-04T10:00:00Z"), Busy.BUSY),
                new Busy(t("2025-03-04T09:30:00Z"), t("2025-03-04T11:00:00Z"), Busy.BUSY),
                new Busy(t("2025-03-04T11:00:00Z"), t("2025-03-04T11:30:00Z"), Busy.BUSY),
                new Busy(t("2025-03-04T10:00:00Z"), t("2025-03-04T12:00:00Z"), Busy.TENTATIVE),
                new Busy(t("2025-03-05T09:00:00Z"), t("2025-03-05T10:00:00Z"), Busy.BUSY)), FROM, TO);
        assertEquals(List.of(
                new Busy(t("2025-03-04T09:00:00Z"), t("2025-03-04T11:30:00Z"), Busy.BUSY),
                new Busy(t("2025-03-04T10:00:00Z"), t("2025-03-04T12:00:00Z"), Busy.TENTATIVE),
                new Busy(t("2025-03-05T09:00:00Z"), t("2025-03-05T10:00:00Z"), Busy.BUSY)), merged);
    }

    @Test
    void periodsAreClippedToTheRangeAndEmptyOnesDropped() {
        List<Busy> merged = Busy.merge(List.of(
                new Busy(t("2025-03-02T22:00:00Z"), t("2025-03-03T02:00:00Z"), Busy.BUSY),
                new Busy(t("2025-03-01T22:00:00Z"), t("2025-03-02T02:00:00Z"), Busy.BUSY),
                new Busy(t("2025-03-09T23:00:00Z"), t("2025-03-11T00:00:00Z"), Busy.UNAVAILABLE)), FROM, TO);
        assertEquals(List.of(
                new Busy(FROM, t("2025-03-03T02:00:00Z"), Busy.BUSY),
                new Busy(t("2025-03-09T23:00:00Z"), TO, Busy.UNAVAILABLE)), merged);
    }

    @Test
    void queryAnswerIsAVfreebusyWithUtcPeriods() {
        String text = FreeBusyRenderer.query(FROM, TO, List.of(
                new Busy(t("2025-03-04T09:00:00Z"), t("2025-03-04T10:00:00Z"), Busy.BUSY),
                new Busy(t("2025-03-04T12:00:00Z"), t("2025-03-04T13:00:00Z"), Busy.TENTATIVE)), t("2025-03-01T00:00:00Z"));
        assertTrue(text.contains("BEGIN:VFREEBUSY\r\n"));
        assertTrue(text.contains("DTSTART:20250303T000000Z\r\nDTEND:20250310T000000Z\r\n"));
        assertTrue(text.contains("FREEBUSY:20250304T090000Z/20250304T100000Z\r\n"));
        assertTrue(text.contains("FREEBUSY;FBTYPE=BUSY-TENTATIVE:20250304T120000Z/20250304T130000Z\r\n"));
        assertTrue(!text.contains("METHOD"), "RFC 4791 §7.10: no METHOD in a free-busy-query answer");
    }

    @Test
    void replyNamesOrganizerAndAttendee() {
        String text = FreeBusyRenderer.reply("fb-1", "alice@example.test", "mailto:bob@example.test", FROM, TO, List.of(),
                t("2025-03-01T00:00:00Z"));
        assertTrue(text.contains("METHOD:REPLY\r\n"));
        assertTrue(text.contains("UID:fb-1\r\n"));
        assertTrue(text.contains("ORGANIZER:mailto:alice@example.test\r\n"));
        assertTrue(text.contains("ATTENDEE:mailto:bob@example.test\r\n"));
    }
}
