package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CalDAV (RFC 4791) against the running suite with java.net.http and HTTP Basic, as Thunderbird, Apple
 * Calendar and DAVx5 send it: discovery → calendar-home-set → MKCALENDAR → PUT events (one with a
 * recurrence and a moved instance) → time-range calendar-query → calendar-multiget → sync-collection →
 * If-Match conflicts → malformed iCalendar refused with nothing stored → another user refused.
 */
class CalDavIT {

    static final String ALICE = CardDavIT.ALICE;
    static final String BOB = CardDavIT.BOB;
    private static String alice;
    private static String bob;

    @BeforeAll
    static void credentials() {
        alice = CalDavDiscoveryIT.basic(ALICE, Suite.demoPassword());
        bob = CalDavDiscoveryIT.basic(BOB, Suite.demoPassword());
    }

    static HttpResponse<String> ics(String auth, String path, String body, String header, String value) {
        return header == null ? CardDavIT.send(auth, "PUT", path, body, Map.of("Content-Type", "text/calendar; charset=utf-8"))
                : CardDavIT.send(auth, "PUT", path, body, Map.of("Content-Type", "text/calendar; charset=utf-8", header, value));
    }

    static String event(String uid, String start, String end, String summary) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley IT//EN\r\nBEGIN:VEVENT\r\nUID:" + uid
                + "\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:" + start + "\r\nDTEND:" + end + "\r\nSUMMARY:" + summary
                + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    static final String WEEKLY = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley IT//EN\r\n"
            + "BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin\r\nBEGIN:DAYLIGHT\r\nTZOFFSETFROM:+0100\r\nTZOFFSETTO:+0200\r\nTZNAME:CEST\r\n"
            + "DTSTART:19700329T020000\r\nRRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU\r\nEND:DAYLIGHT\r\nBEGIN:STANDARD\r\n"
            + "TZOFFSETFROM:+0200\r\nTZOFFSETTO:+0100\r\nTZNAME:CET\r\nDTSTART:19701025T030000\r\nRRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU\r\n"
            + "END:STANDARD\r\nEND:VTIMEZONE\r\n"
            + "BEGIN:VEVENT\r\nUID:it-weekly\r\nDTSTAMP:20250101T000000Z\r\nDTSTART;TZID=Europe/Berlin:20260302T090000\r\n"
            + "DTEND;TZID=Europe/Berlin:20260302T093000\r\nRRULE:FREQ=WEEKLY;COUNT=8\r\nSUMMARY:Standup\r\nEND:VEVENT\r\n"
            + "BEGIN:VEVENT\r\nUID:it-weekly\r\nDTSTAMP:20250101T000000Z\r\nRECURRENCE-ID;TZID=Europe/Berlin:20260316T090000\r\n"
            + "DTSTART;TZID=Europe/Berlin:20260317T150000\r\nDTEND;TZID=Europe/Berlin:20260317T153000\r\nSUMMARY:Standup (moved)\r\n"
            + "END:VEVENT\r\nEND:VCALENDAR\r\n";

    static String timeRangeQuery(String start, String end) {
        return """
                <c:calendar-query xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                <d:prop><d:getetag/><c:calendar-data/></d:prop>
                <c:filter><c:comp-filter name="VCALENDAR"><c:comp-filter name="VEVENT">
                <c:time-range start="%s" end="%s"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>""".formatted(start, end);
    }

