package dev.parley.web.dav;

import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * One instruction of a PROPPATCH (RFC 4918 §14.19 {@code propertyupdate}) or of the {@code set} of an
 * extended MKCOL (RFC 5689 §5.1) or MKCALENDAR (RFC 4791 §5.3.1): set {@code name} to the element
 * {@code value}, or remove it ({@code value} null). Instructions are kept in document order (§9.2).
 */
public record PropUpdate(QName name, Element value) {

    public boolean remove() {
        return value == null;
    }

    /** The value's text content, stripped; null when removing. */
    public String text() {
        return value == null ? null : value.getTextContent().strip();
    }

    /** Parses a {@code DAV:propertyupdate} body. */
    public static List<PropUpdate> parsePropertyUpdate(Element root) {
        if (root == null || !DavXml.is(root, Dav.PROPERTYUPDATE)) {
            throw DavException.badRequest("PROPPATCH body must be DAV:propertyupdate");
        }
        List<PropUpdate> out = new ArrayList<>();
        for (Element op : DavXml.children(root)) {
            boolean set = DavXml.is(op, Dav.SET);
            if (!set && !DavXml.is(op, Dav.REMOVE)) {
                throw DavException.badRequest("DAV:propertyupdate allows only set and remove");
            }
            Element prop = DavXml.child(op, Dav.PROP);
            if (prop == null) {
                throw DavException.badRequest("set/remove needs DAV:prop");
            }
            for (Element p : DavXml.children(prop)) {
                out.add(new PropUpdate(DavXml.name(p), set ? p : null));
            }
        }
        if (out.isEmpty()) {
            throw DavException.badRequest("DAV:propertyupdate names no property");
        }
        return out;
    }

    /**
     * Parses an extended MKCOL body ({@code DAV:mkcol}, RFC 5689 §5.1) or a MKCALENDAR body
     * ({@code CALDAV:mkcalendar}, RFC 4791 §9.3): the properties of its {@code DAV:set}s. An empty
     * body gives an empty list.
     */
    public static List<PropUpdate> parseCreate(Element root, QName expectedRoot) {
        if (root == null) {
            return List.of();
        }
        if (!DavXml.is(root, expectedRoot)) {
            throw new DavException(415, null, "body must be " + expectedRoot);
        }
        List<PropUpdate> out = new ArrayList<>();
        for (Element op : DavXml.children(root)) {
            if (!DavXml.is(op, Dav.SET)) {
                throw DavException.badRequest(expectedRoot.getLocalPart() + " allows only DAV:set");
            }
            Element prop = DavXml.child(op, Dav.PROP);
            for (Element p : DavXml.children(prop)) {
                out.add(new PropUpdate(DavXml.name(p), p));
            }
        }
        return out;
    }

    /** The {@code DAV:resourcetype} children named in a create body (RFC 5689 §3), or empty. */
    public static List<QName> resourceTypes(List<PropUpdate> updates) {
        List<QName> out = new ArrayList<>();
        for (PropUpdate u : updates) {
            if (u.name().equals(Dav.RESOURCETYPE) && u.value() != null) {
                for (Element t : DavXml.children(u.value())) {
                    out.add(DavXml.name(t));
                }
            }
        }
        return out;
    }
}
