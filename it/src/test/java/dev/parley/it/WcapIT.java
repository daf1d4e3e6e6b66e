package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * WCAP against the running suite with java.net.http, sending what Mozilla's WCAP provider sends
 * (wcap.md §6): version → login → get_userprefs → get_calprops → gettime → fetchcomponents_by_range →
 * storeevents → fetch again → deleteevents_by_id → fetch_deletedcomponents → logout; a wrong password
 * is errno 1; bob's calendar is errno 28 for alice; an event stored over WCAP is read over CalDAV and
 * one PUT over CalDAV is fetched over WCAP.
 */
class WcapIT {

    static final String ALICE = CardDavIT.ALICE;
    static final String BOB = CardDavIT.BOB;
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final String BASE = "appid=mozilla-calendar&relativealarm=1&compressed=1&recurring=1&emailorcalid=1";

    static HttpResponse<String> wcap(String command, String query) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(Suite.WEB + "/wcap/" + command + ".wcap?" + query))
                    .timeout(Duration.ofSeconds(60)).GET().build();
            HttpResponse<String> r = CLIENT.send(req, HttpResponse.BodyHandlers.ofString());
            assertEquals(200, r.statusCode(), command + ": " + r.body());
            return r;
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    static String errno(String body) {
        String e = CardDavIT.first(body, "X-NSCP-WCAP-ERRNO[:>](-?\\d+)");
        return e;
    }

    static String login(String user, String password) {
        HttpResponse<String> r = wcap("login", "fmt-out=text%2Fcalendar&user=" + enc(user) + "&password=" + enc(password));
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/calendar"), r.headers().toString());
        assertEquals("0", errno(r.body()), r.body());
        return CardDavIT.first(r.body(), "X-NSCP-WCAP-SESSION-ID:(\\S+)");
    }

    @Test
    void mozillaSessionStoreFetchDeleteLogout() {
        String version = wcap("version", "fmt-out=text%2Fcalendar").body();
        assertTrue(Integer.parseInt(CardDavIT.first(version, "X-NSCP-WCAPVERSION:(\\d+)")) >= 3, version);

        String sid = login(ALICE, Suite.demoPassword());
        String s = "appid=mozilla-calendar&id=" + sid;
        String prefs = wcap("get_userprefs", s + "&fmt-out=text%2Fxml&userid=" + enc(ALICE)).body();
        assertTrue(prefs.contains("<X-NSCP-WCAP-PREF-icsCalendar>" + ALICE + "</X-NSCP-WCAP-PREF-icsCalendar>"), prefs);
        String props = wcap("get_calprops", s + "&fmt-out=text%2Fxml&calid=" + enc(ALICE)).body();
        assertTrue(props.contains("<X-NSCP-CALPROPS-RELATIVE-CALID>" + ALICE + "</X-NSCP-CALPROPS-RELATIVE-CALID>"), props);
        assertEquals("0", errno(props), props);
        assertEquals("0", errno(wcap("gettime", s + "&fmt-out=text%2Fcalendar").body()));

        Instant start = Instant.now().plus(3, ChronoUnit.DAYS).truncatedTo(ChronoUnit.HOURS);
        String dtstart = UTC.format(start);
        String dtend = UTC.format(start.plus(1, ChronoUnit.HOURS));
        String uid = "wcap-it-" + System.nanoTime();
        String range = "appid=mozilla-calendar&id=" + sid + "&relativealarm=1&compressed=1&recurring=1&emailorcalid=1"
                + "&fmt-out=text%2Fcalendar&component-type=event&dtstart=" + UTC.format(start.minus(1, ChronoUnit.DAYS))
                + "&dtend=" + UTC.format(start.plus(2, ChronoUnit.DAYS)) + "&calid=" + enc(ALICE);
        String before = wcap("fetchcomponents_by_range", range).body();
        assertEquals("0", errno(before), before);
        assertFalse(before.contains(uid));

        String stored = wcap("storeevents", BASE.replace("appid=mozilla-calendar", "appid=mozilla-calendar&id=" + sid)
                + "&fmt-out=text%2Fcalendar&calid=" + enc(ALICE) + "&uid=" + uid + "&storetype=1&mod=4&method=1&replace=1&fetch=1"
                + "&smtp=0&smtpNotify=0&notify=0&dtstart=" + dtstart + "&dtend=" + dtend + "&isAllDay=0"
                + "&summary=" + enc("WCAP planning, room 2") + "&desc=" + enc("first\r\nsecond") + "&location=" + enc("Room 2")
                + "&priority=0&icsClass=PUBLIC&status=0&transparent=0&categories="
                + "&attendees=" + enc("RSVP=TRUE^PARTSTAT=NEEDS-ACTION^ROLE=REQ-PARTICIPANT^CN=Bob^mailto:" + BOB)
                + "&orgCalid=" + enc(ALICE) + "&alarmStart=" + enc("-PT15M") + "&alarmEmails=").body();
        assertEquals("0", errno(stored), stored);
        assertTrue(stored.contains("UID:" + uid), stored);

        String after = wcap("fetchcomponents_by_range", range).body().replace("\r\n ", "");
        assertTrue(after.contains("UID:" + uid) && after.contains("SUMMARY:WCAP planning\\, room 2"), after);
        assertTrue(after.contains("mailto:" + BOB), after);

        // the same data over CalDAV: the object is in alice's default calendar
        String auth = CalDavDiscoveryIT.basic(ALICE, Suite.demoPassword());
        HttpResponse<String> dav = CardDavIT.send(auth, "GET", "/dav/calendars/" + ALICE + "/calendar/" + uid + ".ics", null, Map.of());
        assertEquals(200, dav.statusCode(), dav.body());
        assertTrue(dav.body().contains("UID:" + uid), dav.body());

        // and the other way round: a PUT over CalDAV is fetched over WCAP
        String davUid = "wcap-dav-" + System.nanoTime();
        HttpResponse<String> put = CalDavIT.ics(auth, "/dav/calendars/" + ALICE + "/calendar/" + davUid + ".ics",
                CalDavIT.event(davUid, dtstart, dtend, "From CalDAV"), null, null);
        assertEquals(201, put.statusCode(), put.body());
        String byId = wcap("fetchevents_by_id", BASE.replace("appid=mozilla-calendar", "appid=mozilla-calendar&id=" + sid)
                + "&fmt-out=text%2Fcalendar&uid=" + davUid + "&calid=" + enc(ALICE)).body();
        assertTrue(byId.contains("SUMMARY:From CalDAV"), byId);

        Instant beforeDelete = Instant.now().minusSeconds(5);
        String deleted = wcap("deleteevents_by_id", "appid=mozilla-calendar&id=" + sid + "&uid=" + uid
                + "&mod=4&rid=0&fmt-out=text%2Fxml&calid=" + enc(ALICE)).body();
        assertEquals("0", errno(deleted), deleted);
        assertTrue(deleted.contains("<RSTATUS>2.0;"), deleted);
        assertFalse(wcap("fetchcomponents_by_range", range).body().contains("UID:" + uid));
        assertEquals(404, CardDavIT.send(auth, "GET", "/dav/calendars/" + ALICE + "/calendar/" + uid + ".ics", null, Map.of()).statusCode());
        String tomb = wcap("fetch_deletedcomponents", BASE.replace("appid=mozilla-calendar", "appid=mozilla-calendar&id=" + sid)
                + "&fmt-out=text%2Fcalendar&component-type=event&dtstart=" + UTC.format(beforeDelete)
                + "&dtend=" + UTC.format(Instant.now().plusSeconds(60)) + "&calid=" + enc(ALICE)).body();
        assertTrue(tomb.contains("UID:" + uid), tomb);
        wcap("deleteevents_by_id", "appid=mozilla-calendar&id=" + sid + "&uid=" + davUid + "&mod=4&rid=0&fmt-out=text%2Fxml&calid=" + enc(ALICE));

        String logout = wcap("logout", "fmt-out=text%2Fxml&id=" + sid).body();
        assertEquals("-1", errno(logout), logout);
        assertEquals("1", errno(wcap("gettime", "appid=mozilla-calendar&id=" + sid + "&fmt-out=text%2Fcalendar").body()));
    }

    @Test
    void wrongPasswordIsErrno1() {
        String body = wcap("login", "fmt-out=text%2Fcalendar&user=" + enc(ALICE) + "&password=wrong-" + System.nanoTime()).body();
        assertEquals("1", errno(body), body);
        assertFalse(body.contains("X-NSCP-WCAP-SESSION-ID"), body);
    }

    @Test
    void anotherUsersCalendarWithoutGrantIsErrno28() {
        String sid = login(ALICE, Suite.demoPassword());
        String fetch = wcap("fetchcomponents_by_range", BASE.replace("appid=mozilla-calendar", "appid=mozilla-calendar&id=" + sid)
                + "&fmt-out=text%2Fcalendar&dtstart=0&dtend=0&calid=" + enc(BOB)).body();
        assertEquals("28", errno(fetch), fetch);
        String store = wcap("storeevents", "appid=mozilla-calendar&id=" + sid + "&calid=" + enc(BOB)
                + "&uid=intrude-" + System.nanoTime() + "&dtstart=20300101T100000Z&dtend=20300101T110000Z&fetch=1&fmt-out=text%2Fcalendar").body();
        assertEquals("28", errno(store), store);
        wcap("logout", "fmt-out=text%2Fxml&id=" + sid);
    }
}
