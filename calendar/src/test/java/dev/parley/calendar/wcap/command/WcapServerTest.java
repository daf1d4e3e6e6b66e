package dev.parley.calendar.wcap.command;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.calendar.wcap.WcapAuthenticator;
import dev.parley.calendar.wcap.WcapParams;
import dev.parley.calendar.wcap.WcapSessions;
import java.io.StringReader;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command flow of Mozilla's WCAP provider (wcap.md §6) against the store port. */
class WcapServerTest {

    private static final String ALICE = "alice@example.test";
    private static final String BOB = "bob@example.test";
    private static final String BASE = "appid=mozilla-calendar&relativealarm=1&compressed=1&recurring=1&emailorcalid=1";

    private final Clock clock = Clock.fixed(Instant.parse("2026-11-25T08:00:00Z"), ZoneOffset.UTC);
    private MemoryStore store;
    private WcapServer server;

    @BeforeEach
    void setUp() {
        store = new MemoryStore(clock, ALICE, BOB);
        WcapAuthenticator auth = (user, password, ip) -> password.equals("secret")
                ? new WcapAuthenticator.Result(WcapAuthenticator.Outcome.OK, user)
                : new WcapAuthenticator.Result(WcapAuthenticator.Outcome.BAD_CREDENTIALS, null);
        server = new WcapServer(store, auth, new WcapSessions(clock, Duration.ofMinutes(30), 100), clock);
    }

    private String call(String command, String query) {
        WcapServer.Reply r = server.handle(command, WcapParams.parse(query), "127.0.0.1");
        assertEquals(200, r.status());
        return r.body();
    }

    private String login(String user) {
        String body = call("login", "fmt-out=text%2Fcalendar&user=" + user + "&password=secret");
        Matcher m = Pattern.compile("X-NSCP-WCAP-SESSION-ID:(\\S+)").matcher(body);
        assertTrue(m.find(), body);
        return m.group(1);
    }

    private static Calendar parse(String ical) throws Exception {
        return new CalendarBuilder().build(new StringReader(ical));
    }

    @Test
    void versionNeedsNoSession() {
        String body = call("version", "fmt-out=text%2Fcalendar");
        assertTrue(body.contains("X-NSCP-WCAPVERSION:3.0"), body);
        assertTrue(body.contains("X-NSCP-WCAP-ERRNO:0"), body);
    }

    @Test
    void wrongPasswordIsErrno1() {
        String body = call("login", "fmt-out=text%2Fcalendar&user=alice@example.test&password=nope");
        assertTrue(body.contains("X-NSCP-WCAP-ERRNO:1\r\n"), body);
        assertFalse(body.contains("SESSION-ID"), body);
    }

    @Test
    void unknownSessionIsErrno1() {
        assertTrue(call("gettime", "id=nope&fmt-out=text%2Fcalendar").contains("X-NSCP-WCAP-ERRNO:1\r\n"));
    }

