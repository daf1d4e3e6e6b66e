package dev.parley.web.dav;

import javax.xml.namespace.QName;

/** Namespaces and element names of WebDAV (RFC 4918) and the extensions the core itself answers. */
public final class Dav {
    public static final String NS = "DAV:";
    public static final String CALDAV = "urn:ietf:params:xml:ns:caldav";
    public static final String CARDDAV = "urn:ietf:params:xml:ns:carddav";
    public static final String CALENDARSERVER = "http://calendarserver.org/ns/";
    public static final String APPLE_ICAL = "http://apple.com/ns/ical/";

    public static final QName MULTISTATUS = dav("multistatus");
    public static final QName PROPFIND = dav("propfind");
    public static final QName PROPERTYUPDATE = dav("propertyupdate");
    public static final QName MKCOL = dav("mkcol");
    public static final QName PROP = dav("prop");
    public static final QName ALLPROP = dav("allprop");
    public static final QName PROPNAME = dav("propname");
    public static final QName INCLUDE = dav("include");
    public static final QName SET = dav("set");
    public static final QName REMOVE = dav("remove");
    public static final QName HREF = dav("href");

    public static final QName RESOURCETYPE = dav("resourcetype");
    public static final QName COLLECTION = dav("collection");
    public static final QName PRINCIPAL = dav("principal");
    public static final QName DISPLAYNAME = dav("displayname");
    public static final QName GETETAG = dav("getetag");
    public static final QName GETCONTENTTYPE = dav("getcontenttype");
    public static final QName GETCONTENTLENGTH = dav("getcontentlength");
    public static final QName GETLASTMODIFIED = dav("getlastmodified");
    public static final QName CURRENT_USER_PRINCIPAL = dav("current-user-principal");
    public static final QName PRINCIPAL_URL = dav("principal-URL");
    public static final QName PRINCIPAL_COLLECTION_SET = dav("principal-collection-set");
    public static final QName OWNER = dav("owner");
    public static final QName CURRENT_USER_PRIVILEGE_SET = dav("current-user-privilege-set");
    public static final QName PRIVILEGE = dav("privilege");
    public static final QName SUPPORTED_REPORT_SET = dav("supported-report-set");
    public static final QName SUPPORTED_REPORT = dav("supported-report");
    public static final QName REPORT = dav("report");
    public static final QName SYNC_TOKEN = dav("sync-token");
    public static final QName SYNC_COLLECTION = dav("sync-collection");
    public static final QName SYNC_LEVEL = dav("sync-level");
    public static final QName LIMIT = dav("limit");
    public static final QName NRESULTS = dav("nresults");
    public static final QName GETCTAG = new QName(CALENDARSERVER, "getctag");

    // preconditions (RFC 4918 §16, RFC 6578 §3.2, RFC 3744 §7.1.1, RFC 5689 §3)
    public static final QName VALID_SYNC_TOKEN = dav("valid-sync-token");
    public static final QName NUMBER_OF_MATCHES_WITHIN_LIMITS = dav("number-of-matches-within-limits");
    public static final QName NEED_PRIVILEGES = dav("need-privileges");
    public static final QName VALID_RESOURCETYPE = dav("valid-resourcetype");
    public static final QName RESOURCE_MUST_BE_NULL = dav("resource-must-be-null");
    public static final QName PROPFIND_FINITE_DEPTH = dav("propfind-finite-depth");
    public static final QName CANNOT_MODIFY_PROTECTED_PROPERTY = dav("cannot-modify-protected-property");

    private Dav() {
    }

    public static QName dav(String local) {
        return new QName(NS, local);
    }
}
