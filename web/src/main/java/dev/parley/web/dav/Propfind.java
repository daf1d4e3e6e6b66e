package dev.parley.web.dav;

import java.util.LinkedHashSet;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * A PROPFIND body (RFC 4918 §9.1, §14.20): {@code allprop} (with optional {@code include}),
 * {@code propname}, or {@code prop} with the names asked for. An empty body means allprop.
 */
public record Propfind(Kind kind, Set<QName> names) {

    public enum Kind { ALLPROP, PROPNAME, PROP }

    public Propfind {
        names = java.util.Collections.unmodifiableSet(new LinkedHashSet<>(names));
    }

    public static Propfind allprop() {
        return new Propfind(Kind.ALLPROP, Set.of());
    }

    public static Propfind prop(Set<QName> names) {
        return new Propfind(Kind.PROP, names);
    }

    public static Propfind parse(Element root) {
        if (root == null) {
            return allprop();
        }
        if (!DavXml.is(root, Dav.PROPFIND)) {
            throw DavException.badRequest("PROPFIND body must be DAV:propfind");
        }
        for (Element e : DavXml.children(root)) {
            if (DavXml.is(e, Dav.PROP)) {
                return prop(names(e));
            }
            if (DavXml.is(e, Dav.PROPNAME)) {
                return new Propfind(Kind.PROPNAME, Set.of());
            }
            if (DavXml.is(e, Dav.ALLPROP)) {
                Element include = DavXml.child(root, Dav.INCLUDE);
                return new Propfind(Kind.ALLPROP, include == null ? Set.of() : names(include));
            }
        }
        throw DavException.badRequest("DAV:propfind needs prop, propname or allprop");
    }

    /** The names of the child elements of a {@code DAV:prop} (or include) element, in order. */
    public static Set<QName> names(Element prop) {
        Set<QName> out = new LinkedHashSet<>();
        for (Element e : DavXml.children(prop)) {
            out.add(DavXml.name(e));
        }
        return out;
    }
}