    @Test
    void mozillaStoreFetchDeleteFlow() throws Exception {
        String sid = login(ALICE);
        assertTrue(call("gettime", BASE + "&id=" + sid + "&fmt-out=text%2Fcalendar").contains("X-NSCP-WCAPTIME:20261125T080000Z"));
        String prefs = call("get_userprefs", "appid=mozilla-calendar&id=" + sid + "&fmt-out=text%2Fxml&userid=" + ALICE);
        assertTrue(prefs.contains("<X-NSCP-WCAP-PREF-icsCalendar>" + ALICE + "</X-NSCP-WCAP-PREF-icsCalendar>"), prefs);
        String props = call("get_calprops", "appid=mozilla-calendar&id=" + sid + "&fmt-out=text%2Fxml&calid=" + ALICE + ";" + BOB);
        assertTrue(props.contains("<X-NSCP-CALPROPS-RELATIVE-CALID>" + ALICE + "</X-NSCP-CALPROPS-RELATIVE-CALID>"), props);
        assertTrue(props.contains("<X-NSCP-CALPROPS-RELATIVE-CALID>" + BOB + "</X-NSCP-CALPROPS-RELATIVE-CALID>\n<X-NSCP-WCAP-ERRNO>28</X-NSCP-WCAP-ERRNO>"), props);

        String range = BASE + "&id=" + sid + "&fmt-out=text%2Fcalendar&component-type=event&dtstart=20261101T000000Z&dtend=20261201T000000Z&calid=" + ALICE;
        assertEquals(0, parse(call("fetchcomponents_by_range", range)).getComponentList().getAll().size());

        String stored = call("storeevents", BASE + "&id=" + sid + "&fmt-out=text%2Fcalendar&calid=" + ALICE
                + "&uid=ev-1&storetype=1&mod=4&method=1&replace=1&fetch=1&smtp=0&smtpNotify=0&notify=0"
                + "&dtstart=20261126T100000Z&dtend=20261126T110000Z&isAllDay=0&summary=Team%20meeting%2C%20weekly"
                + "&desc=Line%201%0D%0ALine%202&location=Room%201&categories=Work;Meeting&priority=5&icsClass=PUBLIC&status=0&transparent=0"
                + "&rrules=%22FREQ%3DWEEKLY%3BCOUNT%3D4%22&attendees=RSVP%3DTRUE%5EPARTSTAT%3DNEEDS-ACTION%5EROLE%3DREQ-PARTICIPANT%5ECN%3DBob%5Emailto%3A" + BOB
                + "&orgCalid=" + ALICE + "&alarmStart=-PT15M&alarmEmails=");
        Calendar s = parse(stored);
        stored = stored.replace("\r\n ", "");
        assertEquals("0", s.getProperty("X-NSCP-WCAP-ERRNO").get().getValue(), stored);
        assertEquals(1, s.getComponentList().getAll().size(), stored);
        assertTrue(stored.contains("SUMMARY:Team meeting\\, weekly"), stored);
        assertTrue(stored.contains("RRULE:FREQ=WEEKLY;COUNT=4"), stored);
        assertTrue(stored.contains("ATTENDEE;RSVP=TRUE;PARTSTAT=NEEDS-ACTION;ROLE=REQ-PARTICIPANT;CN=Bob:mailto:" + BOB), stored);
        assertTrue(stored.contains("TRIGGER:-PT15M"), stored);

        // storetype=1 again: errno 63
        assertTrue(call("storeevents", BASE + "&id=" + sid + "&calid=" + ALICE + "&uid=ev-1&storetype=1&dtstart=20261126T100000Z")
                .contains("X-NSCP-WCAP-ERRNO:63"));
        // modify one instance
        String inst = call("storeevents", BASE + "&id=" + sid + "&calid=" + ALICE + "&uid=ev-1&storetype=2&mod=1&rid=20261203T100000Z"
                + "&fetch=1&summary=Moved&dtstart=20261203T120000Z&dtend=20261203T130000Z");
        assertTrue(inst.contains("RECURRENCE-ID:20261203T100000Z") && inst.contains("SUMMARY:Moved"), inst);
        assertEquals(2, parse(call("fetchcomponents_by_range", range)).getComponentList().getAll().size());
        assertTrue(call("fetchevents_by_id", BASE + "&id=" + sid + "&calid=" + ALICE + "&uid=ev-1").contains("UID:ev-1"));
        assertTrue(call("fetchevents_by_id", BASE + "&id=" + sid + "&calid=" + ALICE + "&uid=nope").contains("X-NSCP-WCAP-ERRNO:59"));
        assertTrue(call("fetchtodos_by_id", BASE + "&id=" + sid + "&calid=" + ALICE + "&uid=ev-1").contains("X-NSCP-WCAP-ERRNO:59"));

        String fb = call("get_freebusy", "appid=mozilla-calendar&id=" + sid + "&calid=" + ALICE
                + "&busyonly=1&dtstart=20261126T000000Z&dtend=20261127T000000Z&fmt-out=text%2Fxml");
        assertTrue(fb.contains("<FB FBTYPE=\"BUSY\">20261126T100000Z/20261126T110000Z</FB>"), fb);

        // delete one occurrence, then the series
        String del1 = call("deleteevents_by_id", "appid=mozilla-calendar&id=" + sid + "&uid=ev-1&mod=1&rid=20261210T100000Z&fmt-out=text%2Fxml&calid=" + ALICE);
        assertTrue(del1.contains("<X-NSCP-WCAP-ERRNO>0</X-NSCP-WCAP-ERRNO>"), del1);
        assertTrue(store.objects.get(ALICE + ":calendar").get("ev-1").ical().contains("EXDATE:20261210T100000Z"));
        String del = call("deleteevents_by_id", "appid=mozilla-calendar&id=" + sid + "&uid=ev-1&mod=4&rid=0&fmt-out=text%2Fxml&calid=" + ALICE);
        assertTrue(del.contains("<RSTATUS>2.0;Success.  Delete successful.</RSTATUS>"), del);
        assertEquals(0, parse(call("fetchcomponents_by_range", range)).getComponentList().getAll().size());
        String deleted = call("fetch_deletedcomponents", BASE + "&id=" + sid + "&fmt-out=text%2Fcalendar&component-type=event&dtstart=0&dtend=20261126T000000Z&calid=" + ALICE);
        assertTrue(deleted.contains("UID:ev-1"), deleted);
        assertTrue(call("deleteevents_by_id", "id=" + sid + "&uid=ev-1&calid=" + ALICE + "&fmt-out=text%2Fxml").contains("<X-NSCP-WCAP-ERRNO>59<"));

        assertTrue(call("logout", "fmt-out=text%2Fxml&id=" + sid).contains("<X-NSCP-WCAP-ERRNO>-1</X-NSCP-WCAP-ERRNO>"));
        assertTrue(call("check_id", "id=" + sid).contains("X-NSCP-WCAP-CHECK-ID:0"));
    }

