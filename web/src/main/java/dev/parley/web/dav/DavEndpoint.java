package dev.parley.web.dav;

import dev.parley.directory.api.Caller;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import javax.xml.stream.XMLStreamException;
import org.w3c.dom.Element;

/**
 * The WebDAV methods (RFC 4918) over the node tree of {@link DavTree}: one resource method per HTTP
 * method, each resolving the path and handing the work to the node (docs/adr/0065).
 */
@Path("{path: .*}")
@RequestScoped
public class DavEndpoint {

    static final String ALLOW = "OPTIONS, GET, HEAD, PUT, DELETE, PROPFIND, PROPPATCH, MKCOL, MKCALENDAR, REPORT, COPY, MOVE";

    @Inject
    @Any
    Instance<DavCollectionType> types;

    @Context
    UriInfo uri;

    @Context
    ContainerRequestContext request;

    @PathParam("path")
    String path;

    private DavContext ctx() {
        Caller caller = (Caller) request.getProperty(DavAuthenticationFilter.CALLER_PROPERTY);
        String base = uri.getBaseUri().getRawPath();
        return new DavContext(caller, base.endsWith("/") ? base.substring(0, base.length() - 1) : base);
    }

    private DavTree tree() {
        List<DavCollectionType> list = new ArrayList<>();
        types.forEach(list::add);
        list.sort((a, b) -> a.segment().compareTo(b.segment()));
        return new DavTree(list);
    }

    private List<String> segments() {
        return DavPath.split(path == null ? "" : path);
    }

    @OPTIONS
    public Response options() {
        Set<String> classes = new LinkedHashSet<>(List.of("1", "3", "access-control", "extended-mkcol"));
        for (DavCollectionType t : tree().types()) {
            classes.addAll(t.complianceClasses());
        }
        return Response.ok().header("Allow", ALLOW).header("DAV", String.join(", ", classes))
                .header("MS-Author-Via", "DAV").build();
    }

    @PROPFIND
    public Response propfind(@HeaderParam("Depth") String depthHeader, InputStream body) {
        DavContext ctx = ctx();
        Depth depth = Depth.parse(depthHeader, Depth.INFINITY);
        Propfind request = Propfind.parse(DavXml.parse(body));
        DavNode node = tree().require(ctx, segments());
        if (depth == Depth.INFINITY && node.isCollection()) {
            // RFC 4918 §9.1: a server may refuse infinite depth with this precondition
            throw DavException.forbidden(Dav.PROPFIND_FINITE_DEPTH, "Depth: infinity is not supported");
        }
        List<DavNode> nodes = new ArrayList<>();
        nodes.add(node);
        if (depth == Depth.ONE && node.isCollection()) {
            nodes.addAll(node.members(ctx));
        }
        return multistatus(out -> {
            for (DavNode n : nodes) {
                out.write(PropertyLookup.response(ctx, n, request));
            }
        });
    }

    @PROPPATCH
    public Response proppatch(InputStream body) {
        DavContext ctx = ctx();
        List<PropUpdate> updates = PropUpdate.parsePropertyUpdate(DavXml.parse(body));
        DavNode node = tree().require(ctx, segments());
        Map<QName, Integer> statuses = node.proppatch(ctx, updates);
        boolean failed = statuses.values().stream().anyMatch(s -> s >= 300);
        Map<Integer, Map<QName, PropertyValue>> byStatus = new LinkedHashMap<>();
        for (PropUpdate u : updates) {
            int s = statuses.getOrDefault(u.name(), 200);
            if (failed && s < 300) {
                s = 424; // RFC 4918 §9.2: the others fail with 424 Failed Dependency
            }
            byStatus.computeIfAbsent(s, k -> new LinkedHashMap<>()).put(u.name(), PropertyValue.EMPTY);
        }
        List<PropStat> propstats = new ArrayList<>();
        byStatus.forEach((s, props) -> propstats.add(new PropStat(s, props)));
        return multistatus(out -> out.write(DavResponse.ofPropstats(node.href(), propstats)));
    }

    @MKCOL
    public Response mkcol(InputStream body) {
        return create("MKCOL", body, Dav.MKCOL);
    }

