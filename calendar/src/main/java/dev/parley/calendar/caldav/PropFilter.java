package dev.parley.calendar.caldav;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;

/**
 * A {@code CALDAV:prop-filter} (RFC 4791 §9.7.2): property name, then {@code is-not-defined}, or a
 * time-range or text-match and param-filters ({@code paramFilters} are name → text-match or
 * not-defined, §9.7.3).
 */
public record PropFilter(String name, boolean notDefined, TimeRange timeRange, TextMatch textMatch,
        List<ParamFilter> paramFilters) {

    public record ParamFilter(String name, boolean notDefined, TextMatch textMatch) {
    }

    public PropFilter {
        paramFilters = List.copyOf(paramFilters);
    }

    public static PropFilter parse(Element e) {
        String name = Xml.attr(e, "name");
        if (name == null || name.isBlank()) {
            throw new CalDavException(CalDav.Precondition.VALID_FILTER, "prop-filter needs a name");
        }
        name = name.toUpperCase(java.util.Locale.ROOT);
        if (Xml.child(e, CalDav.IS_NOT_DEFINED) != null) {
            return new PropFilter(name, true, null, null, List.of());
        }
        Element range = Xml.child(e, CalDav.TIME_RANGE);
        Element text = Xml.child(e, CalDav.TEXT_MATCH);
        List<ParamFilter> params = new ArrayList<>();
        for (Element p : Xml.children(e, CalDav.PARAM_FILTER)) {
            String pn = Xml.attr(p, "name");
            if (pn == null || pn.isBlank()) {
                throw new CalDavException(CalDav.Precondition.VALID_FILTER, "param-filter needs a name");
            }
            Element pt = Xml.child(p, CalDav.TEXT_MATCH);
            params.add(new ParamFilter(pn.toUpperCase(java.util.Locale.ROOT), Xml.child(p, CalDav.IS_NOT_DEFINED) != null,
                    pt == null ? null : TextMatch.parse(pt)));
        }
        return new PropFilter(name, false, range == null ? null : TimeRange.parse(range),
                text == null ? null : TextMatch.parse(text), params);
    }
}
