package dev.parley.web.dav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class DavXmlTest {

    static Element xml(String s) {
        return DavXml.parse(new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void propfindPropAsThunderbirdSendsIt() {
        Propfind p = Propfind.parse(xml("""
                <?xml version="1.0" encoding="UTF-8"?>
                <D:propfind xmlns:D="DAV:" xmlns:CS="http://calendarserver.org/ns/" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:prop><D:resourcetype/><D:owner/><D:current-user-principal/><CS:getctag/><C:calendar-home-set/></D:prop>
                </D:propfind>"""));
        assertEquals(Propfind.Kind.PROP, p.kind());
        assertEquals(5, p.names().size());
        assertTrue(p.names().contains(new QName(Dav.CALDAV, "calendar-home-set")));
        assertTrue(p.names().contains(Dav.GETCTAG));
    }

    @Test
    void emptyBodyIsAllprop() {
        assertNull(xml(""));
        assertEquals(Propfind.Kind.ALLPROP, Propfind.parse(null).kind());
    }

    @Test
    void propnameAndAllpropWithInclude() {
        assertEquals(Propfind.Kind.PROPNAME, Propfind.parse(xml("<propfind xmlns='DAV:'><propname/></propfind>")).kind());
        Propfind all = Propfind.parse(xml("<propfind xmlns='DAV:'><allprop/><include><sync-token/></include></propfind>"));
        assertEquals(Propfind.Kind.ALLPROP, all.kind());
        assertEquals(java.util.Set.of(Dav.SYNC_TOKEN), all.names());
    }

    @Test
    void malformedXmlAndWrongRootAre400() {
        DavException e = assertThrows(DavException.class, () -> xml("<propfind xmlns='DAV:'><prop>"));
        assertEquals(400, e.status());
        assertEquals(400, assertThrows(DavException.class, () -> Propfind.parse(xml("<foo/>"))).status());
    }

    @Test
    void doctypeAndExternalEntitiesAreRefused() {
        DavException e = assertThrows(DavException.class, () -> xml("""
                <?xml version="1.0"?>
                <!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <propfind xmlns="DAV:"><prop>&xxe;</prop></propfind>"""));
        assertEquals(400, e.status());
    }

    @Test
    void proppatchKeepsOrderOfSetAndRemove() {
        List<PropUpdate> u = PropUpdate.parsePropertyUpdate(xml("""
                <D:propertyupdate xmlns:D="DAV:" xmlns:I="http://apple.com/ns/ical/">
                  <D:set><D:prop><D:displayname>Work</D:displayname><I:calendar-color>#FF0000FF</I:calendar-color></D:prop></D:set>
                  <D:remove><D:prop><D:displayname/></D:prop></D:remove>
                </D:propertyupdate>"""));
        assertEquals(3, u.size());
        assertEquals("Work", u.get(0).text());
        assertEquals(new QName(Dav.APPLE_ICAL, "calendar-color"), u.get(1).name());
        assertTrue(u.get(2).remove());
    }

    @Test
    void extendedMkcolAndMkcalendarBodies() {
        List<PropUpdate> mk = PropUpdate.parseCreate(xml("""
                <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:set><D:prop>
                    <D:resourcetype><D:collection/><C:calendar/></D:resourcetype>
                    <D:displayname>Home</D:displayname>
                  </D:prop></D:set>
                </D:mkcol>"""), Dav.MKCOL);
        assertEquals(List.of(Dav.COLLECTION, new QName(Dav.CALDAV, "calendar")), PropUpdate.resourceTypes(mk));
        List<PropUpdate> cal = PropUpdate.parseCreate(xml("""
                <C:mkcalendar xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:caldav">
                  <D:set><D:prop><D:displayname>Lisa's Events</D:displayname>
                  <C:supported-calendar-component-set><C:comp name="VEVENT"/></C:supported-calendar-component-set>
                  </D:prop></D:set></C:mkcalendar>"""), new QName(Dav.CALDAV, "mkcalendar"));
        assertEquals(2, cal.size());
        assertEquals("Lisa's Events", cal.get(0).text());
        assertEquals(List.of(), PropUpdate.parseCreate(null, Dav.MKCOL));
        assertEquals(415, assertThrows(DavException.class,
                () -> PropUpdate.parseCreate(xml("<propfind xmlns='DAV:'/>"), Dav.MKCOL)).status());
    }

    @Test
    void syncCollectionAsDavx5SendsIt() {
        SyncCollection s = SyncCollection.parse(xml("""
                <sync-collection xmlns="DAV:">
                  <sync-token>http://parley/sync/42</sync-token><sync-level>1</sync-level>
                  <limit><nresults>100</nresults></limit>
                  <prop><getetag/></prop>
                </sync-collection>"""));
        assertEquals("http://parley/sync/42", s.token());
        assertEquals(100, s.limit());
        assertEquals(java.util.Set.of(Dav.GETETAG), s.props());
        assertEquals("", SyncCollection.parse(xml("<sync-collection xmlns='DAV:'><sync-token/><prop/></sync-collection>")).token());
        DavException infinite = assertThrows(DavException.class, () -> SyncCollection.parse(
                xml("<sync-collection xmlns='DAV:'><sync-token/><sync-level>infinite</sync-level></sync-collection>")));
        assertEquals(403, infinite.status());
    }

    @Test
    void depthHeader() {
        assertEquals(Depth.INFINITY, Depth.parse(null, Depth.INFINITY));
        assertEquals(Depth.ONE, Depth.parse("1", Depth.ZERO));
        assertEquals(Depth.INFINITY, Depth.parse("Infinity", Depth.ZERO));
        assertThrows(DavException.class, () -> Depth.parse("2", Depth.ZERO));
    }

    @Test
    void pathsAreDecodedAndDotSegmentsRefused() {
        assertEquals(List.of("calendars", "alice@example.test", "a b.ics"),
                DavPath.split("/calendars/alice%40example.test/a%20b.ics"));
        assertThrows(DavException.class, () -> DavPath.split("/calendars/../x"));
        assertEquals("a%20b+c%2F@", DavContext.encode("a b+c/@"));
    }
}
