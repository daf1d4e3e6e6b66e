package dev.parley.web.dav;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
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
 * Reads DAV request bodies into a DOM: namespace-aware, with no DTDs or external entities (RFC 4918
 * §20.6 warns of entity expansion attacks), so a body can never make the server fetch or expand
 * anything. Malformed XML is a 400 (RFC 4918 §8.2).
 */
public final class DavXml {

    private static final DocumentBuilderFactory FACTORY = factory();

    private DavXml() {
    }

    private static DocumentBuilderFactory factory() {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setXIncludeAware(false);
        f.setExpandEntityReferences(false);
        try {
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException("XML parser lacks the features DAV parsing needs", e);
        }
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return f;
    }

    /** The document element of a body, or null for an empty body. */
    public static Element parse(InputStream body) {
        if (body == null) {
            return null;
        }
        try {
            InputStream in = body.markSupported() ? body : new java.io.BufferedInputStream(body);
            in.mark(1);
            if (in.read() < 0) {
                return null;
            }
            in.reset();
            DocumentBuilder builder;
            synchronized (FACTORY) {
                builder = FACTORY.newDocumentBuilder();
            }
            builder.setErrorHandler(null);
            Document doc = builder.parse(in);
            return doc.getDocumentElement();
        } catch (SAXException e) {
            throw DavException.badRequest("malformed XML body: " + e.getMessage());
        } catch (IOException e) {
            throw DavException.badRequest("unreadable body: " + e.getMessage());
        } catch (ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
    }

    public static QName name(Node node) {
        String local = node.getLocalName() == null ? node.getNodeName() : node.getLocalName();
        return new QName(node.getNamespaceURI() == null ? "" : node.getNamespaceURI(), local);
    }

    public static boolean is(Node node, QName name) {
        return node instanceof Element && name(node).equals(name);
    }

    /** Child elements, in document order. */
    public static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent == null) {
            return out;
        }
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e) {
                out.add(e);
            }
        }
        return out;
    }

    /** The first child element of that name, or null. */
    public static Element child(Element parent, QName name) {
        for (Element e : children(parent)) {
            if (name(e).equals(name)) {
                return e;
            }
        }
        return null;
    }

    /** The element's text, stripped. */
    public static String text(Element e) {
        return e == null ? null : e.getTextContent().strip();
    }
}
