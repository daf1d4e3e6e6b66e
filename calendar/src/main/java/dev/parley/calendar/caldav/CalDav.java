package dev.parley.calendar.caldav;

import javax.xml.namespace.QName;

/** CalDAV (RFC 4791) element names and the preconditions its requests can fail (§1.3, §5.3.2.1, §7). */
public final class CalDav {
    public static final String NS = "urn:ietf:params:xml:ns:caldav";
    static final String DAV = "DAV:";

    public static final QName CALENDAR_QUERY = c("calendar-query");
    public static final QName CALENDAR_MULTIGET = c("calendar-multiget");
    public static final QName FREE_BUSY_QUERY = c("free-busy-query");
    public static final QName FILTER = c("filter");
    public static final QName COMP_FILTER = c("comp-filter");
    public static final QName PROP_FILTER = c("prop-filter");
    public static final QName PARAM_FILTER = c("param-filter");
    public static final QName IS_NOT_DEFINED = c("is-not-defined");
    public static final QName TEXT_MATCH = c("text-match");
    public static final QName TIME_RANGE = c("time-range");
    public static final QName CALENDAR_DATA = c("calendar-data");
    public static final QName COMP = c("comp");
    public static final QName ALLCOMP = c("allcomp");
    public static final QName PROP = c("prop");
    public static final QName ALLPROP = c("allprop");
    public static final QName EXPAND = c("expand");
    public static final QName LIMIT_RECURRENCE_SET = c("limit-recurrence-set");
    public static final QName LIMIT_FREEBUSY_SET = c("limit-freebusy-set");
    public static final QName TIMEZONE = c("timezone");

    /** The preconditions a request or stored data can fail, by element name. */
    public enum Precondition {
        SUPPORTED_CALENDAR_DATA("supported-calendar-data"),
        VALID_CALENDAR_DATA("valid-calendar-data"),
        VALID_CALENDAR_OBJECT_RESOURCE("valid-calendar-object-resource"),
        SUPPORTED_CALENDAR_COMPONENT("supported-calendar-component"),
        NO_UID_CONFLICT("no-uid-conflict"),
        CALENDAR_COLLECTION_LOCATION_OK("calendar-collection-location-ok"),
        MAX_RESOURCE_SIZE("max-resource-size"),
        VALID_FILTER("valid-filter"),
        SUPPORTED_FILTER("supported-filter"),
        SUPPORTED_COLLATION("supported-collation"),
        VALID_CALENDAR_TIMEZONE("valid-calendar-timezone"),
        MIN_DATE_TIME("min-date-time"),
        MAX_DATE_TIME("max-date-time");

        private final String element;

        Precondition(String element) {
            this.element = element;
        }

        public QName element() {
            return c(element);
        }
    }

    private CalDav() {
    }

    static QName c(String local) {
        return new QName(NS, local);
    }
}
