package dev.parley.web.dav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.directory.api.Caller;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** The tree with one small in-test collection type (a home with one member). */
class DavTreeTest {

    static final QName HOME_SET = new QName(Dav.CALDAV, "calendar-home-set");
    final DavContext ctx = new DavContext(new Caller("alice@example.test", Set.of("user")), "/dav");

    record Leaf(String href) implements DavNode {
        public boolean isCollection() {
            return false;
        }

        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            return Map.of(Dav.GETETAG, PropertyValue.text("\"1\""));
        }

        public String etag() {
            return "\"1\"";
        }
    }

    record Home(String href) implements DavNode {
        public boolean isCollection() {
            return true;
        }

        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            return Map.of(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION)));
        }

        public Optional<DavNode> member(DavContext c, String name) {
            return name.equals("a.ics") ? Optional.of(new Leaf(href + "a.ics")) : Optional.empty();
        }
    }

    final DavCollectionType calendars = new DavCollectionType() {
        public String segment() {
            return "calendars";
        }

        public Set<String> complianceClasses() {
            return Set.of("calendar-access");
        }

        public Optional<DavNode> home(DavContext c, String user) {
            return user.equals(c.user()) ? Optional.of(new Home(c.href(true, "calendars", user))) : Optional.empty();
        }

        public Map<QName, PropertyValue> principalProperties(DavContext c, String user, Set<QName> names) {
            return Map.of(HOME_SET, PropertyValue.href(c.href(true, "calendars", user)));
        }
    };

    final DavTree tree = new DavTree(List.of(calendars));

    @Test
    void resolvesHomesAndMembersOnlyForTheirOwner() {
        assertEquals("/dav/calendars/alice@example.test/a.ics",
                tree.require(ctx, List.of("calendars", "alice@example.test", "a.ics")).href());
        assertTrue(tree.resolve(ctx, List.of("calendars", "bob@example.test")).isEmpty());
        assertEquals(404, assertThrows(DavException.class,
                () -> tree.require(ctx, List.of("addressbooks", "alice@example.test"))).status());
        assertEquals(409, assertThrows(DavException.class,
                () -> tree.parent(ctx, List.of("calendars", "alice@example.test", "nope", "x.ics"))).status());
    }

    @Test
    void principalCarriesHomeSetAndCoreProperties() {
        DavNode principal = tree.require(ctx, List.of("principals", "alice@example.test"));
        assertEquals("/dav/principals/alice@example.test/", principal.href());
        Propfind ask = Propfind.prop(new java.util.LinkedHashSet<>(List.of(
                Dav.CURRENT_USER_PRINCIPAL, HOME_SET, Dav.RESOURCETYPE, Dav.dav("quota-used-bytes"))));
        List<PropStat> ps = PropertyLookup.propstats(ctx, principal, ask);
        assertEquals(200, ps.get(0).status());
        assertEquals(List.of(Dav.CURRENT_USER_PRINCIPAL, HOME_SET, Dav.RESOURCETYPE),
                List.copyOf(ps.get(0).properties().keySet()));
        assertEquals(404, ps.get(1).status());
        assertEquals(Set.of(Dav.dav("quota-used-bytes")), ps.get(1).properties().keySet());
        assertTrue(tree.resolve(ctx, List.of("principals", "bob@example.test")).isEmpty());
    }

    @Test
    void rootListsPrincipalsAndTypeRoots() {
        DavNode root = tree.require(ctx, List.of());
        assertEquals(List.of("/dav/principals/", "/dav/calendars/"), root.members(ctx).stream().map(DavNode::href).toList());
        Map<QName, PropertyValue> all = new LinkedHashMap<>(root.properties(ctx, null));
        assertTrue(all.containsKey(Dav.RESOURCETYPE));
    }

    @Test
    void defaultsRefuseWhatANodeDoesNotSupport() {
        DavNode leaf = tree.require(ctx, List.of("calendars", "alice@example.test", "a.ics"));
        assertEquals(405, assertThrows(DavException.class, () -> leaf.delete(ctx, Preconditions.NONE)).status());
        assertEquals(403, assertThrows(DavException.class, () -> leaf.changesSince(ctx, "", null)).status());
    }
}
