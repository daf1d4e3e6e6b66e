package dev.parley.calendar.wcap;

import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.ComponentListAccessor;
import net.fortuna.ical4j.model.Property;

/** A component (VEVENT, VTODO, VTIMEZONE, VFREEBUSY, VALARM …) of a WCAP response. */
public record WcapComponent(String name, List<WcapProperty> properties, List<WcapComponent> children) {

    public WcapComponent {
        properties = List.copyOf(properties);
        children = List.copyOf(children);
    }

    public static WcapComponent of(String name, List<WcapProperty> properties) {
        return new WcapComponent(name, properties, List.of());
    }

    @SuppressWarnings("unchecked")
    public static WcapComponent from(Component c) {
        List<WcapProperty> props = new ArrayList<>();
        for (Property p : c.getPropertyList().getAll()) {
            props.add(WcapProperty.from(p));
        }
        List<WcapComponent> kids = new ArrayList<>();
        if (c instanceof ComponentListAccessor<?> container) {
            for (Component child : ((ComponentListAccessor<Component>) container).getComponentList().getAll()) {
                kids.add(from(child));
            }
        }
        return new WcapComponent(c.getName(), props, kids);
    }

    /** A copy with more properties appended (e.g. X-NSCP-DTSTART-TZID). */
    public WcapComponent with(List<WcapProperty> extra) {
        List<WcapProperty> all = new ArrayList<>(properties);
        all.addAll(extra);
        return new WcapComponent(name, all, children);
    }

    /** A copy without the named properties. */
    public WcapComponent without(String... names) {
        List<WcapProperty> kept = new ArrayList<>();
        outer:
        for (WcapProperty p : properties) {
            for (String n : names) {
                if (p.name().equalsIgnoreCase(n)) {
                    continue outer;
                }
            }
            kept.add(p);
        }
        return new WcapComponent(name, kept, children);
    }

    /** A copy with the named property replaced by {@code replacement} ({@code null}: removed). */
    public WcapComponent set(String property, WcapProperty replacement) {
        WcapComponent c = without(property);
        return replacement == null ? c : c.with(List.of(replacement));
    }

    public WcapComponent withChildren(List<WcapComponent> kids) {
        return new WcapComponent(name, properties, kids);
    }

    public WcapProperty property(String property) {
        for (WcapProperty p : properties) {
            if (p.name().equalsIgnoreCase(property)) {
                return p;
            }
        }
        return null;
    }

    public String value(String property) {
        for (WcapProperty p : properties) {
            if (p.name().equalsIgnoreCase(property)) {
                return p.value();
            }
        }
        return null;
    }
}
