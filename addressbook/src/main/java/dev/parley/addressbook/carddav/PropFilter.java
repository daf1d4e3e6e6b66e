package dev.parley.addressbook.carddav;

import java.util.List;

/**
 * RFC 6352 §10.5.1 prop-filter: a property name, {@code is-not-defined} or text-matches and
 * param-filters combined by {@code test} (anyof, the default, or allof).
 */
public record PropFilter(String name, boolean allOf, boolean isNotDefined, List<TextMatch> textMatches,
        List<ParamFilter> paramFilters) implements java.io.Serializable {

    /** RFC 6352 §10.5.2 param-filter. */
    public record ParamFilter(String name, boolean isNotDefined, TextMatch textMatch) implements java.io.Serializable {
    }

    public PropFilter {
        textMatches = List.copyOf(textMatches);
        paramFilters = List.copyOf(paramFilters);
    }
}