    @MKCALENDAR
    public Response mkcalendar(InputStream body) {
        return create("MKCALENDAR", body, new QName(Dav.CALDAV, "mkcalendar"));
    }

    private Response create(String method, InputStream body, QName root) {
        DavContext ctx = ctx();
        List<PropUpdate> props = PropUpdate.parseCreate(DavXml.parse(body), root);
        List<String> segments = segments();
        DavTree tree = tree();
        DavNode parent = tree.parent(ctx, segments);
        String name = segments.get(segments.size() - 1);
        if (parent.member(ctx, name).isPresent()) {
            // RFC 4918 §9.3.1 (MKCOL), RFC 4791 §5.3.1.1 (MKCALENDAR: resource-must-be-null)
            throw method.equals("MKCALENDAR")
                    ? DavException.forbidden(Dav.RESOURCE_MUST_BE_NULL, "the resource exists")
                    : DavException.notAllowed("the resource exists");
        }
        parent.mkcol(ctx, name, method, PropUpdate.resourceTypes(props), props);
        return Response.status(201).header("Cache-Control", "no-cache").build();
    }

    @GET
    public Response get(@HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return read(ifMatch, ifNoneMatch, true);
    }

    @HEAD
    public Response head(@HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch) {
        return read(ifMatch, ifNoneMatch, false);
    }

    private Response read(String ifMatch, String ifNoneMatch, boolean withBody) {
        DavContext ctx = ctx();
        DavNode node = tree().require(ctx, segments());
        Content content = node.content(ctx);
        Preconditions pre = new Preconditions(ifMatch, ifNoneMatch);
        switch (pre.evaluate(content.etag(), true)) {
            case FAILED -> throw DavException.preconditionFailed("the resource has changed");
            case NOT_MODIFIED -> {
                return Response.notModified().header("ETag", content.etag()).build();
            }
            default -> { }
        }
        Response.ResponseBuilder r = Response.ok(withBody ? content.body() : null)
                .type(content.contentType()).header("ETag", content.etag());
        if (!withBody) {
            r.header("Content-Length", content.body().length);
        }
        if (content.lastModified() != null) {
            r.lastModified(java.util.Date.from(content.lastModified()));
        }
        node.headers().forEach(r::header);
        return r.build();
    }

    @PUT
    public Response put(@HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch,
            @HeaderParam("Content-Type") String contentType, InputStream body) throws IOException {
        DavContext ctx = ctx();
        List<String> segments = segments();
        DavNode parent = tree().parent(ctx, segments);
        String name = segments.get(segments.size() - 1);
        Preconditions pre = new Preconditions(ifMatch, ifNoneMatch);
        Optional<DavNode> existing = parent.member(ctx, name);
        if (existing.isPresent() && existing.get().isCollection()) {
            throw DavException.notAllowed("PUT to a collection");
        }
        pre.check(existing.map(DavNode::etag).orElse(null));
        byte[] bytes = body == null ? new byte[0] : body.readAllBytes();
        PutResult result = parent.put(ctx, name, bytes, contentType, pre);
        return written(result);
    }

    private static Response written(PutResult result) {
        Response.ResponseBuilder r = Response.status(result.created() ? 201 : 204);
        if (result.etag() != null) {
            r.header("ETag", result.etag());
        }
        if (result.scheduleTag() != null) {
            r.header("Schedule-Tag", result.scheduleTag());
        }
        return r.build();
    }

    @DELETE
    public Response delete(@HeaderParam("If-Match") String ifMatch, @HeaderParam("If-None-Match") String ifNoneMatch) {
        DavContext ctx = ctx();
        DavNode node = tree().require(ctx, segments());
        Preconditions pre = new Preconditions(ifMatch, ifNoneMatch);
        pre.check(node.isCollection() ? null : node.etag());
        node.delete(ctx, pre);
        return Response.noContent().build();
    }

    @COPY
    public Response copy(@HeaderParam("Destination") String destination, @HeaderParam("Overwrite") String overwrite) {
        return transfer(destination, overwrite, false);
    }

