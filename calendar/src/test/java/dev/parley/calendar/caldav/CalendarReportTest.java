package dev.parley.calendar.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CalendarReportTest {

    static Element xml(String s) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
    }

    @Test
    void timeRangeQueryAsThunderbirdSendsIt() throws Exception {
        CalendarReport.Query q = CalendarReport.query(xml("""
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
                    <C:time-range start="20261101T000000Z" end="20261201T000000Z"/>
                  </C:comp-filter></C:comp-filter></C:filter>
                </C:calendar-query>"""));
        assertEquals(List.of(new QName("DAV:", "getetag")), List.copyOf(q.props()));
        assertEquals(CalendarDataRequest.WHOLE, q.data());
        assertEquals("VEVENT", q.componentType());
        assertEquals(Instant.parse("2026-11-01T00:00:00Z"), q.timeRange().start());
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), q.timeRange().end());
    }

    @Test
    void propAndParamFiltersWithTextMatch() throws Exception {
        CalendarReport.Query q = CalendarReport.query(xml("""
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/></D:prop>
                  <C:filter><C:comp-filter name="VCALENDAR"><C:comp-filter name="VEVENT">
                    <C:prop-filter name="ATTENDEE">
                      <C:text-match collation="i;ascii-casemap">mailto:BOB@example.test</C:text-match>
                      <C:param-filter name="PARTSTAT"><C:text-match>NEEDS-ACTION</C:text-match></C:param-filter>
                    </C:prop-filter>
                    <C:prop-filter name="X-ABC-GUID"><C:is-not-defined/></C:prop-filter>
                  </C:comp-filter></C:comp-filter></C:filter>
                </C:calendar-query>"""));
        assertNull(q.data());
        assertNull(q.timeRange());
        CompFilter event = q.filter().compFilters().get(0);
        PropFilter attendee = event.propFilters().get(0);
        assertTrue(attendee.textMatch().matches("mailto:bob@EXAMPLE.test"));
        assertFalse(attendee.textMatch().matches("mailto:alice@example.test"));
        assertEquals("PARTSTAT", attendee.paramFilters().get(0).name());
        assertTrue(event.propFilters().get(1).notDefined());
    }

    @Test
    void textMatchCollationsAndNegation() throws Exception {
        TextMatch octet = TextMatch.parse(xml("<t xmlns='urn:ietf:params:xml:ns:caldav' collation='i;octet'>Meet</t>"));
        assertFalse(octet.matches("meeting"));
        assertTrue(octet.matches("Meeting"));
        TextMatch negated = TextMatch.parse(xml("<t xmlns='urn:ietf:params:xml:ns:caldav' negate-condition='yes'>x</t>"));
        assertTrue(negated.matches("abc"));
        CalDavException e = assertThrows(CalDavException.class,
                () -> TextMatch.parse(xml("<t xmlns='urn:ietf:params:xml:ns:caldav' collation='i;klingon'>x</t>")));
        assertEquals(CalDav.Precondition.SUPPORTED_COLLATION, e.precondition());
    }

    @Test
    void badFiltersFailValidFilter() throws Exception {
        assertEquals(CalDav.Precondition.VALID_FILTER, assertThrows(CalDavException.class, () -> CalendarReport.query(xml("""
                <C:calendar-query xmlns:C="urn:ietf:params:xml:ns:caldav"><C:filter><C:comp-filter name="VEVENT"/></C:filter></C:calendar-query>"""))).precondition());
        assertEquals(CalDav.Precondition.VALID_FILTER, assertThrows(CalDavException.class, () -> CalendarReport.query(xml("""
                <C:calendar-query xmlns:C="urn:ietf:params:xml:ns:caldav"><C:filter><C:comp-filter name="VCALENDAR">
                <C:comp-filter name="VEVENT"><C:time-range start="2026-11-01"/></C:comp-filter></C:comp-filter></C:filter></C:calendar-query>"""))).precondition());
        assertEquals(CalDav.Precondition.VALID_FILTER, assertThrows(CalDavException.class,
                () -> new TimeRange(Instant.parse("2026-11-02T00:00:00Z"), Instant.parse("2026-11-01T00:00:00Z"))).precondition());
        assertNull(assertThrows(CalDavException.class, () -> CalendarReport.query(xml("<x/>"))).precondition());
    }

    @Test
    void expandAndLimitRecurrenceSetAndComponentSubset() throws Exception {
        CalendarReport.Query q = CalendarReport.query(xml("""
                <C:calendar-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><C:calendar-data>
                    <C:comp name="VCALENDAR"><C:prop name="VERSION"/>
                      <C:comp name="VEVENT"><C:prop name="SUMMARY"/><C:prop name="UID"/><C:prop name="DTSTART"/></C:comp>
                    </C:comp>
                    <C:expand start="20060103T000000Z" end="20060105T000000Z"/>
                  </C:calendar-data></D:prop>
                  <C:filter><C:comp-filter name="VCALENDAR"/></C:filter>
                </C:calendar-query>"""));
        assertEquals(Instant.parse("2006-01-03T00:00:00Z"), q.data().expand().start());
        assertEquals(List.of("VERSION"), q.data().comp().props());
        assertEquals(List.of("SUMMARY", "UID", "DTSTART"), q.data().comp().comps().get(0).props());
        assertNull(q.componentType());
        assertEquals(CalDav.Precondition.SUPPORTED_CALENDAR_DATA, assertThrows(CalDavException.class, () -> CalendarDataRequest.parse(
                xml("<C:calendar-data xmlns:C='urn:ietf:params:xml:ns:caldav' content-type='application/calendar+json'/>"))).precondition());
        assertEquals(CalDav.Precondition.VALID_FILTER, assertThrows(CalDavException.class, () -> CalendarDataRequest.parse(
                xml("<C:calendar-data xmlns:C='urn:ietf:params:xml:ns:caldav'><C:expand start='20060103T000000Z'/></C:calendar-data>"))).precondition());
    }

    @Test
    void multigetAndFreeBusy() throws Exception {
        CalendarReport.Multiget m = CalendarReport.multiget(xml("""
                <C:calendar-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:getetag/><C:calendar-data/></D:prop>
                  <D:href>/dav/calendars/alice@example.test/work/a.ics</D:href>
                  <D:href>/dav/calendars/alice@example.test/work/b%20c.ics</D:href>
                </C:calendar-multiget>"""));
        assertEquals(2, m.hrefs().size());
        assertEquals(CalendarDataRequest.WHOLE, m.data());
        TimeRange fb = CalendarReport.freeBusy(xml("""
                <C:free-busy-query xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <C:time-range start="20261123T000000Z" end="20261130T000000Z"/></C:free-busy-query>"""));
        assertTrue(fb.overlaps(Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z")));
        assertFalse(fb.overlaps(Instant.parse("2026-11-30T00:00:00Z"), Instant.parse("2026-11-30T01:00:00Z")));
        assertThrows(CalDavException.class, () -> CalendarReport.freeBusy(xml("""
                <C:free-busy-query xmlns:C="urn:ietf:params:xml:ns:caldav"><C:time-range start="20261123T000000Z"/></C:free-busy-query>""")));
    }
}
