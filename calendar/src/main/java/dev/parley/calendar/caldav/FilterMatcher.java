package dev.parley.calendar.caldav;

import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentContainer;
import net.fortuna.ical4j.model.Parameter;
import net.fortuna.ical4j.model.Property;

/**
 * Evaluates a calendar-query filter (RFC 4791 §9.7) on a stored object: component and property
 * presence ({@code is-not-defined}), {@code text-match} on property and parameter values. Time-ranges
 * are NOT evaluated here: they need the expanded recurrence set, which the store's instance table
 * answers; the front end asks the store for the objects in the range and applies this matcher to the
 * rest of the filter.
 */
public final class FilterMatcher {

    private FilterMatcher() {
    }

    /** Whether the object matches the VCALENDAR filter (time-ranges taken as matched). */
    public static boolean matches(Calendar calendar, CompFilter filter) {
        if (!filter.name().equals("VCALENDAR")) {
            return false;
        }
        for (PropFilter p : filter.propFilters()) {
            if (!matches(calendar.getProperties(p.name()), p)) {
                return false;
            }
        }
        return children(calendar.getComponentList().getAll(), filter.compFilters());
    }

    private static boolean children(List<? extends Component> components, List<CompFilter> filters) {
        for (CompFilter f : filters) {
            List<? extends Component> named = components.stream().filter(c -> c.getName().equalsIgnoreCase(f.name())).toList();
            if (f.notDefined()) {
                if (!named.isEmpty()) {
                    return false;
                }
                continue;
            }
            // §9.7.1: matches when at least one component of that name matches the nested tests
            if (named.stream().noneMatch(c -> component(c, f))) {
                return false;
            }
        }
        return true;
    }

    private static boolean component(Component c, CompFilter f) {
        for (PropFilter p : f.propFilters()) {
            if (!matches(c.getProperties(p.name()), p)) {
                return false;
            }
        }
        if (f.compFilters().isEmpty()) {
            return true;
        }
        List<? extends Component> subs = c instanceof ComponentContainer<?> cc ? cc.getComponentList().getAll() : List.of();
        return children(subs, f.compFilters());
    }

    private static boolean matches(List<Property> properties, PropFilter f) {
        if (f.notDefined()) {
            return properties.isEmpty();
        }
        if (properties.isEmpty()) {
            return false;
        }
        // §9.7.2: one instance of the property must pass every test
        return properties.stream().anyMatch(p -> (f.textMatch() == null || f.textMatch().matches(p.getValue()))
                && f.paramFilters().stream().allMatch(pf -> param(p, pf)));
    }

    private static boolean param(Property p, PropFilter.ParamFilter f) {
        Optional<Parameter> value = p.getParameter(f.name());
        if (f.notDefined()) {
            return value.isEmpty();
        }
        return value.isPresent() && (f.textMatch() == null || f.textMatch().matches(value.get().getValue()));
    }
}
