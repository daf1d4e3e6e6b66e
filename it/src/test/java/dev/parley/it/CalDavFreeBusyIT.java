package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * CALDAV:free-busy-query (RFC 4791 §7.10) against the running suite: busy time of a calendar from its
 * instance index, transparent events left out, one VFREEBUSY as text/calendar.
 */
class CalDavFreeBusyIT {

    static final String ALICE = CardDavIT.ALICE;

    @Test
    void freeBusyQueryAnswersBusyTimeOfTheCalendar() {
        String alice = CalDavDiscoveryIT.basic(ALICE, Suite.demoPassword());
        String cal = "/dav/calendars/" + ALICE + "/fb-" + System.nanoTime() + "/";
        HttpResponse<String> made = CardDavIT.xml(alice, "MKCALENDAR", cal, null, """
                <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                <d:set><d:prop><d:displayname>FB</d:displayname></d:prop></d:set></c:mkcalendar>""");
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(201, CalDavIT.ics(alice, cal + "a.ics",
                CalDavIT.event("fb-a", "20260304T090000Z", "20260304T100000Z", "Busy"), null, null).statusCode());
        String transparent = CalDavIT.event("fb-b", "20260304T120000Z", "20260304T130000Z", "Free")
                .replace("SUMMARY:Free", "SUMMARY:Free\r\nTRANSP:TRANSPARENT");
        assertEquals(201, CalDavIT.ics(alice, cal + "b.ics", transparent, null, null).statusCode());
        assertEquals(201, CalDavIT.ics(alice, cal + "c.ics", CalDavIT.WEEKLY.replace("it-weekly", "fb-weekly"), null, null)
                .statusCode());

        HttpResponse<String> fb = CardDavIT.xml(alice, "REPORT", cal, "1", """
                <c:free-busy-query xmlns:c="urn:ietf:params:xml:ns:caldav">
                <c:time-range start="20260302T000000Z" end="20260309T000000Z"/></c:free-busy-query>""");
        assertEquals(200, fb.statusCode(), fb.body());
        assertTrue(fb.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), fb.headers().toString());
        String body = fb.body();
        assertTrue(body.contains("BEGIN:VFREEBUSY"), body);
        assertTrue(body.contains("DTSTART:20260302T000000Z"), body);
        assertTrue(body.contains("FREEBUSY:20260304T090000Z/20260304T100000Z"), body);
        // the weekly stand-up: 09:00 Berlin is 08:00Z in March before the DST change
        assertTrue(body.contains("FREEBUSY:20260302T080000Z/20260302T083000Z"), body);
        assertFalse(body.contains("20260304T120000Z"), "a transparent event is free time: " + body);

        HttpResponse<String> bad = CardDavIT.xml(alice, "REPORT", cal, "1", """
                <c:free-busy-query xmlns:c="urn:ietf:params:xml:ns:caldav"/>""");
        assertEquals(400, bad.statusCode(), bad.body());
    }
}
