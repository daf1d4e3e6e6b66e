package dev.parley.web.dav;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * The nodes the core serves itself: the root {@code /dav/}, the principal collection
 * {@code /dav/principals/}, principals {@code /dav/principals/<user>/} (RFC 3744 §2) with the
 * properties the collection types add (home sets), and the root of each collection type
 * ({@code /dav/calendars/}), whose member is the caller's home.
 */
final class CoreNodes {

    private CoreNodes() {
    }

    static Map<QName, PropertyValue> pick(Map<QName, PropertyValue> all, Set<QName> names) {
        return PropertyLookup.pick(all, names);
    }

    static Map<QName, PropertyValue> collection(String displayName) {
        Map<QName, PropertyValue> p = new LinkedHashMap<>();
        p.put(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION)));
        p.put(Dav.DISPLAYNAME, PropertyValue.text(displayName));
        return p;
    }

    record Root(DavContext ctx, List<DavCollectionType> types) implements DavNode {
        @Override
        public String href() {
            return ctx.root() + "/";
        }

        @Override
        public boolean isCollection() {
            return true;
        }

        @Override
        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            return pick(collection("Parley"), names);
        }

        @Override
        public List<DavNode> members(DavContext c) {
            List<DavNode> out = new ArrayList<>();
            out.add(new Principals(c, types));
            for (DavCollectionType t : types) {
                out.add(new TypeRoot(c, t));
            }
            return out;
        }

        @Override
        public Optional<DavNode> member(DavContext c, String name) {
            return members(c).stream().filter(n -> n.href().equals(c.href(true, name))).findFirst();
        }
    }

    record Principals(DavContext ctx, List<DavCollectionType> types) implements DavNode {
        @Override
        public String href() {
            return ctx.href(true, DavContext.PRINCIPALS);
        }

        @Override
        public boolean isCollection() {
            return true;
        }

        @Override
        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            return pick(collection("Principals"), names);
        }

        @Override
        public List<DavNode> members(DavContext c) {
            return List.of(new Principal(c, c.user(), types));
        }

        @Override
        public Optional<DavNode> member(DavContext c, String name) {
            // only the caller's own principal: looking up others needs directory rights this tree does not check
            return name.equalsIgnoreCase(c.user()) ? Optional.of(new Principal(c, c.user(), types)) : Optional.empty();
        }
    }

    record Principal(DavContext ctx, String user, List<DavCollectionType> types) implements DavNode {
        @Override
        public String href() {
            return ctx.principalHref(user);
        }

        @Override
        public boolean isCollection() {
            return true;
        }

        @Override
        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            Map<QName, PropertyValue> p = new LinkedHashMap<>();
            p.put(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION, Dav.PRINCIPAL)));
            p.put(Dav.DISPLAYNAME, PropertyValue.text(user));
            p.put(Dav.PRINCIPAL_URL, PropertyValue.href(href()));
            Map<QName, PropertyValue> selected = pick(p, names);
            for (DavCollectionType t : types) {
                selected.putAll(t.principalProperties(c, user, names));
            }
            return selected;
        }
    }

    record TypeRoot(DavContext ctx, DavCollectionType type) implements DavNode {
        @Override
        public String href() {
            return ctx.href(true, type.segment());
        }

        @Override
        public boolean isCollection() {
            return true;
        }

        @Override
        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            return pick(collection(type.segment()), names);
        }

        @Override
        public List<DavNode> members(DavContext c) {
            return type.home(c, c.user()).stream().toList();
        }

        @Override
        public Optional<DavNode> member(DavContext c, String name) {
            return type.home(c, name);
        }
    }
}
