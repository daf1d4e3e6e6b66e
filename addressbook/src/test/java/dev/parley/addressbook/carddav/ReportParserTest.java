package dev.parley.addressbook.carddav;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.addressbook.vcard.CardVersion;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

class ReportParserTest {

    /** RFC 6352 §8.6.4, first example (partial retrieval with a filter). */
    static final String QUERY = """
            <?xml version="1.0" encoding="utf-8" ?>
            <C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
              <D:prop>
                <D:getetag/>
                <C:address-data>
                  <C:prop name="VERSION"/>
                  <C:prop name="UID"/>
                  <C:prop name="NICKNAME"/>
                  <C:prop name="EMAIL"/>
                  <C:prop name="FN"/>
                </C:address-data>
              </D:prop>
              <C:filter>
                <C:prop-filter name="NICKNAME">
                  <C:text-match collation="i;unicode-casemap" match-type="equals">me</C:text-match>
                </C:prop-filter>
              </C:filter>
            </C:addressbook-query>
            """;

    @Test
    void parsesTheRfcQueryExample() {
        AddressbookQuery q = ReportParser.query(ReportParser.root(QUERY.getBytes(UTF_8)));
        assertEquals(List.of(new QName("DAV:", "getetag"), CardDav.ADDRESS_DATA), q.properties());
        assertEquals(Set.of("VERSION", "UID", "NICKNAME", "EMAIL", "FN"), q.addressData().properties());
        assertNull(q.addressData().version());
        assertFalse(q.allOf());
        PropFilter f = q.filters().get(0);
        assertEquals("NICKNAME", f.name());
        assertEquals(new TextMatch("me", "i;unicode-casemap", TextMatch.MatchType.EQUALS, false), f.textMatches().get(0));
        assertNull(q.limit());
    }

    @Test
    void parsesMultigetWithVersionAndLimitsOfQueries() {
        AddressbookMultiget m = ReportParser.multiget(ReportParser.root("""
                <C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:prop><D:getetag/><C:address-data content-type="text/vcard" version="4.0"/></D:prop>
                  <D:href>/dav/addressbooks/alice/contacts/a.vcf</D:href>
                  <D:href>/dav/addressbooks/alice/contacts/b.vcf</D:href>
                </C:addressbook-multiget>""".getBytes(UTF_8)));
        assertEquals(CardVersion.V4, m.addressData().version());
        assertEquals(2, m.hrefs().size());
        AddressbookQuery q = ReportParser.query(ReportParser.root("""
                <C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                  <D:prop><D:getetag/></D:prop>
                  <C:filter test="allof"><C:prop-filter name="EMAIL"><C:is-not-defined/></C:prop-filter></C:filter>
                  <C:limit><C:nresults>5</C:nresults></C:limit>
                </C:addressbook-query>""".getBytes(UTF_8)));
        assertTrue(q.allOf());
        assertTrue(q.filters().get(0).isNotDefined());
        assertEquals(5, q.limit());
    }

    @Test
    void refusesWithThePrecondition() {
        CardDavException collation = assertThrows(CardDavException.class, () -> ReportParser.query(ReportParser.root("""
                <C:addressbook-query xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav"><C:filter>
                <C:prop-filter name="FN"><C:text-match collation="i;klingon">x</C:text-match></C:prop-filter>
                </C:filter></C:addressbook-query>""".getBytes(UTF_8))));
        assertEquals(CardDav.Precondition.SUPPORTED_COLLATION, collation.precondition());
        CardDavException type = assertThrows(CardDavException.class, () -> ReportParser.multiget(ReportParser.root("""
                <C:addressbook-multiget xmlns:D="DAV:" xmlns:C="urn:ietf:params:xml:ns:carddav">
                <D:prop><C:address-data content-type="application/vcard+json"/></D:prop><D:href>/x</D:href>
                </C:addressbook-multiget>""".getBytes(UTF_8))));
        assertEquals(CardDav.Precondition.SUPPORTED_ADDRESS_DATA, type.precondition());
        CardDavException noHref = assertThrows(CardDavException.class, () -> ReportParser.multiget(ReportParser.root(
                "<C:addressbook-multiget xmlns:C=\"urn:ietf:params:xml:ns:carddav\"/>".getBytes(UTF_8))));
        assertNull(noHref.precondition());
    }

    @Test
    void refusesDoctypesAndGarbage() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>"
                + "<C:addressbook-multiget xmlns:C=\"urn:ietf:params:xml:ns:carddav\">&e;</C:addressbook-multiget>";
        assertThrows(CardDavException.class, () -> ReportParser.root(xxe.getBytes(UTF_8)));
        assertThrows(CardDavException.class, () -> ReportParser.root("<not closed".getBytes(UTF_8)));
    }
}
