package dev.parley.calendar.store;

import dev.parley.calendar.freebusy.Busy;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * The free/busy type of each instance of one calendar object (RFC 4791 §7.10): from TRANSP and STATUS
 * of the component that produced the instance — the override named by its RECURRENCE-ID, else the
 * master. Only VEVENTs are busy time (VTODO/VJOURNAL are not, §7.10 lists VEVENT, VFREEBUSY, VAVAILABILITY).
 */
public final class InstanceBusy {

    private final Component master;
    private final Map<String, Component> overrides = new HashMap<>();

    private InstanceBusy(Calendar calendar) {
        Component m = null;
        for (Component c : calendar.getComponentList().getAll()) {
            if (!c.getName().equals(Component.VEVENT)) {
                continue;
            }
            Optional<Property> rid = c.getProperty(Property.RECURRENCE_ID);
            if (rid.isPresent()) {
                Instant at = Instances.instant(((RecurrenceId<?>) rid.get()).getDate());
                if (at != null) {
                    overrides.put(at.toString(), c);
                }
            } else if (m == null) {
                m = c;
            }
        }
        this.master = m;
    }

    public static InstanceBusy of(Calendar calendar) {
        return new InstanceBusy(calendar);
    }

    /** FBTYPE of the instance, or null when it is not busy time. */
    public String type(Instances.Instance instance) {
        if (instance.start() == null) {
            return null;
        }
        Component c = instance.recurrenceId() == null ? master : overrides.getOrDefault(instance.recurrenceId(), master);
        if (c == null) {
            return null;
        }
        return Busy.typeOf(value(c, Property.TRANSP), value(c, Property.STATUS));
    }

    private static String value(Component c, String name) {
        return c.getProperty(name).map(Property::getValue).orElse(null);
    }
}
