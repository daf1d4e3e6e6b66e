package dev.parley.calendar.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class CalendarObjectTest {

    static final String RECURRING = """
            BEGIN:VCALENDAR\r
            VERSION:2.0\r
            PRODID:-//Parley//IT//EN\r
            BEGIN:VEVENT\r
            UID:weekly-1@example.test\r
            DTSTAMP:20261101T090000Z\r
            DTSTART:20261102T090000Z\r
            DTEND:20261102T100000Z\r
            RRULE:FREQ=WEEKLY;COUNT=10\r
            SUMMARY:Team meeting\r
            ATTENDEE;PARTSTAT=NEEDS-ACTION:mailto:bob@example.test\r
            BEGIN:VALARM\r
            ACTION:DISPLAY\r
            DESCRIPTION:Reminder\r
            TRIGGER:-PT15M\r
            END:VALARM\r
            END:VEVENT\r
            BEGIN:VEVENT\r
            UID:weekly-1@example.test\r
            DTSTAMP:20261101T090000Z\r
            RECURRENCE-ID:20261109T090000Z\r
            DTSTART:20261109T110000Z\r
            DTEND:20261109T120000Z\r
            SUMMARY:Team meeting (moved)\r
            END:VEVENT\r
            END:VCALENDAR\r
            """;

    static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void recurringEventWithAnOverrideIsOneObject() {
        CalendarObject o = CalendarObject.check(bytes(RECURRING), Set.of("VEVENT", "VTODO"), 0);
        assertEquals("weekly-1@example.test", o.uid());
        assertEquals("VEVENT", o.componentType());
    }

    @Test
    void refusalsNameTheirPrecondition() {
        assertEquals(CalDav.Precondition.VALID_CALENDAR_DATA, assertThrows(CalDavException.class,
                () -> CalendarObject.check(bytes("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nUID:x\r\n"), null, 0)).precondition());
        assertEquals(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE, assertThrows(CalDavException.class,
                () -> CalendarObject.check(bytes(RECURRING.replace("VERSION:2.0", "VERSION:2.0\r\nMETHOD:REQUEST")), null, 0)).precondition());
        assertEquals(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE, assertThrows(CalDavException.class,
                () -> CalendarObject.check(bytes(RECURRING.replace("RECURRENCE-ID:20261109T090000Z\r\n", "")), null, 0)).precondition());
        assertEquals(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE, assertThrows(CalDavException.class,
                () -> CalendarObject.check(bytes(RECURRING.replaceFirst("UID:weekly-1@example.test", "UID:other")), null, 0)).precondition());
        assertEquals(CalDav.Precondition.SUPPORTED_CALENDAR_COMPONENT, assertThrows(CalDavException.class,
                () -> CalendarObject.check(bytes(RECURRING), Set.of("VTODO"), 0)).precondition());
        assertEquals(CalDav.Precondition.MAX_RESOURCE_SIZE, assertThrows(CalDavException.class,
                () -> CalendarObject.check(bytes(RECURRING), null, 100)).precondition());
    }

    @Test
    void filterMatcherEvaluatesPropertiesParametersAndSubcomponents() throws Exception {
        CalendarObject o = CalendarObject.check(bytes(RECURRING), null, 0);
        assertTrue(FilterMatcher.matches(o.calendar(), filter("""
                <C:comp-filter name="VEVENT"><C:prop-filter name="ATTENDEE">
                  <C:text-match>BOB@example</C:text-match>
                  <C:param-filter name="PARTSTAT"><C:text-match>NEEDS-ACTION</C:text-match></C:param-filter>
                </C:prop-filter><C:comp-filter name="VALARM"/></C:comp-filter>""")));
        assertFalse(FilterMatcher.matches(o.calendar(), filter("""
                <C:comp-filter name="VEVENT"><C:prop-filter name="SUMMARY"><C:text-match>lunch</C:text-match></C:prop-filter></C:comp-filter>""")));
        assertTrue(FilterMatcher.matches(o.calendar(), filter("<C:comp-filter name=\"VTODO\"><C:is-not-defined/></C:comp-filter>")));
        assertFalse(FilterMatcher.matches(o.calendar(), filter("""
                <C:comp-filter name="VEVENT"><C:prop-filter name="ATTENDEE"><C:is-not-defined/></C:prop-filter>
                <C:prop-filter name="RRULE"/></C:comp-filter>""")));
        // the override (no ATTENDEE) matches on its own: one matching component is enough (§9.7.1)
        assertTrue(FilterMatcher.matches(o.calendar(), filter("""
                <C:comp-filter name="VEVENT"><C:prop-filter name="ATTENDEE"><C:is-not-defined/></C:prop-filter>
                <C:prop-filter name="SUMMARY"/></C:comp-filter>""")));
    }

    static CompFilter filter(String inner) throws Exception {
        String xml = "<C:calendar-query xmlns:C='urn:ietf:params:xml:ns:caldav'><C:filter><C:comp-filter name='VCALENDAR'>"
                + inner + "</C:comp-filter></C:filter></C:calendar-query>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return CalendarReport.query(f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
                .getDocumentElement()).filter();
    }
}
