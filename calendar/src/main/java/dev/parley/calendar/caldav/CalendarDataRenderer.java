package dev.parley.calendar.caldav;

import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentList;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.PropertyList;
import net.fortuna.ical4j.model.component.CalendarComponent;

/**
 * Renders {@code CALDAV:calendar-data} for a report (RFC 4791 §9.6): the stored text as it is, or the
 * component/property subset a {@code CALDAV:comp} asks for (§9.6.1–§9.6.4). Recurrence expansion
 * ({@code expand}, §9.6.5) needs the store's expanded instances and is not done here.
 */
public final class CalendarDataRenderer {

    private CalendarDataRenderer() {
    }

    public static String render(String stored, Calendar parsed, CalendarDataRequest request) {
        if (request == null || request.comp() == null) {
            return stored;
        }
        CalendarDataRequest.Comp top = request.comp();
        Calendar out = new Calendar();
        out.setPropertyList(props(parsed.getPropertyList(), top.props()));
        List<CalendarComponent> kept = new ArrayList<>();
        for (CalendarComponent c : parsed.getComponentList().getAll()) {
            CalendarDataRequest.Comp wanted = pick(top.comps(), c.getName());
            if (wanted == null) {
                continue;
            }
            CalendarComponent copy = (CalendarComponent) c.copy();
            copy.setPropertyList(props(c.getPropertyList(), wanted.props()));
            if (copy instanceof net.fortuna.ical4j.model.ComponentContainer<?> container && wanted.comps() != null) {
                subcomponents(container, wanted);
            }
            kept.add(copy);
        }
        out.setComponentList(new ComponentList<>(kept));
        return out.toString();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static void subcomponents(net.fortuna.ical4j.model.ComponentContainer container, CalendarDataRequest.Comp wanted) {
        List<Component> keep = new ArrayList<>();
        for (Object o : container.getComponentList().getAll()) {
            Component sub = (Component) o;
            CalendarDataRequest.Comp w = pick(wanted.comps(), sub.getName());
            if (w != null) {
                Component copy = sub.copy();
                copy.setPropertyList(props(sub.getPropertyList(), w.props()));
                keep.add(copy);
            }
        }
        container.setComponentList(new ComponentList(keep));
    }

    /** The requested sub-comp by name; all (a Comp without restrictions) when {@code comps} is null. */
    private static CalendarDataRequest.Comp pick(List<CalendarDataRequest.Comp> comps, String name) {
        if (comps == null) {
            return new CalendarDataRequest.Comp(name, null, null);
        }
        return comps.stream().filter(c -> c.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private static PropertyList props(PropertyList all, List<String> names) {
        if (names == null) {
            return all;
        }
        List<Property> kept = new ArrayList<>();
        for (Property p : all.getAll()) {
            if (names.contains(p.getName().toUpperCase(java.util.Locale.ROOT))) {
                kept.add(p);
            }
        }
        return new PropertyList(kept);
    }
}
