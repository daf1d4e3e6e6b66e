package dev.parley.web.dav;

import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * A {@code DAV:sync-collection} REPORT body (RFC 6578 §6.1): the token (empty for the initial
 * sync), the level (only {@code 1} is supported: members, no infinite depth), an optional
 * {@code DAV:limit/DAV:nresults} and the properties wanted for each changed member.
 */
public record SyncCollection(String token, Integer limit, Set<QName> props) {

    public static SyncCollection parse(Element root) {
        if (root == null || !DavXml.is(root, Dav.SYNC_COLLECTION)) {
            throw DavException.badRequest("body must be DAV:sync-collection");
        }
        Element tokenElement = DavXml.child(root, Dav.SYNC_TOKEN);
        String token = tokenElement == null ? "" : DavXml.text(tokenElement);
        String level = DavXml.text(DavXml.child(root, Dav.SYNC_LEVEL));
        if (level != null && !level.equals("1")) {
            // RFC 6578 §3.3: a server that does not support infinite depth answers 403 with this
            throw DavException.forbidden(Dav.dav("sync-traversal-supported"), "only sync-level 1 is supported");
        }
        Integer limit = null;
        Element limitElement = DavXml.child(root, Dav.LIMIT);
        if (limitElement != null) {
            try {
                limit = Integer.parseInt(DavXml.text(DavXml.child(limitElement, Dav.NRESULTS)));
            } catch (NumberFormatException | NullPointerException e) {
                throw DavException.badRequest("DAV:limit needs a number in DAV:nresults");
            }
            if (limit < 1) {
                throw DavException.badRequest("DAV:nresults must be positive");
            }
        }
        Element prop = DavXml.child(root, Dav.PROP);
        return new SyncCollection(token, limit, prop == null ? Set.of() : Propfind.names(prop));
    }
}
