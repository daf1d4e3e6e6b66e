package dev.parley.addressbook.carddav;

import dev.parley.addressbook.vcard.CardVersion;
import java.util.ArrayList;
import java.util.List;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The properties a client sets on an address book: extended MKCOL (RFC 5689 §3: {@code DAV:mkcol /
 * set / prop} with a resourcetype of collection + {@code CARDDAV:addressbook}, RFC 6352 §6.3.1) and
 * PROPPATCH ({@code DAV:propertyupdate / set|remove / prop}). {@code unsupported} lists the
 * properties the store cannot keep, so the answer can give them 403 (RFC 4918 §9.2).
 */
public record CollectionProperties(boolean addressbook, String displayName, String description,
        List<QName> removed, List<QName> unsupported) {

    private static final QName RESOURCETYPE = new QName(CardDav.DAV, "resourcetype");
    private static final QName DISPLAYNAME = new QName(CardDav.DAV, "displayname");

    public CollectionProperties {
        removed = List.copyOf(removed);
        unsupported = List.copyOf(unsupported);
    }

    /** An extended MKCOL body; an empty body (plain MKCOL) is not an address book. */
    public static CollectionProperties mkcol(Element root) {
        if (!ReportParser.is(root, CardDav.DAV, "mkcol")) {
            throw new CardDavException(null, "expected DAV:mkcol, got " + root.getLocalName());
        }
        return read(root);
    }

    public static CollectionProperties proppatch(Element root) {
        if (!ReportParser.is(root, CardDav.DAV, "propertyupdate")) {
            throw new CardDavException(null, "expected DAV:propertyupdate, got " + root.getLocalName());
        }
        return read(root);
    }

    private static CollectionProperties read(Element root) {
        boolean addressbook = false;
        String displayName = null;
        String description = null;
        List<QName> removed = new ArrayList<>();
        List<QName> unsupported = new ArrayList<>();
        for (Element op : ReportParser.children(root)) {
            boolean set = ReportParser.is(op, CardDav.DAV, "set");
            if (!set && !ReportParser.is(op, CardDav.DAV, "remove")) {
                continue;
            }
            Element prop = ReportParser.child(op, CardDav.DAV, "prop");
            if (prop == null) {
                continue;
            }
            for (Element p : ReportParser.children(prop)) {
                QName name = new QName(p.getNamespaceURI() == null ? "" : p.getNamespaceURI(), p.getLocalName());
                if (!set) {
                    removed.add(name);
                } else if (name.equals(RESOURCETYPE)) {
                    addressbook = ReportParser.child(p, CardDav.NS, "addressbook") != null;
                    if (ReportParser.child(p, CardDav.DAV, "collection") == null) {
                        unsupported.add(name);
                    }
                } else if (name.equals(DISPLAYNAME)) {
                    displayName = p.getTextContent().strip();
                } else if (name.equals(CardDav.ADDRESSBOOK_DESCRIPTION)) {
                    description = p.getTextContent().strip();
                } else if (name.equals(CardDav.SUPPORTED_ADDRESS_DATA)) {
                    checkAddressData(p);
                } else {
                    unsupported.add(name);
                }
            }
        }
        return new CollectionProperties(addressbook, displayName, description, removed, unsupported);
    }

    /** RFC 6352 §6.2.2: a client may only ask for what the server supports (vCard 3.0 and 4.0). */
    private static void checkAddressData(Element p) {
        for (Element type : ReportParser.children(p)) {
            String media = type.getAttribute("content-type");
            String version = type.getAttribute("version");
            if (!media.isEmpty() && !media.equalsIgnoreCase("text/vcard")
                    || !version.isEmpty() && CardVersion.of(version).isEmpty()) {
                throw new CardDavException(CardDav.Precondition.SUPPORTED_ADDRESS_DATA,
                        "address data " + media + " " + version + " is not supported (text/vcard 3.0, 4.0)");
            }
        }
    }
}
