package dev.parley.calendar.caldav;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/** Small DOM helpers for already parsed (XXE-safe, by the front end) request bodies. */
final class Xml {
    private Xml() {
    }

    static QName name(Node n) {
        String local = n.getLocalName() == null ? n.getNodeName() : n.getLocalName();
        return new QName(n.getNamespaceURI() == null ? "" : n.getNamespaceURI(), local);
    }

    static boolean is(Node n, QName name) {
        return n instanceof Element && name(n).equals(name);
    }

    static List<Element> children(Element parent) {
        List<Element> out = new ArrayList<>();
        if (parent != null) {
            for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e) {
                    out.add(e);
                }
            }
        }
        return out;
    }

    static List<Element> children(Element parent, QName name) {
        return children(parent).stream().filter(e -> name(e).equals(name)).toList();
    }

    static Element child(Element parent, QName name) {
        List<Element> c = children(parent, name);
        return c.isEmpty() ? null : c.get(0);
    }

    static String attr(Element e, String name) {
        return e.hasAttribute(name) ? e.getAttribute(name) : null;
    }
}
