package dev.parley.calendar.store;

import dev.parley.calendar.api.BusyPeriod;
import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.freebusy.Busy;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/**
 * Busy time from the instance index (RFC 4791 §7.10, ADR 0061): the stored busy instances overlapping
 * the range, and for recurring events whose stored window does not cover it, a fresh expansion in
 * memory (so an infinite RRULE answers correctly far ahead). Clipped and merged per FBTYPE.
 */
final class FreeBusyQuery {

    private FreeBusyQuery() {
    }

    /** {@code calendars} is a WHERE fragment on {@code i.calendar_id} with one parameter, {@code key}. */
    static List<BusyPeriod> busy(Db db, String calendars, long key, Instant[] range) {
        Timestamp from = Timestamp.from(range[0]);
        Timestamp to = Timestamp.from(range[1]);
        List<Busy> periods = new ArrayList<>(db.list("SELECT i.starts_at, i.ends_at, i.busy FROM calendar.instance i"
                        + " JOIN calendar.object o ON o.id = i.object_id WHERE " + calendars
                        + " AND i.busy IS NOT NULL AND i.starts_at IS NOT NULL"
                        + " AND tstzrange(i.starts_at, i.ends_at, '[]') && tstzrange(?, ?, '[]')"
                        + " AND i.starts_at < ? AND i.ends_at > ?"
                        + " AND (NOT o.recurring OR (o.expanded_from <= ? AND o.expanded_until >= ?))",
                rs -> new Busy(rs.getTimestamp(1).toInstant(), rs.getTimestamp(2).toInstant(), rs.getString(3)),
                key, from, to, to, from, from, to));
        String objects = calendars.replace("i.calendar_id", "o.calendar_id");
        for (String ical : db.list("SELECT o.ical FROM calendar.object o WHERE " + objects + " AND o.component = 'VEVENT'"
                        + " AND o.recurring AND NOT (o.expanded_from <= ? AND o.expanded_until >= ?)",
                rs -> rs.getString(1), key, from, to)) {
            Calendar calendar = parse(ical);
            InstanceBusy busy = InstanceBusy.of(calendar);
            for (Instances.Instance i : Instances.expand(calendar, range[0], range[1])) {
                String type = busy.type(i);
                if (type != null && i.end() != null) {
                    periods.add(new Busy(i.start(), i.end(), type));
                }
            }
        }
        return Busy.merge(periods, range[0], range[1]).stream()
                .map(b -> new BusyPeriod(b.start(), b.end(), b.type())).toList();
    }

    private static Calendar parse(String ical) {
        try {
            return new CalendarBuilder().build(new StringReader(ical));
        } catch (Exception e) {
            throw new CalendarException(CalendarException.Kind.UNAVAILABLE, null, "a stored object no longer parses: " + e.getMessage());
        }
    }
}
