package dev.parley.web.dav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.parley.directory.api.Caller;
import jakarta.enterprise.inject.Instance;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import org.junit.jupiter.api.Test;

/** DavEndpoint's own logic (PROPPATCH 424, MKCOL on an existing member, PUT preconditions, sync-collection) over an in-test collection. */
class DavEndpointTest {

    static final String HOME = "/dav/things/alice@example.test/";
    final Map<String, String> items = new HashMap<>(Map.of("a.txt", "\"1\""));
    final List<String> puts = new ArrayList<>();

    class Item implements DavNode {
        final String name;

        Item(String name) {
            this.name = name;
        }

        public String href() {
            return HOME + name;
        }

        public boolean isCollection() {
            return false;
        }

        public String etag() {
            return items.get(name);
        }

        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            return Map.of(Dav.GETETAG, PropertyValue.text(etag()));
        }
    }

    class Home implements DavNode {
        public String href() {
            return HOME;
        }

        public boolean isCollection() {
            return true;
        }

        public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
            return Map.of(Dav.DISPLAYNAME, PropertyValue.text("Things"));
        }

        public Optional<DavNode> member(DavContext c, String name) {
            return items.containsKey(name) ? Optional.of(new Item(name)) : Optional.empty();
        }

        public PutResult put(DavContext c, String name, byte[] body, String type, Preconditions pre) {
            puts.add(name);
            return new PutResult(!items.containsKey(name), "\"2\"", null);
        }

        public Map<QName, Integer> proppatch(DavContext c, List<PropUpdate> updates) {
            return Map.of(Dav.dav("getetag"), 403);
        }

        public boolean syncable() {
            return true;
        }

        public Changes changesSince(DavContext c, String token, Integer limit) {
            return new Changes(List.of("a.txt"), List.of("gone.txt"), "urn:x-parley:sync:7", limit != null);
        }
    }

    DavEndpoint endpoint(String path) {
        DavEndpoint e = new DavEndpoint();
        DavCollectionType type = new DavCollectionType() {
            public String segment() {
                return "things";
            }

            public Set<String> complianceClasses() {
                return Set.of("things");
            }

            public Optional<DavNode> home(DavContext c, String user) {
                return user.equals(c.user()) ? Optional.of(new Home()) : Optional.empty();
            }

            public Map<QName, PropertyValue> principalProperties(DavContext c, String user, Set<QName> names) {
                return Map.of();
            }
        };
        @SuppressWarnings("unchecked")
        Instance<DavCollectionType> types = mock(Instance.class);
        when(types.iterator()).thenAnswer(i -> List.of(type).iterator());
        org.mockito.Mockito.doAnswer(i -> {
            ((java.util.function.Consumer<DavCollectionType>) i.getArgument(0)).accept(type);
            return null;
        }).when(types).forEach(org.mockito.ArgumentMatchers.any());
        e.types = types;
        e.uri = mock(UriInfo.class);
        when(e.uri.getBaseUri()).thenReturn(URI.create("http://localhost:8080/dav/"));
        e.request = mock(ContainerRequestContext.class);
        when(e.request.getProperty(DavAuthenticationFilter.CALLER_PROPERTY)).thenReturn(new Caller("alice@example.test", Set.of("user")));
        e.path = path;
        return e;
    }

    static ByteArrayInputStream body(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    static String entity(Response r) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ((StreamingOutput) r.getEntity()).write(out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void proppatchFailureMakesTheOthersFailedDependency() throws Exception {
        Response r = endpoint("things/alice@example.test/").proppatch(body("""
                <D:propertyupdate xmlns:D="DAV:"><D:set><D:prop><D:displayname>x</D:displayname><D:getetag>y</D:getetag></D:prop></D:set></D:propertyupdate>"""));
        assertEquals(207, r.getStatus());
        String xml = entity(r);
        assertTrue(xml.contains("HTTP/1.1 424 Failed Dependency"), xml);
        assertTrue(xml.contains("HTTP/1.1 403 Forbidden"), xml);
    }

    @Test
    void mkcolOnAnExistingMemberIs405AndMkcalendar403() {
        assertEquals(405, assertThrows(DavException.class, () -> endpoint("things/alice@example.test/a.txt").mkcol(null)).status());
        DavException cal = assertThrows(DavException.class, () -> endpoint("things/alice@example.test/a.txt").mkcalendar(null));
        assertEquals(Dav.RESOURCE_MUST_BE_NULL, cal.condition());
    }

    @Test
    void putChecksPreconditionsBeforeTheStore() throws Exception {
        assertEquals(412, assertThrows(DavException.class,
                () -> endpoint("things/alice@example.test/a.txt").put("\"0\"", null, "text/plain", body("x"))).status());
        assertEquals(412, assertThrows(DavException.class,
                () -> endpoint("things/alice@example.test/a.txt").put(null, "*", "text/plain", body("x"))).status());
        assertEquals(List.of(), puts);
        Response created = endpoint("things/alice@example.test/b.txt").put(null, "*", "text/plain", body("x"));
        assertEquals(201, created.getStatus());
        assertEquals("\"2\"", created.getHeaderString("ETag"));
        assertEquals(204, endpoint("things/alice@example.test/a.txt").put("\"1\"", null, "text/plain", body("x")).getStatus());
        assertEquals(409, assertThrows(DavException.class,
                () -> endpoint("things/alice@example.test/no/c.txt").put(null, null, "text/plain", body("x"))).status());
    }

    @Test
    void syncCollectionListsChangesRemovalsTruncationAndToken() throws Exception {
        Response r = endpoint("things/alice@example.test/").report(null, body("""
                <D:sync-collection xmlns:D="DAV:"><D:sync-token>urn:x-parley:sync:3</D:sync-token><D:sync-level>1</D:sync-level>
                <D:limit><D:nresults>1</D:nresults></D:limit><D:prop><D:getetag/></D:prop></D:sync-collection>"""));
        String xml = entity(r);
        assertTrue(xml.contains("<D:href>" + HOME + "a.txt</D:href>"), xml);
        assertTrue(xml.contains("<D:getetag>\"1\"</D:getetag>"), xml);
        assertTrue(xml.contains("<D:href>" + HOME + "gone.txt</D:href><D:status>HTTP/1.1 404 Not Found</D:status>"), xml);
        assertTrue(xml.contains("HTTP/1.1 507 Insufficient Storage"), xml);
        assertTrue(xml.contains("<D:number-of-matches-within-limits/>"), xml);
        assertTrue(xml.contains("<D:sync-token>urn:x-parley:sync:7</D:sync-token>"), xml);
    }

    @Test
    void optionsAnnounceClassesOfEveryType() {
        Response r = endpoint("").options();
        assertEquals("1, 3, access-control, extended-mkcol, things", r.getHeaderString("DAV"));
    }
}
