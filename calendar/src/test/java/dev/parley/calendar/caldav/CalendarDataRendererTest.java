package dev.parley.calendar.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

class CalendarDataRendererTest {

    static CalendarDataRequest request(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return CalendarDataRequest.parse(f.newDocumentBuilder()
                .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement());
    }

    @Test
    void wholeObjectIsTheStoredText() {
        CalendarObject o = CalendarObject.check(CalendarObjectTest.bytes(CalendarObjectTest.RECURRING), Set.of("VEVENT"), 0);
        assertSame(CalendarObjectTest.RECURRING, CalendarDataRenderer.render(CalendarObjectTest.RECURRING, o.calendar(), CalendarDataRequest.WHOLE));
    }

    @Test
    void componentAndPropertySubset() throws Exception {
        CalendarObject o = CalendarObject.check(CalendarObjectTest.bytes(CalendarObjectTest.RECURRING), Set.of("VEVENT"), 0);
        String out = CalendarDataRenderer.render(CalendarObjectTest.RECURRING, o.calendar(), request("""
                <C:calendar-data xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <C:comp name="VCALENDAR"><C:prop name="VERSION"/>
                    <C:comp name="VEVENT"><C:prop name="SUMMARY"/><C:prop name="UID"/><C:prop name="DTSTART"/></C:comp>
                  </C:comp></C:calendar-data>"""));
        assertTrue(out.contains("VERSION:2.0"), out);
        assertFalse(out.contains("PRODID"), out);
        assertFalse(out.contains("ATTENDEE"), out);
        assertFalse(out.contains("VALARM"), out);
        assertEquals(2, out.split("BEGIN:VEVENT").length - 1, out);
        assertTrue(out.contains("SUMMARY:Team meeting (moved)"), out);
    }
}
