package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** RFC 4791 §9.6.5 expand in a time-range calendar-query, as Evolution and DAVx5 may ask it, on the running suite. */
class CalDavExpandIT {

    @Test
    void expandReturnsOneUtcComponentPerInstance() {
        String alice = CalDavDiscoveryIT.basic(CardDavIT.ALICE, Suite.demoPassword());
        String cal = "/dav/calendars/" + CardDavIT.ALICE + "/ex-" + System.nanoTime() + "/";
        assertEquals(201, CardDavIT.xml(alice, "MKCALENDAR", cal, null, """
                <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                <d:set><d:prop><d:displayname>EX</d:displayname></d:prop></d:set></c:mkcalendar>""").statusCode());
        assertEquals(201, CalDavIT.ics(alice, cal + "w.ics", CalDavIT.WEEKLY.replace("it-weekly", "ex-weekly"), null, null)
                .statusCode());
        HttpResponse<String> r = CardDavIT.xml(alice, "REPORT", cal, "1", """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                <d:prop><d:getetag/><c:calendar-data><c:expand start="20260309T000000Z" end="20260323T000000Z"/></c:calendar-data></d:prop>
                <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                <c:time-range start="20260309T000000Z" end="20260323T000000Z"/></c:comp-filter></c:comp-filter></c:filter>
                </c:calendar-query>""");
        assertEquals(207, r.statusCode(), r.body());
        String body = r.body();
        // 9 March at 09:00 Berlin (08:00Z) and the 16 March one moved to 17 March 15:00 (14:00Z)
        assertTrue(body.contains("RECURRENCE-ID:20260309T080000Z"), body);
        assertTrue(body.contains("DTSTART:20260309T080000Z"), body);
        assertTrue(body.contains("RECURRENCE-ID:20260316T080000Z"), body);
        assertTrue(body.contains("DTSTART:20260317T140000Z"), body);
        assertFalse(body.contains("RRULE") || body.contains("TZID"), body);
    }
}