    @MOVE
    public Response move(@HeaderParam("Destination") String destination, @HeaderParam("Overwrite") String overwrite) {
        return transfer(destination, overwrite, true);
    }

    /** COPY/MOVE of a non-collection (RFC 4918 §9.8, §9.9) as PUT to the destination (+ DELETE of the source). */
    private Response transfer(String destination, String overwrite, boolean move) {
        DavContext ctx = ctx();
        DavTree tree = tree();
        DavNode source = tree.require(ctx, segments());
        if (source.isCollection()) {
            throw DavException.forbidden(null, "collections cannot be copied or moved");
        }
        if (destination == null || destination.isBlank()) {
            throw DavException.badRequest("Destination header required");
        }
        List<String> target = ctx.segments(destination.strip());
        if (target == null || target.isEmpty()) {
            // RFC 4918 §9.8.5: 502 when the destination is on another server
            throw new DavException(502, null, "destination outside this server");
        }
        if (target.equals(segments())) {
            throw DavException.forbidden(null, "source and destination are the same");
        }
        DavNode parent = tree.parent(ctx, target);
        String name = target.get(target.size() - 1);
        boolean mayOverwrite = overwrite == null || !overwrite.strip().equalsIgnoreCase("F");
        Optional<DavNode> existing = parent.member(ctx, name);
        if (existing.isPresent() && !mayOverwrite) {
            throw DavException.preconditionFailed("destination exists and Overwrite is F");
        }
        Content content = source.content(ctx);
        Preconditions pre = mayOverwrite ? Preconditions.NONE : new Preconditions(null, "*");
        PutResult result = parent.put(ctx, name, content.body(), content.contentType(), pre);
        if (move) {
            source.delete(ctx, new Preconditions(source.etag(), null));
        }
        return written(new PutResult(result.created(), null, null));
    }

    @REPORT
    public Response report(@HeaderParam("Depth") String depthHeader, InputStream body) {
        DavContext ctx = ctx();
        Element root = DavXml.parse(body);
        if (root == null) {
            throw DavException.badRequest("REPORT needs a body");
        }
        DavNode node = tree().require(ctx, segments());
        if (DavXml.is(root, Dav.SYNC_COLLECTION)) {
            return syncCollection(ctx, node, SyncCollection.parse(root));
        }
        return node.report(ctx, root, Depth.parse(depthHeader, Depth.ZERO));
    }

    /** RFC 6578 §3: the members changed and removed since the token, then the new token. */
    private Response syncCollection(DavContext ctx, DavNode node, SyncCollection request) {
        if (!node.syncable()) {
            throw DavException.forbidden(Dav.dav("supported-report"), "sync-collection is not supported here");
        }
        Changes changes = node.changesSince(ctx, request.token(), request.limit());
        Propfind props = Propfind.prop(request.props());
        List<DavNode> changed = node.members(ctx, changes.changed());
        return multistatus(out -> {
            for (DavNode n : changed) {
                out.write(PropertyLookup.response(ctx, n, props));
            }
            for (String removed : changes.removed()) {
                out.write(DavResponse.ofStatus(childHref(node, removed), 404));
            }
            if (changes.truncated()) {
                // RFC 6578 §3.6: the request-URI with 507 and number-of-matches-within-limits
                out.write(new DavResponse(node.href(), 507, List.of(), Dav.NUMBER_OF_MATCHES_WITHIN_LIMITS, null));
            }
            out.syncToken(changes.newToken());
        });
    }

    static String childHref(DavNode collection, String name) {
        return collection.href() + DavContext.encode(name);
    }

    /** A streamed 207 body. */
    public static Response multistatus(Body body) {
        StreamingOutput entity = stream -> {
            try (MultistatusWriter out = new MultistatusWriter(stream)) {
                body.write(out);
            } catch (XMLStreamException e) {
                throw new IOException(e);
            }
        };
        return Response.status(207).type("application/xml;charset=UTF-8").entity(entity).build();
    }

    /** Writes the responses of a multistatus. */
    @FunctionalInterface
    public interface Body {
        void write(MultistatusWriter out) throws XMLStreamException;
    }
}
