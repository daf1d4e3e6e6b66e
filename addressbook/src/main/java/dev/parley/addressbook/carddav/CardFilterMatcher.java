package dev.parley.addressbook.carddav;

import dev.parley.addressbook.vcard.ContentLine;
import java.util.List;

/**
 * Evaluates an addressbook-query filter (RFC 6352 §10.5) on a card's text. A prop-filter with
 * is-not-defined matches when no such property exists; otherwise it matches when a property of that
 * name exists and its text-matches and param-filters (anyof/allof) hold for one of its instances.
 */
public final class CardFilterMatcher {

    private CardFilterMatcher() {
    }

    public static boolean matches(String card, boolean allOf, List<PropFilter> filters) {
        if (filters.isEmpty()) {
            return true;
        }
        List<ContentLine> lines = ContentLine.of(card);
        for (PropFilter f : filters) {
            boolean hit = matches(lines, f);
            if (allOf && !hit) {
                return false;
            }
            if (!allOf && hit) {
                return true;
            }
        }
        return allOf;
    }

    private static boolean matches(List<ContentLine> lines, PropFilter f) {
        List<ContentLine> props = lines.stream().filter(l -> l.name().equals(f.name())).toList();
        if (f.isNotDefined()) {
            return props.isEmpty();
        }
        if (props.isEmpty()) {
            return false;
        }
        if (f.textMatches().isEmpty() && f.paramFilters().isEmpty()) {
            return true;
        }
        for (ContentLine p : props) {
            if (instanceMatches(p, f)) {
                return true;
            }
        }
        return false;
    }

    private static boolean instanceMatches(ContentLine p, PropFilter f) {
        int tests = 0;
        int hits = 0;
        for (TextMatch t : f.textMatches()) {
            tests++;
            if (t.matches(p.unescapedValue())) {
                hits++;
            }
        }
        for (PropFilter.ParamFilter pf : f.paramFilters()) {
            tests++;
            List<String> values = p.params().get(pf.name());
            boolean hit;
            if (pf.isNotDefined()) {
                hit = values == null;
            } else if (values == null) {
                hit = false;
            } else {
                hit = pf.textMatch() == null || values.stream().anyMatch(v -> pf.textMatch().matches(v));
            }
            if (hit) {
                hits++;
            }
        }
        return f.allOf() ? hits == tests : hits > 0;
    }
}
