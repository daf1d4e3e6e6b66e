package dev.parley.web.dav;

import java.util.List;
import java.util.Optional;

/** Resolves decoded path segments below {@code /dav} to nodes: core nodes, then a collection type's home and its members. */
public final class DavTree {

    private final List<DavCollectionType> types;

    public DavTree(List<DavCollectionType> types) {
        this.types = List.copyOf(types);
    }

    public List<DavCollectionType> types() {
        return types;
    }

    public Optional<DavNode> resolve(DavContext ctx, List<String> segments) {
        DavNode node = new CoreNodes.Root(ctx, types);
        if (segments.isEmpty()) {
            return Optional.of(node);
        }
        String first = segments.get(0);
        if (first.equals(DavContext.PRINCIPALS)) {
            node = new CoreNodes.Principals(ctx, types);
        } else {
            DavCollectionType type = types.stream().filter(t -> t.segment().equals(first)).findFirst().orElse(null);
            if (type == null) {
                return Optional.empty();
            }
            node = new CoreNodes.TypeRoot(ctx, type);
        }
        for (String s : segments.subList(1, segments.size())) {
            Optional<DavNode> next = node.member(ctx, s);
            if (next.isEmpty()) {
                return Optional.empty();
            }
            node = next.get();
        }
        return Optional.of(node);
    }

    /** The node or 404. */
    public DavNode require(DavContext ctx, List<String> segments) {
        return resolve(ctx, segments).orElseThrow(() -> DavException.notFound("no such resource"));
    }

    /** The collection that would hold the last segment (PUT, MKCOL, COPY/MOVE destination) or 409 (RFC 4918 §9.7.1). */
    public DavNode parent(DavContext ctx, List<String> segments) {
        if (segments.isEmpty()) {
            throw DavException.notAllowed("the root cannot be replaced");
        }
        DavNode parent = resolve(ctx, segments.subList(0, segments.size() - 1))
                .orElseThrow(() -> DavException.conflict(null, "the parent collection does not exist"));
        if (!parent.isCollection()) {
            throw DavException.conflict(null, "the parent is not a collection");
        }
        return parent;
    }
}
