package dev.parley.web.dav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class MultistatusWriterTest {

    @Test
    void propstatsAndStatusResponsesAreNamespaceCorrect() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Map<QName, PropertyValue> found = new LinkedHashMap<>();
        found.put(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION, new QName(Dav.CALDAV, "calendar"))));
        found.put(Dav.GETCTAG, PropertyValue.text("7"));
        found.put(new QName("urn:example:other", "x"), PropertyValue.text("<&>"));
        try (MultistatusWriter out = new MultistatusWriter(bytes)) {
            out.write(DavResponse.ofPropstats("/dav/calendars/alice@example.test/work/", List.of(
                    new PropStat(200, found),
                    new PropStat(404, Map.of(Dav.dav("quota-used-bytes"), PropertyValue.EMPTY)))));
            out.write(DavResponse.ofStatus("/dav/calendars/alice@example.test/work/gone.ics", 404));
            out.syncToken("http://parley.dev/sync/9");
        }
        String xml = bytes.toString(StandardCharsets.UTF_8);
        Element root = DavXml.parse(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(Dav.MULTISTATUS, DavXml.name(root));
        List<Element> responses = DavXml.children(root);
        assertEquals(3, responses.size());
        Element first = responses.get(0);
        assertEquals("/dav/calendars/alice@example.test/work/", DavXml.text(DavXml.child(first, Dav.HREF)));
        Element propstat = DavXml.child(first, Dav.dav("propstat"));
        Element prop = DavXml.child(propstat, Dav.PROP);
        Element type = DavXml.child(prop, Dav.RESOURCETYPE);
        assertEquals(List.of(Dav.COLLECTION, new QName(Dav.CALDAV, "calendar")),
                DavXml.children(type).stream().map(DavXml::name).toList());
        assertEquals("<&>", DavXml.text(DavXml.child(prop, new QName("urn:example:other", "x"))));
        assertEquals("HTTP/1.1 200 OK", DavXml.text(DavXml.child(propstat, Dav.dav("status"))));
        assertEquals("HTTP/1.1 404 Not Found", DavXml.text(DavXml.child(responses.get(1), Dav.dav("status"))));
        assertEquals(Dav.SYNC_TOKEN, DavXml.name(responses.get(2)));
        assertTrue(xml.contains("xmlns:D=\"DAV:\""), xml);
    }

    @Test
    void errorBodyNamesThePrecondition() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DavXmlWriter.writeError(bytes, new QName(Dav.CALDAV, "valid-calendar-data"), "bad -- data");
        Element root = DavXml.parse(new ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(Dav.dav("error"), DavXml.name(root));
        assertEquals(new QName(Dav.CALDAV, "valid-calendar-data"), DavXml.name(DavXml.children(root).get(0)));
    }
}
