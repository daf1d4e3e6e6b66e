package dev.parley.calendar.caldav;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A {@code CALDAV:comp-filter} (RFC 4791 §9.7.1): component name, {@code is-not-defined}, or an
 * optional time-range plus nested prop-filters and comp-filters, all of which must match.
 */
public record CompFilter(String name, boolean notDefined, TimeRange timeRange, List<PropFilter> propFilters,
        List<CompFilter> compFilters) {

    public CompFilter {
        propFilters = List.copyOf(propFilters);
        compFilters = List.copyOf(compFilters);
    }

    public static CompFilter parse(Element e) {
        String name = Xml.attr(e, "name");
        if (name == null || name.isBlank()) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "comp-filter needs a name");
        }
        if (Xml.child(e, CalDav.IS_NOT_DEFINED) != null) {
            return new CompFilter(name.toUpperCase(java.util.Locale.ROOT), true, null, List.of(), List.of());
        }
        Element range = Xml.child(e, CalDav.TIME_RANGE);
        List<PropFilter> props = new ArrayList<>();
        for (Element p : Xml.children(e, CalDav.PROP_FILTER)) {
            props.add(PropFilter.parse(p));
        }
        List<CompFilter> comps = new ArrayList<>();
        for (Element c : Xml.children(e, CalDav.COMP_FILTER)) {
            comps.add(parse(c));
        }
        return new CompFilter(name.toUpperCase(java.util.Locale.ROOT), false,
                range == null ? null : TimeRange.parse(range), props, comps);
    }

    /** The time-range of the first nested component filter, e.g. VCALENDAR/VEVENT's, or null. */
    public TimeRange componentTimeRange() {
        for (CompFilter c : compFilters) {
            if (c.timeRange() != null) {
                return c.timeRange();
            }
        }
        return null;
    }
}
