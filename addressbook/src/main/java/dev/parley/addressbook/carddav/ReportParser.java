package dev.parley.addressbook.carddav;

import dev.parley.addressbook.vcard.CardVersion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.namespace.QName;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * Parses the CardDAV REPORT bodies (RFC 6352 §8.6 addressbook-query, §8.7 addressbook-multiget) into
 * records. No DTDs or external entities (XXE); the caller bounds the body's size. A malformed body is
 * a {@link CardDavException} without precondition (400); unsupported filters, collations or
 * address-data types carry their precondition (RFC 6352 §8.3, §10.3).
 */
public final class ReportParser {

    private ReportParser() {
    }

    public static Element root(byte[] body) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document d = b.parse(new ByteArrayInputStream(body));
            return d.getDocumentElement();
        } catch (ParserConfigurationException | SAXException | IOException e) {
            throw new CardDavException(null, "malformed XML body: " + e.getMessage());
        }
    }

    public static AddressbookQuery query(Element root) {
        expect(root, CardDav.ADDRESSBOOK_QUERY);
        Element prop = child(root, CardDav.DAV, "prop");
        Element filter = child(root, CardDav.NS, "filter");
        boolean allOf = false;
        List<PropFilter> filters = new ArrayList<>();
        if (filter != null) {
            allOf = "allof".equalsIgnoreCase(filter.getAttribute("test"));
            for (Element e : children(filter)) {
                if (is(e, CardDav.NS, "prop-filter")) {
                    filters.add(propFilter(e));
                } else {
                    throw new CardDavException(CardDav.Precondition.SUPPORTED_FILTER, "unknown filter element " + e.getLocalName());
                }
            }
        }
        Integer limit = null;
        Element l = child(root, CardDav.NS, "limit");
        if (l != null) {
            Element n = child(l, CardDav.NS, "nresults");
            try {
                limit = n == null ? null : Integer.valueOf(n.getTextContent().strip());
            } catch (NumberFormatException e) {
                throw new CardDavException(null, "nresults is not a number");
            }
            if (limit != null && limit < 1) {
                throw new CardDavException(null, "nresults must be positive");
            }
        }
        return new AddressbookQuery(names(prop), addressData(prop), allOf, filters, limit);
    }

    public static AddressbookMultiget multiget(Element root) {
        expect(root, CardDav.ADDRESSBOOK_MULTIGET);
        Element prop = child(root, CardDav.DAV, "prop");
        List<String> hrefs = new ArrayList<>();
        for (Element e : children(root)) {
            if (is(e, CardDav.DAV, "href")) {
                hrefs.add(e.getTextContent().strip());
            }
        }
        if (hrefs.isEmpty()) {
            throw new CardDavException(null, "addressbook-multiget without DAV:href");
        }
        return new AddressbookMultiget(names(prop), addressData(prop), hrefs);
    }

    private static PropFilter propFilter(Element e) {
        String name = e.getAttribute("name");
        if (name.isBlank()) {
            throw new CardDavException(null, "prop-filter without name");
        }
        boolean allOf = "allof".equalsIgnoreCase(e.getAttribute("test"));
        boolean notDefined = false;
        List<TextMatch> matches = new ArrayList<>();
        List<PropFilter.ParamFilter> params = new ArrayList<>();
        for (Element c : children(e)) {
            if (is(c, CardDav.NS, "is-not-defined")) {
                notDefined = true;
            } else if (is(c, CardDav.NS, "text-match")) {
                matches.add(textMatch(c));
            } else if (is(c, CardDav.NS, "param-filter")) {
                String p = c.getAttribute("name");
                Element tm = child(c, CardDav.NS, "text-match");
                params.add(new PropFilter.ParamFilter(p.toUpperCase(Locale.ROOT),
                        child(c, CardDav.NS, "is-not-defined") != null, tm == null ? null : textMatch(tm)));
            } else {
                throw new CardDavException(CardDav.Precondition.SUPPORTED_FILTER, "unknown prop-filter element " + c.getLocalName());
            }
        }
        return new PropFilter(name.toUpperCase(Locale.ROOT), allOf, notDefined, matches, params);
    }

    private static TextMatch textMatch(Element e) {
        String type = e.getAttribute("match-type");
        TextMatch.MatchType matchType = switch (type.isEmpty() ? "contains" : type) {
            case "equals" -> TextMatch.MatchType.EQUALS;
            case "contains" -> TextMatch.MatchType.CONTAINS;
            case "starts-with" -> TextMatch.MatchType.STARTS_WITH;
            case "ends-with" -> TextMatch.MatchType.ENDS_WITH;
            default -> throw new CardDavException(CardDav.Precondition.SUPPORTED_FILTER, "unknown match-type " + type);
        };
        String collation = e.getAttribute("collation");
        return new TextMatch(e.getTextContent(), collation.isEmpty() ? null : collation, matchType,
                "yes".equalsIgnoreCase(e.getAttribute("negate-condition")));
    }

    /** RFC 6352 §10.4: content-type text/vcard only, version 3.0 or 4.0; prop children pick properties. */
    static AddressDataRequest addressData(Element prop) {
        Element ad = prop == null ? null : child(prop, CardDav.NS, "address-data");
        if (ad == null) {
            return AddressDataRequest.ALL;
        }
        String type = ad.getAttribute("content-type");
        if (!type.isEmpty() && !type.equalsIgnoreCase("text/vcard")) {
            throw new CardDavException(CardDav.Precondition.SUPPORTED_ADDRESS_DATA, "address-data content-type " + type
                    + " is not supported (text/vcard)");
        }
        String v = ad.getAttribute("version");
        CardVersion version = v.isEmpty() ? null : CardVersion.of(v).orElseThrow(() -> new CardDavException(
                CardDav.Precondition.SUPPORTED_ADDRESS_DATA, "vCard version " + v + " is not supported (3.0, 4.0)"));
        Set<String> props = new LinkedHashSet<>();
        for (Element c : children(ad)) {
            if (is(c, CardDav.NS, "prop")) {
                props.add(c.getAttribute("name").toUpperCase(Locale.ROOT));
            }
        }
        return new AddressDataRequest(version, props);
    }

    private static List<QName> names(Element prop) {
        List<QName> out = new ArrayList<>();
        if (prop != null) {
            for (Element c : children(prop)) {
                out.add(new QName(c.getNamespaceURI() == null ? "" : c.getNamespaceURI(), c.getLocalName()));
            }
        }
        return out;
    }

    private static void expect(Element root, QName name) {
        if (!is(root, name.getNamespaceURI(), name.getLocalPart())) {
            throw new CardDavException(null, "expected " + name.getLocalPart() + ", got " + root.getLocalName());
        }
    }

    static boolean is(Element e, String ns, String local) {
        return ns.equals(e.getNamespaceURI()) && local.equals(e.getLocalName());
    }

    static Element child(Element parent, String ns, String local) {
        for (Element e : children(parent)) {
            if (is(e, ns, local)) {
                return e;
            }
        }
        return null;
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }
}
