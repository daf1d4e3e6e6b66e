package dev.parley.calendar.caldav;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The CalDAV REPORT bodies (RFC 4791 §7.8 calendar-query, §7.9 calendar-multiget, §7.10
 * free-busy-query), parsed from the DOM the WebDAV core built. {@code props} are the DAV:prop names
 * other than calendar-data; {@code data} says how calendar-data is wanted (null when not asked).
 */
public final class CalendarReport {

    private static final QName DAV_PROP = new QName(CalDav.DAV, "prop");
    private static final QName DAV_HREF = new QName(CalDav.DAV, "href");
    private static final QName DAV_ALLPROP = new QName(CalDav.DAV, "allprop");

    private CalendarReport() {
    }

    /** calendar-query: the filter (top level must be VCALENDAR, §9.7.1) and what to return. */
    public record Query(Set<QName> props, CalendarDataRequest data, CompFilter filter, String timezone) {
        /** The time-range of the VCALENDAR/VEVENT (or VTODO...) filter, null when none. */
        public TimeRange timeRange() {
            return filter.componentTimeRange();
        }

        /** The component type asked for, e.g. VEVENT, or null for any. */
        public String componentType() {
            return filter.compFilters().isEmpty() ? null : filter.compFilters().get(0).name();
        }
    }

    public record Multiget(Set<QName> props, CalendarDataRequest data, List<String> hrefs) {
    }

    public static Query query(Element root) {
        require(root, CalDav.CALENDAR_QUERY);
        Element filter = Xml.child(root, CalDav.FILTER);
        if (filter == null) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "calendar-query needs a filter");
        }
        List<Element> top = Xml.children(filter, CalDav.COMP_FILTER);
        if (top.size() != 1 || !"VCALENDAR".equalsIgnoreCase(Xml.attr(top.get(0), "name"))) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "the filter must be one comp-filter VCALENDAR");
        }
        Element tz = Xml.child(root, CalDav.TIMEZONE);
        return new Query(props(root), data(root), CompFilter.parse(top.get(0)), tz == null ? null : tz.getTextContent());
    }

    public static Multiget multiget(Element root) {
        require(root, CalDav.CALENDAR_MULTIGET);
        List<String> hrefs = new ArrayList<>();
        for (Element h : Xml.children(root, DAV_HREF)) {
            hrefs.add(h.getTextContent().strip());
        }
        if (hrefs.isEmpty()) {
            throw new CalDavException(null, "calendar-multiget needs at least one DAV:href");
        }
        return new Multiget(props(root), data(root), hrefs);
    }

    /** free-busy-query: its time-range (§7.10: start and end are required... end may default, we need both). */
    public static TimeRange freeBusy(Element root) {
        require(root, CalDav.FREE_BUSY_QUERY);
        Element range = Xml.child(root, CalDav.TIME_RANGE);
        if (range == null) {
            throw new CalDavException(null, "free-busy-query needs a time-range");
        }
        TimeRange r = TimeRange.parse(range);
        if (r.start() == null || r.end() == null) {
            throw new CalDavException(null, "free-busy-query needs start and end");
        }
        return r;
    }

    private static void require(Element root, QName name) {
        if (root == null || !Xml.is(root, name)) {
            throw new CalDavException(null, "body must be " + name);
        }
    }

    private static Set<QName> props(Element root) {
        Set<QName> out = new LinkedHashSet<>();
        Element prop = Xml.child(root, DAV_PROP);
        for (Element p : Xml.children(prop)) {
            if (!Xml.is(p, CalDav.CALENDAR_DATA)) {
                out.add(Xml.name(p));
            }
        }
        return out;
    }

    private static CalendarDataRequest data(Element root) {
        Element prop = Xml.child(root, DAV_PROP);
        Element data = Xml.child(prop, CalDav.CALENDAR_DATA);
        if (data == null) {
            return Xml.child(root, DAV_ALLPROP) == null ? null : CalendarDataRequest.WHOLE;
        }
        return CalendarDataRequest.parse(data);
    }
}
