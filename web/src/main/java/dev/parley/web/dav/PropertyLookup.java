package dev.parley.web.dav;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * Builds the {@code DAV:response} of one node for a PROPFIND (RFC 4918 §9.1): found properties under
 * 200, unknown ones under 404 (propname: empty elements). Adds the properties the core answers for
 * every node when asked: current-user-principal (RFC 5397 §3), principal-collection-set (RFC 3744
 * §5.8) and supported-report-set (RFC 3253 §3.1.5).
 */
public final class PropertyLookup {

    private PropertyLookup() {
    }

    /** The entries of {@code all} named in {@code names}, in that order; all of them when {@code names} is null (allprop). */
    public static Map<QName, PropertyValue> pick(Map<QName, PropertyValue> all, Set<QName> names) {
        if (names == null) {
            return all;
        }
        Map<QName, PropertyValue> out = new LinkedHashMap<>();
        for (QName n : names) {
            if (all.containsKey(n)) {
                out.put(n, all.get(n));
            }
        }
        return out;
    }

    public static DavResponse response(DavContext ctx, DavNode node, Propfind request) {
        return DavResponse.ofPropstats(node.href(), propstats(ctx, node, request));
    }

    public static List<PropStat> propstats(DavContext ctx, DavNode node, Propfind request) {
        List<PropStat> out = new ArrayList<>();
        switch (request.kind()) {
            case PROPNAME -> {
                Map<QName, PropertyValue> names = new LinkedHashMap<>();
                for (QName n : node.properties(ctx, null).keySet()) {
                    names.put(n, PropertyValue.EMPTY);
                }
                for (QName n : core(ctx, node).keySet()) {
                    names.put(n, PropertyValue.EMPTY);
                }
                out.add(new PropStat(200, names));
            }
            case ALLPROP -> {
                Map<QName, PropertyValue> found = new LinkedHashMap<>(node.properties(ctx, null));
                if (!request.names().isEmpty()) {
                    found.putAll(select(ctx, node, request.names(), new LinkedHashSet<>()));
                }
                out.add(new PropStat(200, found));
            }
            case PROP -> {
                Set<QName> missing = new LinkedHashSet<>();
                Map<QName, PropertyValue> found = select(ctx, node, request.names(), missing);
                if (!found.isEmpty()) {
                    out.add(new PropStat(200, found));
                }
                if (!missing.isEmpty()) {
                    Map<QName, PropertyValue> notFound = new LinkedHashMap<>();
                    missing.forEach(n -> notFound.put(n, PropertyValue.EMPTY));
                    out.add(new PropStat(404, notFound));
                }
            }
        }
        return out;
    }

    /** The named properties in request order; names neither the node nor the core has go to {@code missing}. */
    public static Map<QName, PropertyValue> select(DavContext ctx, DavNode node, Set<QName> names, Set<QName> missing) {
        Map<QName, PropertyValue> own = node.properties(ctx, names);
        Map<QName, PropertyValue> core = core(ctx, node);
        Map<QName, PropertyValue> found = new LinkedHashMap<>();
        for (QName n : names) {
            PropertyValue v = own.get(n);
            if (v == null) {
                v = core.get(n);
            }
            if (v == null) {
                missing.add(n);
            } else {
                found.put(n, v);
            }
        }
        return found;
    }

    static Map<QName, PropertyValue> core(DavContext ctx, DavNode node) {
        Map<QName, PropertyValue> core = new LinkedHashMap<>();
        core.put(Dav.CURRENT_USER_PRINCIPAL, PropertyValue.href(ctx.principalHref(ctx.user())));
        core.put(Dav.PRINCIPAL_COLLECTION_SET, PropertyValue.href(ctx.href(true, DavContext.PRINCIPALS)));
        Set<QName> reports = new LinkedHashSet<>(node.reports());
        if (node.syncable()) {
            reports.add(Dav.SYNC_COLLECTION);
        }
        core.put(Dav.SUPPORTED_REPORT_SET, out -> {
            for (QName r : reports) {
                out.start(Dav.SUPPORTED_REPORT);
                out.start(Dav.REPORT);
                out.empty(r);
                out.writer().writeEndElement();
                out.writer().writeEndElement();
            }
        });
        return core;
    }
}
