package dev.parley.calendar.store;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;
import net.fortuna.ical4j.model.property.RecurrenceId;

/**
 * RFC 4791 §9.6.5 {@code CALDAV:expand}: the object as one component per instance overlapping the range,
 * each with RECURRENCE-ID (for a recurring object), DTSTART and DTEND/DUE in UTC and no RRULE, RDATE,
 * EXRULE or EXDATE; overridden instances come from their override; no VTIMEZONE is needed any more.
 */
public final class RecurrenceExpander {

    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd").withZone(ZoneOffset.UTC);
    private static final Set<String> REPLACED = Set.of("DTSTART", "DTEND", "DUE", "DURATION", "RRULE", "RDATE", "EXRULE", "EXDATE",
            "RECURRENCE-ID");

    private RecurrenceExpander() {
    }

    public static String expand(Calendar calendar, Instant from, Instant to) {
        Component master = null;
        Map<String, Component> overrides = new HashMap<>();
        for (Component c : calendar.getComponentList().getAll()) {
            if (c.getName().equals(Component.VTIMEZONE)) {
                continue;
            }
            Optional<Property> rid = c.getProperty(Property.RECURRENCE_ID);
            if (rid.isPresent()) {
                Instant at = Instances.instant(((RecurrenceId<?>) rid.get()).getDate());
                if (at != null) {
                    overrides.put(at.toString(), c);
                }
            } else if (master == null) {
                master = c;
            }
        }
        StringBuilder out = new StringBuilder("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley//Calendar//EN\r\n");
        List<Instances.Instance> instances = Instances.expand(calendar, from, to);
        for (Instances.Instance i : instances) {
            Component source = i.recurrenceId() != null && overrides.containsKey(i.recurrenceId()) ? overrides.get(i.recurrenceId())
                    : master;
            if (source == null) {
                continue;
            }
            write(out, source, i);
        }
        return out.append("END:VCALENDAR\r\n").toString();
    }

    private static void write(StringBuilder out, Component source, Instances.Instance instance) {
        String text = source.toString().replace("\r\n ", "").replace("\r\n\t", "");
        boolean allDay = source.getProperty(Property.DTSTART).map(p -> p.toString().contains("VALUE=DATE:")).orElse(false);
        int depth = 0;
        for (String line : text.split("\r?\n")) {
            if (line.isEmpty()) {
                continue;
            }
            String name = name(line);
            if (name.equals("BEGIN")) {
                depth++;
                out.append(line).append("\r\n");
                if (depth == 1) {
                    times(out, source, instance, allDay);
                }
                continue;
            }
            if (name.equals("END")) {
                depth--;
                out.append(line).append("\r\n");
                continue;
            }
            if (depth == 1 && REPLACED.contains(name)) {
                continue;
            }
            out.append(line).append("\r\n");
        }
    }

    private static void times(StringBuilder out, Component source, Instances.Instance i, boolean allDay) {
        if (i.start() == null) {
            return;
        }
        if (i.recurrenceId() != null) {
            Instant rid = Instant.parse(i.recurrenceId());
            out.append(allDay ? "RECURRENCE-ID;VALUE=DATE:" + DATE.format(rid) : "RECURRENCE-ID:" + UTC.format(rid)).append("\r\n");
        }
        out.append(allDay ? "DTSTART;VALUE=DATE:" + DATE.format(i.start()) : "DTSTART:" + UTC.format(i.start())).append("\r\n");
        boolean todo = source.getName().equals(Component.VTODO);
        if (i.end() != null && (!todo || source.getProperty(Property.DUE).isPresent()) && !i.end().equals(i.start())) {
            String prop = todo ? "DUE" : "DTEND";
            out.append(allDay ? prop + ";VALUE=DATE:" + DATE.format(i.end()) : prop + ":" + UTC.format(i.end())).append("\r\n");
        }
    }

    private static String name(String line) {
        int end = 0;
        while (end < line.length() && line.charAt(end) != ':' && line.charAt(end) != ';') {
            end++;
        }
        return line.substring(0, end).toUpperCase(Locale.ROOT);
    }
}
