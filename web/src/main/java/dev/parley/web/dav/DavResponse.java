package dev.parley.web.dav;

import java.util.List;
import javax.xml.namespace.QName;

/**
 * One {@code DAV:response} of a multistatus (RFC 4918 §14.24): either a status for the href (e.g. a
 * member removed since a sync token, RFC 6578 §3.5.2) or its propstats.
 */
public record DavResponse(String href, int status, List<PropStat> propstats, QName error, String description) {

    public DavResponse {
        propstats = propstats == null ? List.of() : List.copyOf(propstats);
    }

    public static DavResponse ofStatus(String href, int status) {
        return new DavResponse(href, status, List.of(), null, null);
    }

    public static DavResponse ofPropstats(String href, List<PropStat> propstats) {
        return new DavResponse(href, 0, propstats, null, null);
    }
}
