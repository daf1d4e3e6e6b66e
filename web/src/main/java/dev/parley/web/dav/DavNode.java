package dev.parley.web.dav;

import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * A resource of the DAV tree as a collection type sees it (docs/adr/0065). The core resolves a
 * request path to a node by {@link DavCollectionType#home} and {@link #member}, then calls the method
 * the request needs; whatever a node does not support answers 405 (or 403) by default. Access control
 * is the node's job: a node the caller may not see is never returned (404), one it may only read
 * refuses writes with 403 {@code DAV:need-privileges}.
 */
public interface DavNode {

    /** Absolute path, collections ending with a slash. */
    String href();

    boolean isCollection();

    /**
     * Properties of the node. {@code names} null means allprop: the properties worth sending
     * unasked (RFC 4918 §9.1: not the expensive ones). Names not returned are reported as 404.
     */
    Map<QName, PropertyValue> properties(DavContext ctx, Set<QName> names);

    /** The entity tag (quoted) of a non-collection, or null. */
    default String etag() {
        return null;
    }

    /** The members of a collection, for Depth 1. */
    default List<DavNode> members(DavContext ctx) {
        return List.of();
    }

    /** One member by its name (the last path segment), or empty. */
    default Optional<DavNode> member(DavContext ctx, String name) {
        return Optional.empty();
    }

    /** Several members at once (multiget, sync-collection); missing names are left out. */
    default List<DavNode> members(DavContext ctx, List<String> names) {
        return names.stream().map(n -> member(ctx, n)).flatMap(Optional::stream).toList();
    }

    /** GET/HEAD of a non-collection. */
    default Content content(DavContext ctx) {
        throw DavException.notAllowed("GET is not supported here");
    }

    /** PUT of member {@code name} into this collection; the store repeats the preconditions atomically. */
    default PutResult put(DavContext ctx, String name, byte[] body, String contentType, Preconditions preconditions) {
        throw DavException.notAllowed("PUT is not supported here");
    }

    /** DELETE of this node. */
    default void delete(DavContext ctx, Preconditions preconditions) {
        throw DavException.notAllowed("DELETE is not supported here");
    }

    /**
     * PROPPATCH (RFC 4918 §9.2): all or nothing. Returns the status of each property, 200 when the
     * whole update was applied; when any is refused (403/409) nothing is applied and the core marks
     * the others 424 Failed Dependency.
     */
    default Map<QName, Integer> proppatch(DavContext ctx, List<PropUpdate> updates) {
        throw DavException.forbidden(null, "properties cannot be changed here");
    }

    /**
     * MKCOL / extended MKCOL (RFC 5689) / MKCALENDAR (RFC 4791 §5.3.1) of member {@code name} in this
     * collection. {@code method} is the request method; {@code resourceTypes} come from the body.
     */
    default void mkcol(DavContext ctx, String name, String method, List<QName> resourceTypes, List<PropUpdate> props) {
        throw DavException.forbidden(Dav.VALID_RESOURCETYPE, "no collection can be created here");
    }

    /** The REPORTs this node answers besides DAV:sync-collection (RFC 3253 §3.1.5 supported-report-set). */
    default Set<QName> reports() {
        return Set.of();
    }

    /** A REPORT other than sync-collection; the body's root element names the report. */
    default Response report(DavContext ctx, Element body, Depth depth) {
        throw DavException.forbidden(Dav.dav("supported-report"), "report " + DavXml.name(body) + " is not supported here");
    }

    /** Whether this collection answers sync-collection (RFC 6578). */
    default boolean syncable() {
        return false;
    }

    /**
     * Changes since {@code token} ("" for the initial sync: every member as changed). An unknown or
     * expired token throws 403 {@code DAV:valid-sync-token} (RFC 6578 §3.2).
     */
    default Changes changesSince(DavContext ctx, String token, Integer limit) {
        throw DavException.forbidden(Dav.dav("supported-report"), "sync-collection is not supported here");
    }

    /** Extra response headers of GET/PROPFIND, e.g. none by default. */
    default Map<String, String> headers() {
        return Map.of();
    }
}
