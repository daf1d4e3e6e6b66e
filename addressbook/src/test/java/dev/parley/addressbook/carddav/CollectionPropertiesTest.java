package dev.parley.addressbook.carddav;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class CollectionPropertiesTest {

    @Test
    void extendedMkcolOfTheRfcExample() {
        // RFC 6352 §6.3.1.1
        CollectionProperties p = CollectionProperties.mkcol(ReportParser.root("""
                <?xml version="1.0" encoding="utf-8" ?>
                <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:set>
                    <D:prop>
                      <D:resourcetype><D:collection/><C:addressbook/></D:resourcetype>
                      <D:displayname>Lisa's Contacts</D:displayname>
                      <C:addressbook-description xml:lang="en">My primary address book.</C:addressbook-description>
                    </D:prop>
                  </D:set>
                </D:mkcol>""".getBytes(UTF_8)));
        assertTrue(p.addressbook());
        assertEquals("Lisa's Contacts", p.displayName());
        assertEquals("My primary address book.", p.description());
        assertEquals(List.of(), p.unsupported());
    }

    @Test
    void proppatchReportsWhatItCannotKeep() {
        CollectionProperties p = CollectionProperties.proppatch(ReportParser.root("""
                <D:propertyupdate xmlns:D="DAV:" xmlns:A="http://apple.com/ns/ical/">
                  <D:set><D:prop><D:displayname>New</D:displayname><A:calendar-color>#ff0000</A:calendar-color></D:prop></D:set>
                  <D:remove><D:prop><D:displayname/></D:prop></D:remove>
                </D:propertyupdate>""".getBytes(UTF_8)));
        assertFalse(p.addressbook());
        assertEquals("New", p.displayName());
        assertEquals(List.of(new QName("http://apple.com/ns/ical/", "calendar-color")), p.unsupported());
        assertEquals(List.of(new QName("DAV:", "displayname")), p.removed());
    }

    @Test
    void unsupportedAddressDataIsAPrecondition() {
        CardDavException e = assertThrows(CardDavException.class, () -> CollectionProperties.mkcol(ReportParser.root("""
                <D:mkcol xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><D:set><D:prop>
                <C:supported-address-data><C:address-data-type content-type="text/vcard" version="2.1"/></C:supported-address-data>
                </D:prop></D:set></D:mkcol>""".getBytes(UTF_8))));
        assertEquals(CardDav.Precondition.SUPPORTED_ADDRESS_DATA, e.precondition());
    }
}
