package dev.parley.calendar.store;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.DateProperty;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * The occurrences of a calendar object in a window, for the store's instance table and time-range
 * queries (RFC 4791 §9.9): the master's recurrence set (RRULE, RDATE, EXDATE, RFC 5545 §3.8.5) as
 * ical4j computes it in the event's own time zone (so a weekly 09:00 Europe/Berlin meeting stays at
 * 09:00 across daylight-saving changes), with each overridden instance (a component with
 * RECURRENCE-ID, RFC 5545 §3.8.4.4) replacing the occurrence it names. Floating times and dates are
 * taken as UTC. An object without a start has one instance without bounds (it overlaps every range).
 */
public final class Instances {

    /** One occurrence: bounds in UTC (null when unbounded) and the RECURRENCE-ID (UTC text) or null. */
    public record Instance(Instant start, Instant end, String recurrenceId) {
    }

    private Instances() {
    }

    public static List<Instance> expand(Calendar calendar, Instant from, Instant to) {
        List<Component> masters = new ArrayList<>();
        Map<Instant, Component> overrides = new HashMap<>();
        for (Component c : calendar.getComponentList().getAll()) {
            if (c.getName().equals(Component.VTIMEZONE)) {
                continue;
            }
            Optional<Property> rid = c.getProperty(Property.RECURRENCE_ID);
            if (rid.isPresent()) {
                Instant at = instant(((RecurrenceId<?>) rid.get()).getDate());
                if (at != null) {
                    overrides.put(at, c);
                }
            } else {
                masters.add(c);
            }
        }
        List<Instance> out = new ArrayList<>();
        for (Component master : masters) {
            Instant start = start(master);
            if (start == null) {
                out.add(new Instance(null, null, null));
                continue;
            }
            boolean recurring = master.getProperty(Property.RRULE).isPresent() || master.getProperty(Property.RDATE).isPresent();
            if (!recurring) {
                Instance single = single(master, null);
                if (overlaps(single, from, to)) {
                    out.add(single);
                }
                continue;
            }
            Period<ZonedDateTime> window = new Period<>(from.atZone(ZoneOffset.UTC), to.atZone(ZoneOffset.UTC));
            Set<Period<Temporal>> set = master.calculateRecurrenceSet(window);
            for (Period<Temporal> p : set) {
                Instant s = instant(p.getStart());
                Instant e = instant(p.getEnd());
                if (overrides.containsKey(s)) {
                    continue; // replaced by its override below
                }
                out.add(new Instance(s, e == null || e.isBefore(s) ? s : e, s.toString()));
            }
        }
        for (Map.Entry<Instant, Component> o : overrides.entrySet()) {
            Instance moved = single(o.getValue(), o.getKey().toString());
            if (overlaps(moved, from, to)) {
                out.add(moved);
            }
        }
        out.sort(Comparator.comparing(Instance::start, Comparator.nullsFirst(Comparator.naturalOrder())));
        return out;
    }

    /** Whether the object's master recurs (its instances must be expanded per window). */
    public static boolean recurring(Calendar calendar) {
        for (Component c : calendar.getComponentList().getAll()) {
            if (c.getProperty(Property.RECURRENCE_ID).isEmpty()
                    && (c.getProperty(Property.RRULE).isPresent() || c.getProperty(Property.RDATE).isPresent())) {
                return true;
            }
        }
        return false;
    }

    /** RFC 4791 §9.9: an instance overlaps [from, to) if it starts before {@code to} and ends after {@code from}. */
    static boolean overlaps(Instance i, Instant from, Instant to) {
        if (i.start() == null) {
            return true;
        }
        Instant end = i.end() == null || i.end().equals(i.start()) ? i.start().plusNanos(1) : i.end();
        return i.start().isBefore(to) && end.isAfter(from);
    }

    private static Instance single(Component c, String recurrenceId) {
        Instant s = start(c);
        Instant e = end(c, s);
        return new Instance(s, e, recurrenceId);
    }

    static Instant start(Component c) {
        Optional<Property> p = c.getProperty(Property.DTSTART);
        if (p.isEmpty() && c.getName().equals(Component.VTODO)) {
            p = c.getProperty(Property.DUE);
        }
        return p.map(x -> instant(((DateProperty<?>) x).getDate())).orElse(null);
    }

    private static Instant end(Component c, Instant start) {
        if (start == null) {
            return null;
        }
        for (String name : new String[] {Property.DTEND, Property.DUE}) {
            Optional<Property> p = c.getProperty(name);
            if (p.isPresent()) {
                Instant e = instant(((DateProperty<?>) p.get()).getDate());
                return e == null || e.isBefore(start) ? start : e;
            }
        }
        Optional<Property> duration = c.getProperty(Property.DURATION);
        if (duration.isPresent()) {
            try {
                java.time.temporal.TemporalAmount amount = ((net.fortuna.ical4j.model.property.Duration) duration.get()).getDuration();
                return start.atZone(ZoneOffset.UTC).plus(amount).toInstant();
            } catch (RuntimeException e) {
                return start;
            }
        }
        // RFC 5545 §3.6.1: a DATE start without end lasts one day; a DATE-TIME start without end is a point
        Optional<Property> dtstart = c.getProperty(Property.DTSTART);
        if (dtstart.isPresent() && ((DateProperty<?>) dtstart.get()).getDate() instanceof LocalDate) {
            return start.plus(java.time.Duration.ofDays(1));
        }
        return start;
    }

    static Instant instant(Temporal t) {
        if (t == null) {
            return null;
        }
        if (t instanceof ZonedDateTime z) {
            return z.toInstant();
        }
        if (t instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        if (t instanceof Instant i) {
            return i;
        }
        if (t instanceof LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        return null;
    }
}