    @Test
    void discoveryCalendarEventsRangeSyncAndRefusals() {
        HttpResponse<String> principal = CardDavIT.xml(alice, "PROPFIND", "/dav/principals/" + ALICE + "/", "0",
                "<d:propfind xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop><c:calendar-home-set/>"
                        + "<c:calendar-user-address-set/></d:prop></d:propfind>");
        assertEquals(207, principal.statusCode(), principal.body());
        String home = "/dav/calendars/" + ALICE + "/";
        assertTrue(principal.body().contains(home) && principal.body().contains("mailto:" + ALICE), principal.body());
        HttpResponse<String> calendars = CardDavIT.xml(alice, "PROPFIND", home, "1",
                "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:displayname/></d:prop></d:propfind>");
        assertEquals(207, calendars.statusCode(), calendars.body());
        assertTrue(calendars.body().contains(home + "calendar/"), "the default calendar: " + calendars.body());
        assertTrue(CardDavIT.send(alice, "OPTIONS", home, null, Map.of()).headers().firstValue("DAV").orElse("").contains("calendar-access"));

        String cal = home + "it-" + System.nanoTime() + "/";
        HttpResponse<String> made = CardDavIT.xml(alice, "MKCALENDAR", cal, null, """
                <c:mkcalendar xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:a="http://apple.com/ns/ical/">
                <d:set><d:prop><d:displayname>IT Work</d:displayname><a:calendar-color>#3366CCFF</a:calendar-color>
                <c:supported-calendar-component-set><c:comp name="VEVENT"/></c:supported-calendar-component-set>
                </d:prop></d:set></c:mkcalendar>""");
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(403, CardDavIT.xml(alice, "MKCALENDAR", cal, null, null).statusCode(), "RFC 4791 resource-must-be-null");
        try {
            HttpResponse<String> props = CardDavIT.xml(alice, "PROPFIND", cal, "0", """
                    <d:propfind xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav" xmlns:cs="http://calendarserver.org/ns/">
                    <d:prop><d:displayname/><c:supported-calendar-component-set/><d:sync-token/><cs:getctag/>
                    <d:supported-report-set/><d:current-user-privilege-set/></d:prop></d:propfind>""");
            assertEquals(207, props.statusCode(), props.body());
            assertTrue(props.body().contains(">IT Work<") && props.body().contains("name=\"VEVENT\""), props.body());
            assertTrue(props.body().contains("calendar-multiget") && props.body().contains("sync-collection"), props.body());
            String token0 = CardDavIT.first(CardDavIT.xml(alice, "REPORT", cal, "1", CardDavIT.syncCollection("")).body(),
                    "sync-token>([^<]+)<");

            HttpResponse<String> one = ics(alice, cal + "one.ics", event("it-one", "20260305T100000Z", "20260305T110000Z", "Review"),
                    "If-None-Match", "*");
            assertEquals(201, one.statusCode(), one.body());
            String etag1 = one.headers().firstValue("ETag").orElseThrow();
            assertEquals(201, ics(alice, cal + "weekly.ics", WEEKLY, null, null).statusCode());
            assertEquals(201, ics(alice, cal + "may.ics", event("it-may", "20260510T100000Z", "20260510T110000Z", "May"), null, null)
                    .statusCode());
            // a VTODO is not in this calendar's component set
            HttpResponse<String> todo = ics(alice, cal + "todo.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//x//EN\r\nBEGIN:VTODO\r\n"
                    + "UID:it-todo\r\nDTSTAMP:20250101T000000Z\r\nSUMMARY:Todo\r\nEND:VTODO\r\nEND:VCALENDAR\r\n", null, null);
            assertEquals(403, todo.statusCode(), todo.body());
            assertTrue(todo.body().contains("supported-calendar-component"), todo.body());

            // March: the one-off and the recurring series (its moved instance included)
            HttpResponse<String> march = CardDavIT.xml(alice, "REPORT", cal, "1", timeRangeQuery("20260301T000000Z", "20260401T000000Z"));
            assertEquals(207, march.statusCode(), march.body());
            assertTrue(march.body().contains("one.ics") && march.body().contains("weekly.ics"), march.body());
            assertFalse(march.body().contains("may.ics"), march.body());
            // the slot the moved instance left (16 March 08:00 UTC) is empty; its new slot (17 March 14:00 UTC) is not
            assertFalse(CardDavIT.xml(alice, "REPORT", cal, "1", timeRangeQuery("20260316T080000Z", "20260316T083000Z")).body()
                    .contains("weekly.ics"));
            assertTrue(CardDavIT.xml(alice, "REPORT", cal, "1", timeRangeQuery("20260317T140000Z", "20260317T141500Z")).body()
                    .contains("weekly.ics"));
            // after the DST change (29 March) the 09:00 Berlin standup is at 07:00 UTC
            assertTrue(CardDavIT.xml(alice, "REPORT", cal, "1", timeRangeQuery("20260330T070000Z", "20260330T071500Z")).body()
                    .contains("weekly.ics"));

            HttpResponse<String> multiget = CardDavIT.xml(alice, "REPORT", cal, "1", """
                    <c:calendar-multiget xmlns:d="DAV:" xmlns:c="urn:ietf:params:xml:ns:caldav">
                    <d:prop><d:getetag/><c:calendar-data/></d:prop><d:href>%sone.ics</d:href><d:href>%snone.ics</d:href>
                    </c:calendar-multiget>""".formatted(cal, cal));
            assertEquals(207, multiget.statusCode(), multiget.body());
            assertTrue(multiget.body().contains("SUMMARY:Review") && multiget.body().contains("404"), multiget.body());

            // If-Match: a stale ETag is refused, the current one replaces
            HttpResponse<String> updated = ics(alice, cal + "one.ics", event("it-one", "20260305T120000Z", "20260305T130000Z", "Review later"),
                    "If-Match", etag1);
            assertEquals(204, updated.statusCode(), updated.body());
            assertNotEquals(etag1, updated.headers().firstValue("ETag").orElseThrow());
            assertEquals(412, ics(alice, cal + "one.ics", event("it-one", "20260305T140000Z", "20260305T150000Z", "Lost"),
                    "If-Match", etag1).statusCode());
            HttpResponse<String> got = CardDavIT.send(alice, "GET", cal + "one.ics", null, Map.of());
            assertTrue(got.body().contains("SUMMARY:Review later"), got.body());

            // malformed iCalendar and a UID used by another resource: refused, nothing stored
            HttpResponse<String> broken = ics(alice, cal + "broken.ics", "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nBEGIN:VEVENT\r\n", null, null);
            assertEquals(403, broken.statusCode(), broken.body());
            assertTrue(broken.body().contains("valid-calendar-data"), broken.body());
            HttpResponse<String> twin = ics(alice, cal + "twin.ics", event("it-one", "20260306T100000Z", "20260306T110000Z", "Twin"), null, null);
            assertEquals(403, twin.statusCode(), twin.body());
            assertTrue(twin.body().contains("no-uid-conflict"), twin.body());
            assertEquals(404, CardDavIT.send(alice, "GET", cal + "broken.ics", null, Map.of()).statusCode());

            // RFC 6578
            HttpResponse<String> sync1 = CardDavIT.xml(alice, "REPORT", cal, "1", CardDavIT.syncCollection(token0));
            assertEquals(207, sync1.statusCode(), sync1.body());
            assertTrue(sync1.body().contains("one.ics") && sync1.body().contains("weekly.ics") && sync1.body().contains("may.ics"));
            String token1 = CardDavIT.first(sync1.body(), "sync-token>([^<]+)<");
            assertEquals(204, CardDavIT.send(alice, "DELETE", cal + "may.ics", null, Map.of()).statusCode());
            HttpResponse<String> sync2 = CardDavIT.xml(alice, "REPORT", cal, "1", CardDavIT.syncCollection(token1));
            assertTrue(sync2.body().contains("may.ics") && sync2.body().contains("404") && !sync2.body().contains("weekly.ics"),
                    sync2.body());

            // another user reaches none of it
            assertEquals(404, CardDavIT.xml(bob, "PROPFIND", cal, "0", CalDavDiscoveryIT.CURRENT_USER_PRINCIPAL).statusCode());
            assertEquals(404, CardDavIT.send(bob, "GET", cal + "one.ics", null, Map.of()).statusCode());
            assertEquals(404, CardDavIT.send(bob, "DELETE", cal + "one.ics", null, Map.of()).statusCode());
        } finally {
            assertEquals(204, CardDavIT.send(alice, "DELETE", cal, null, Map.of()).statusCode());
        }
    }
}
