package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapComponent;
import dev.parley.calendar.wcap.WcapDateTime;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapProperty;
import dev.parley.calendar.wcap.WcapStore;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Period;
import net.fortuna.ical4j.model.Property;

/**
 * get_freebusy (SUN05 fxzby/fxzcc, SUN63 fxzca; wcap.md §6.6): the busy periods of the calendar in the
 * range as one VFREEBUSY ({@code <FREEBUSY><FB FBTYPE=…>} in XML). Range precedence: {@code duration}
 * (days from now) over {@code dtstart}/{@code dtend} over {@code freebusybegin}/{@code freebusyend}
 * (days before/after now, 30 each). TRANSPARENT and CANCELLED events are not busy; TENTATIVE is
 * BUSY-TENTATIVE. With {@code busyonly=0} the gaps are answered as FREE too.
 */
record FreeBusyCommand(WcapStore store, Clock clock) implements WcapCommand {

    @Override
    public String name() {
        return "get_freebusy";
    }

    @Override
    public WcapErrno failure() {
        return WcapErrno.GET_FREEBUSY_FAILED;
    }

    @Override
    public List<WcapCalendar> run(WcapRequest r) {
        List<WcapCalendar> out = new ArrayList<>();
        Instant now = clock.instant();
        Instant start;
        Instant end;
        int duration = r.params().integer("duration", 0, failure());
        if (duration > 0) {
            start = now;
            end = now.plus(Duration.ofDays(duration));
        } else if (r.params().has("dtstart") || r.params().has("dtend")) {
            Instant[] span = FetchCommands.span(r, failure());
            start = span[0] == null ? now : span[0];
            end = span[1] == null ? start.plus(Duration.ofDays(60)) : span[1];
        } else {
            start = now.minus(Duration.ofDays(r.params().integer("freebusybegin", 30, failure())));
            end = now.plus(Duration.ofDays(r.params().integer("freebusyend", 30, failure())));
        }
        boolean busyOnly = r.params().flag("busyonly", true);
        for (WcapRequest.Target t : r.targets()) {
            WcapCalendar.Builder b = WcapCalendar.builder();
            Views.calprops(b, t, Views.props(store, r.user(), t));
            List<WcapProperty> props = new ArrayList<>();
            props.add(WcapProperty.of("DTSTART", WcapDateTime.format(start)));
            props.add(WcapProperty.of("DTEND", WcapDateTime.format(end)));
            List<Instant[]> busy = new ArrayList<>();
            for (WcapStore.StoredComponent c : store.inRange(r.user(), t.owner(), t.name(), Component.VEVENT, start, end)) {
                for (Component ev : Views.parse(c.ical()).getComponentList().getAll()) {
                    if (!Component.VEVENT.equals(ev.getName()) || ev.getProperty(Property.RECURRENCE_ID).isPresent()) {
                        continue;
                    }
                    String transp = ev.getProperty(Property.TRANSP).map(Property::getValue).orElse("OPAQUE");
                    String status = ev.getProperty(Property.STATUS).map(Property::getValue).orElse("CONFIRMED");
                    if ("TRANSPARENT".equalsIgnoreCase(transp) || "CANCELLED".equalsIgnoreCase(status)) {
                        continue;
                    }
                    String type = "TENTATIVE".equalsIgnoreCase(status) ? "BUSY-TENTATIVE" : "BUSY";
                    Set<Period<Temporal>> set = ev.calculateRecurrenceSet(
                            new Period<>(ZonedDateTime.ofInstant(start, ZoneOffset.UTC), ZonedDateTime.ofInstant(end, ZoneOffset.UTC)));
                    for (Period<Temporal> p : set) {
                        Instant s = instant(p.getStart());
                        Instant e = instant(p.getEnd());
                        if (s.isBefore(end) && e.isAfter(start)) {
                            props.add(new WcapProperty("FREEBUSY", Map.of("FBTYPE", type),
                                    WcapDateTime.format(s) + "/" + WcapDateTime.format(e), null));
                            busy.add(new Instant[] {s, e});
                        }
                    }
                }
            }
            if (!busyOnly) {
                busy.sort((a, x) -> a[0].compareTo(x[0]));
                Instant cursor = start;
                for (Instant[] p : busy) {
                    if (p[0].isAfter(cursor)) {
                        props.add(new WcapProperty("FREEBUSY", Map.of("FBTYPE", "FREE"),
                                WcapDateTime.format(cursor) + "/" + WcapDateTime.format(p[0]), null));
                    }
                    if (p[1].isAfter(cursor)) {
                        cursor = p[1];
                    }
                }
                if (cursor.isBefore(end)) {
                    props.add(new WcapProperty("FREEBUSY", Map.of("FBTYPE", "FREE"),
                            WcapDateTime.format(cursor) + "/" + WcapDateTime.format(end), null));
                }
            }
            b.component(WcapComponent.of("VFREEBUSY", props));
            out.add(b.ok());
        }
        return out;
    }

    private static Instant instant(Temporal t) {
        if (t instanceof LocalDate d) {
            return d.atStartOfDay(ZoneOffset.UTC).toInstant();
        }
        if (t instanceof java.time.LocalDateTime l) {
            return l.toInstant(ZoneOffset.UTC);
        }
        return Instant.from(t);
    }
}