    @Test
    void otherUsersCalendarIsErrno28() {
        String sid = login(ALICE);
        assertTrue(call("fetchcomponents_by_range", BASE + "&id=" + sid + "&dtstart=0&dtend=0&calid=" + BOB).contains("X-NSCP-WCAP-ERRNO:28"));
        assertTrue(call("storeevents", BASE + "&id=" + sid + "&calid=bob&uid=x&dtstart=20261126T100000Z").contains("X-NSCP-WCAP-ERRNO:28"));
        assertTrue(store.objects.get(BOB + ":calendar").isEmpty());
    }

    @Test
    void createListAndDeleteCalendar() {
        String sid = login(ALICE);
        String created = call("createcalendar", "id=" + sid + "&allowdoublebook=1&set_calprops=1&subscribe=1&calid=work&name=Work&fmt-out=text%2Fxml");
        assertTrue(created.contains("<X-NSCP-CALPROPS-RELATIVE-CALID>" + ALICE + ":work</X-NSCP-CALPROPS-RELATIVE-CALID>"), created);
        assertTrue(call("createcalendar", "id=" + sid + "&calid=work").contains("X-NSCP-WCAP-ERRNO:25"));
        assertTrue(call("createcalendar", "id=" + sid + "&calid=my%20cal").contains("X-NSCP-WCAP-ERRNO:30"));
        assertTrue(call("list", "id=" + sid).contains("X-S1CS-CALPROPS-OWNED-CALENDAR:" + ALICE + ":work"));
        assertTrue(call("search_calprops", "id=" + sid + "&fmt-out=text%2Fxml&search-string=work&name=1&calid=1&primaryOwner=1&searchOpts=0")
                .contains("<X-NSCP-CALPROPS-NAME>Work</X-NSCP-CALPROPS-NAME>"));
        assertTrue(call("deletecalendar", "id=" + sid + "&calid=" + ALICE + ":work&unsubscribe=1").contains("X-NSCP-WCAP-ERRNO:0"));
        assertTrue(call("get_calprops", "id=" + sid + "&calid=" + ALICE + ":work").contains("X-NSCP-WCAP-ERRNO:29"));
    }

    @Test
    void importThenExport() {
        String sid = login(ALICE);
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\nBEGIN:VTODO\r\nUID:t1\r\nDTSTAMP:20261125T000000Z\r\nSUMMARY:Buy milk\r\nEND:VTODO\r\nEND:VCALENDAR\r\n";
        String body = "calid=" + ALICE + "&content-in=" + java.net.URLEncoder.encode(ics, java.nio.charset.StandardCharsets.UTF_8);
        WcapServer.Reply r = server.handle("import", WcapParams.parse("id=" + sid, body), null);
        assertTrue(r.body().contains("X-NSCP-WCAP-ERRNO:0"), r.body());
        assertTrue(call("export", "id=" + sid + "&calid=" + ALICE + "&content-out=text%2Fcalendar&dtstart=0&dtend=0").contains("SUMMARY:Buy milk"));
        assertTrue(call("fetchtodos_by_id", BASE + "&id=" + sid + "&uid=t1").contains("UID:t1"));
        assertTrue(server.handle("import", WcapParams.parse("id=" + sid, "content-in=garbage"), null).body().contains("X-NSCP-WCAP-ERRNO:35"));
    }

    @Test
    void unknownFmtOutAndCommand() {
        assertTrue(call("version", "fmt-out=text%2Fjs").contains("X-NSCP-WCAP-ERRNO:58"));
        assertTrue(call("get_guids", "").contains("X-NSCP-WCAP-ERRNO:52"));
    }

    @Test
    void timezonesAreVtimezones() {
        String sid = login(ALICE);
        String body = call("get_all_timezones", "id=" + sid + "&fmt-out=text%2Fcalendar");
        assertTrue(body.contains("TZID:Europe/Paris"), body.substring(0, Math.min(500, body.length())));
    }
}
