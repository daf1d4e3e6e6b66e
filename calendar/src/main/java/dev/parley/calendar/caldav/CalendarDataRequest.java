package dev.parley.calendar.caldav;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * What a report's {@code CALDAV:calendar-data} asks for (RFC 4791 §9.6): the whole object, or a
 * component/property subset ({@code comp}), with {@code expand} (recurrences expanded into UTC
 * instances in the range, §9.6.5) or {@code limit-recurrence-set} (only overrides in the range,
 * §9.6.6), and a content type (only text/calendar 2.0 is supported, §9.6).
 */
public record CalendarDataRequest(Comp comp, TimeRange expand, TimeRange limitRecurrenceSet) {

    /** A {@code CALDAV:comp}: the properties (null = allprop) and sub-components (null = allcomp) kept; empty lists keep none. */
    public record Comp(String name, List<String> props, List<Comp> comps) {
    }

    public static final CalendarDataRequest WHOLE = new CalendarDataRequest(null, null, null);

    public static CalendarDataRequest parse(Element e) {
        if (e == null) {
            return WHOLE;
        }
        String type = Xml.attr(e, "content-type");
        String version = Xml.attr(e, "version");
        if ((type != null && !type.equalsIgnoreCase("text/calendar")) || (version != null && !version.equals("2.0"))) {
            throw new CalDavException(CalDav.Precondition.SUPPORTED_CALENDAR_DATA, "only text/calendar 2.0");
        }
        Element comp = Xml.child(e, CalDav.COMP);
        Element expand = Xml.child(e, CalDav.EXPAND);
        Element limit = Xml.child(e, CalDav.LIMIT_RECURRENCE_SET);
        if (expand != null && limit != null) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "expand and limit-recurrence-set together");
        }
        return new CalendarDataRequest(comp == null ? null : comp(comp),
                expand == null ? null : bounded(TimeRange.parse(expand)),
                limit == null ? null : bounded(TimeRange.parse(limit)));
    }

    private static TimeRange bounded(TimeRange r) {
        // §9.6.5/§9.6.6: both start and end are required there
        if (r.start() == null || r.end() == null) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "expand/limit-recurrence-set need start and end");
        }
        return r;
    }

    private static Comp comp(Element e) {
        String name = Xml.attr(e, "name");
        if (name == null) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "comp needs a name");
        }
        List<String> props = null;
        if (Xml.child(e, CalDav.ALLPROP) == null) {
            // §9.6.1: comp is ((allprop | prop*), (allcomp | comp*)): no prop element means no properties
            props = new ArrayList<>();
            for (Element p : Xml.children(e, CalDav.PROP)) {
                props.add(Xml.attr(p, "name").toUpperCase(java.util.Locale.ROOT));
            }
        }
        List<Comp> comps = null;
        if (Xml.child(e, CalDav.ALLCOMP) == null) {
            comps = new ArrayList<>();
            for (Element c : Xml.children(e, CalDav.COMP)) {
                comps.add(comp(c));
            }
        }
        return new Comp(name.toUpperCase(java.util.Locale.ROOT), props, comps);
    }
}
