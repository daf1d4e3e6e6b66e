package dev.parley.calendar.wcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WcapParamsTest {

    /** wcap.md §6.2: the query Mozilla's getItems sends. */
    private static final String MOZ_RANGE = "appid=mozilla-calendar&id=abc123&relativealarm=1&compressed=1&recurring=1"
            + "&emailorcalid=1&fmt-out=text%2Fcalendar&component-type=event&dtstart=20070312T000000Z&dtend=0&calid=jdoe";

    @Test
    void parsesMozillaRangeQuery() {
        WcapParams p = WcapParams.parse(MOZ_RANGE);
        assertEquals("abc123", p.sessionId());
        assertEquals(FmtOut.CALENDAR, p.fmtOut());
        assertEquals("event", p.get("component-type"));
        assertTrue(p.flag("recurring", false));
        assertEquals(Instant.parse("2007-03-12T00:00:00Z"),
                WcapDateTime.parse(p.get("dtstart"), null, WcapErrno.FETCHBYDATERANGE_FAILED));
        assertNull(WcapDateTime.parse(p.get("dtend"), null, WcapErrno.FETCHBYDATERANGE_FAILED));
    }

    @Test
    void orderDoesNotMatter() {
        WcapParams a = WcapParams.parse("id=1&calid=x&fmt-out=text%2Fxml");
        WcapParams b = WcapParams.parse("fmt-out=text%2Fxml&calid=x&id=1");
        assertEquals(a.get("calid"), b.get("calid"));
        assertEquals(FmtOut.XML, b.fmtOut());
    }

    @Test
    void listSplitsOnRawSemicolonAndKeepsEncodedOnes() {
        WcapParams p = WcapParams.parse("calid=jdoe;jdoe%3Awork;a%3Bb&categories=");
        assertEquals(List.of("jdoe", "jdoe:work", "a;b"), p.list("calid"));
        assertEquals(List.of(), p.list("categories"));
        assertEquals("", p.get("categories"));
        assertTrue(p.has("categories"));
        assertFalse(p.has("summary"));
    }

    @Test
    void formBodyAndQueryAreMerged() {
        WcapParams p = WcapParams.parse("id=s1", "calid=jdoe&content-in=BEGIN%3AVCALENDAR");
        assertEquals("s1", p.sessionId());
        assertEquals("BEGIN:VCALENDAR", p.get("content-in"));
    }

    @Test
    void unknownFmtOutIsErrno58() {
        WcapException e = assertThrows(WcapException.class, () -> WcapParams.parse("fmt-out=text%2Fjs").fmtOut());
        assertEquals(WcapErrno.WCAP_NO_SUCH_FORMAT, e.errno());
        assertEquals(58, e.errno().code());
    }

    @Test
    void badNumberGivesTheCommandsErrno() {
        WcapException e = assertThrows(WcapException.class,
                () -> WcapParams.parse("maxResults=x").integer("maxResults", 200, WcapErrno.FETCHBYDATERANGE_FAILED));
        assertEquals(WcapErrno.FETCHBYDATERANGE_FAILED, e.errno());
    }

    @Test
    void overlongParametersAreRefused() {
        String big = "desc=" + "a".repeat(WcapParams.MAX_LENGTH);
        assertEquals(WcapErrno.BAD_ARGUMENTS, assertThrows(WcapException.class, () -> WcapParams.parse(big)).errno());
    }

    @Test
    void badPercentEncodingIsBadArguments() {
        assertEquals(WcapErrno.BAD_ARGUMENTS,
                assertThrows(WcapException.class, () -> WcapParams.parse("summary=%zz").get("summary")).errno());
    }

    /** wcap.md §6.5: delete one occurrence, and parallel lists with one mod for all. */
    @Test
    void componentRefsFromDeleteParameters() {
        List<ComponentRef> one = ComponentRef.fromParams(
                WcapParams.parse("uid=ev1&mod=4&rid=0"), WcapErrno.DELETE_EVENTS_BY_ID_FAILED);
        assertEquals(1, one.size());
        assertTrue(one.get(0).wholeSeries());
        List<ComponentRef> two = ComponentRef.fromParams(
                WcapParams.parse("uid=ev1;ev1&mod=1&rid=20070312T100000Z;20070313T100000Z"), WcapErrno.DELETE_EVENTS_BY_ID_FAILED);
        assertEquals(Mod.THISINSTANCE, two.get(1).mod());
        assertEquals(Instant.parse("2007-03-13T10:00:00Z"), two.get(1).rid());
        assertFalse(two.get(0).wholeSeries());
    }

    @Test
    void mismatchedListsAreInsufficientParameters() {
        WcapException e = assertThrows(WcapException.class, () -> ComponentRef.fromParams(
                WcapParams.parse("uid=a;b;c&rid=0;0"), WcapErrno.DELETE_EVENTS_BY_ID_FAILED));
        assertEquals(46, e.errno().code());
    }

    @Test
    void rchangeForcesThisAndAll() {
        List<ComponentRef> r = ComponentRef.fromParams(
                WcapParams.parse("uid=a&mod=1&rid=20070312T100000Z&rchange=1"), WcapErrno.STOREEVENTS_FAILED);
        assertEquals(Mod.THISANDALL, r.get(0).mod());
    }

    @Test
    void missingUidIsTheCommandsErrno() {
        assertEquals(WcapErrno.FETCH_EVENTS_BY_ID_FAILED, assertThrows(WcapException.class,
                () -> ComponentRef.fromParams(WcapParams.parse("calid=x"), WcapErrno.FETCH_EVENTS_BY_ID_FAILED)).errno());
    }

    /** wcap.md §6.4: Mozilla's attendees parameter. */
    @Test
    void attendeesAsMozillaSendsThem() {
        WcapParams p = WcapParams.parse("attendees=RSVP%3DTRUE%5EPARTSTAT%3DNEEDS-ACTION%5EROLE%3DREQ-PARTICIPANT%5ECN%3DBob%20Smith%5Emailto%3Abob%40example.com"
                + ";PARTSTAT%3DACCEPTED%5Ejdoe");
        List<WcapAttendee> list = WcapAttendee.parseAll(p.list("attendees"));
        assertEquals(2, list.size());
        assertEquals("mailto:bob@example.com", list.get(0).address());
        assertEquals("bob@example.com", list.get(0).email());
        assertEquals("Bob Smith", list.get(0).params().get("CN"));
        assertEquals("REQ-PARTICIPANT", list.get(0).params().get("ROLE"));
        assertEquals("jdoe", list.get(1).address());
        assertFalse(list.get(1).isEmail());
    }
}
