package dev.parley.calendar.caldav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class CalendarCollectionPropertiesTest {

    static List<CalendarCollectionProperties.Update> updates(String xml) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Element root = f.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8))).getDocumentElement();
        List<CalendarCollectionProperties.Update> out = new ArrayList<>();
        for (Element op : Xml.children(root)) {
            boolean set = op.getLocalName().equals("set");
            for (Element p : Xml.children(Xml.children(op).get(0))) {
                out.add(new CalendarCollectionProperties.Update(Xml.name(p), set ? p : null));
            }
        }
        return out;
    }

    @Test
    void mkcalendarAsAppleCalendarSendsIt() throws Exception {
        CalendarCollectionProperties p = CalendarCollectionProperties.read(updates("""
                <B:mkcalendar xmlns:B="urn:ietf:params:xml:ns:caldav"><A:set xmlns:A="DAV:"><A:prop>
                  <B:supported-calendar-component-set><B:comp name="VEVENT"/></B:supported-calendar-component-set>
                  <D:calendar-color xmlns:D="http://apple.com/ns/ical/">#1BADF8FF</D:calendar-color>
                  <A:displayname>Work</A:displayname>
                  <D:calendar-order xmlns:D="http://apple.com/ns/ical/">3</D:calendar-order>
                  <B:calendar-timezone>BEGIN:VCALENDAR
                BEGIN:VTIMEZONE
                TZID:Europe/Zurich
                END:VTIMEZONE
                END:VCALENDAR</B:calendar-timezone>
                  <X:quota xmlns:X="urn:example"/>
                </A:prop></A:set></B:mkcalendar>"""), true);
        assertEquals("Work", p.displayName());
        assertEquals("#1BADF8FF", p.color());
        assertEquals(3, p.order());
        assertEquals(Set.of("VEVENT"), p.components());
        assertEquals(List.of(new QName("urn:example", "quota")), p.unsupported());
    }

    @Test
    void proppatchRemovesAndRefuses() throws Exception {
        CalendarCollectionProperties p = CalendarCollectionProperties.read(updates("""
                <D:propertyupdate xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:set><D:prop><C:calendar-description>Team</C:calendar-description>
                  <C:supported-calendar-component-set><C:comp name="VTODO"/></C:supported-calendar-component-set></D:prop></D:set>
                  <D:remove><D:prop><D:displayname/></D:prop></D:remove>
                </D:propertyupdate>"""), false);
        assertEquals("Team", p.description());
        assertEquals(List.of(CalendarCollectionProperties.DISPLAYNAME), p.removed());
        assertEquals(List.of(CalendarCollectionProperties.COMPONENT_SET), p.unsupported());
        assertEquals(CalDav.Precondition.VALID_CALENDAR_DATA, assertThrows(CalDavException.class, () -> CalendarCollectionProperties.read(updates("""
                <D:propertyupdate xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:set><D:prop><C:calendar-timezone>Europe/Zurich</C:calendar-timezone></D:prop></D:set></D:propertyupdate>"""), false))
                .precondition());
        assertEquals(CalDav.Precondition.SUPPORTED_CALENDAR_COMPONENT, assertThrows(CalDavException.class, () -> CalendarCollectionProperties.read(updates("""
                <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav"><D:set><D:prop>
                <C:supported-calendar-component-set><C:comp name="VFREEBUSY"/></C:supported-calendar-component-set></D:prop></D:set></C:mkcalendar>"""), true))
                .precondition());
    }
}
