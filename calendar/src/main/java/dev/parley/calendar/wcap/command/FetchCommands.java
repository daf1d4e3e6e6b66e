package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.ComponentRef;
import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapComponent;
import dev.parley.calendar.wcap.WcapDateTime;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapProperty;
import dev.parley.calendar.wcap.WcapStore;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;

/**
 * The read commands: fetchcomponents_by_range (SUN63 fxyzy), fetchcomponents_by_alarmrange (fxyyo),
 * fetchcomponents_by_lastmod (fxzaa), fetch_deletedcomponents (fxzas), fetchevents_by_id /
 * fetchtodos_by_id (fxzax) and verifyevents_by_ids / verifytodos_by_ids (fyewz). Each answers the
 * calendar's properties followed by the components, master and overrides as stored (recurring=1).
 */
final class FetchCommands {

    private FetchCommands() {
    }

    static List<WcapCommand> all(WcapStore store) {
        return List.of(
                new Multi("fetchcomponents_by_range", WcapErrno.FETCHBYDATERANGE_FAILED,
                        (r, t) -> range(store, r, t, WcapErrno.FETCHBYDATERANGE_FAILED, false)),
                new Multi("fetchcomponents_by_alarmrange", WcapErrno.FETCH_BY_ALARM_RANGE_FAILED,
                        (r, t) -> range(store, r, t, WcapErrno.FETCH_BY_ALARM_RANGE_FAILED, true)),
                new Multi("fetchcomponents_by_lastmod", WcapErrno.FETCH_BY_LAST_MODIFIED_FAILED, (r, t) -> {
                    Instant[] span = span(r, WcapErrno.FETCH_BY_LAST_MODIFIED_FAILED);
                    String type = Views.componentType(r.params().get("component-type"), WcapErrno.FETCH_BY_LAST_MODIFIED_FAILED);
                    WcapCalendar.Builder b = WcapCalendar.builder();
                    Views.calprops(b, t, Views.props(store, r.user(), t));
                    for (WcapStore.StoredComponent c : store.modified(r.user(), t.owner(), t.name(), span[0], span[1])) {
                        if (type == null || type.equals(c.component())) {
                            b.components(Views.components(c.ical()));
                        }
                    }
                    return b.ok();
                }),
                new Multi("fetch_deletedcomponents", WcapErrno.FETCH_DELETEDCOMPONENTS_FAILED, (r, t) -> {
                    Instant[] span = span(r, WcapErrno.FETCH_DELETEDCOMPONENTS_FAILED);
                    String type = Views.componentType(r.params().get("component-type"), WcapErrno.FETCH_DELETEDCOMPONENTS_FAILED);
                    WcapCalendar.Builder b = WcapCalendar.builder();
                    Views.calprops(b, t, Views.props(store, r.user(), t));
                    // the deletelog keeps the UID and time, not the type: a tombstone per UID in the
                    // type the client asked for (VEVENT when "all")
                    String name = type == null ? Component.VEVENT : type;
                    for (WcapStore.Tombstone d : store.deleted(r.user(), t.owner(), t.name(), span[0], span[1])) {
                        b.component(WcapComponent.of(name, List.of(
                                WcapProperty.of("UID", d.uid()),
                                WcapProperty.of("DTSTAMP", WcapDateTime.format(d.deletedAt())),
                                WcapProperty.of("LAST-MODIFIED", WcapDateTime.format(d.deletedAt())),
                                WcapProperty.of("X-NSCP-TOMBSTONE", 1))));
                    }
                    return b.ok();
                }),
                new ById(store, "fetchevents_by_id", Component.VEVENT, WcapErrno.FETCH_EVENTS_BY_ID_FAILED),
                new ById(store, "fetchtodos_by_id", Component.VTODO, WcapErrno.FETCH_TODOS_BY_ID_FAILED),
                new Verify(store, "verifyevents_by_ids", Component.VEVENT, WcapErrno.FETCH_EVENTS_BY_ID_FAILED),
                new Verify(store, "verifytodos_by_ids", Component.VTODO, WcapErrno.FETCH_TODOS_BY_ID_FAILED));
    }

    static ZoneId tzid(WcapRequest r, WcapErrno errno) {
        String tz = r.params().get("tzid");
        if (tz == null || tz.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(tz.trim());
        } catch (RuntimeException e) {
            throw new WcapException(WcapErrno.FETCHCOMPONENTS_FAILED_BAD_TZID, "unknown tzid: " + tz);
        }
    }

    static Instant[] span(WcapRequest r, WcapErrno errno) {
        ZoneId zone = tzid(r, errno);
        Instant start = WcapDateTime.parse(r.params().get("dtstart"), zone, errno);
        Instant end = WcapDateTime.parse(r.params().get("dtend"), zone, errno);
        if (start != null && end != null && end.isBefore(start)) {
            throw new WcapException(errno, "dtend before dtstart");
        }
        return new Instant[] {start, end};
    }

    private static WcapCalendar range(WcapStore store, WcapRequest r, WcapRequest.Target t, WcapErrno errno, boolean alarms) {
        Instant[] span = span(r, errno);
        String type = Views.componentType(r.params().get("component-type"), errno);
        int max = r.params().integer("maxResults", 0, errno);
        WcapCalendar.Builder b = WcapCalendar.builder();
        Views.calprops(b, t, Views.props(store, r.user(), t));
        int n = 0;
        for (WcapStore.StoredComponent c : store.inRange(r.user(), t.owner(), t.name(), type, span[0], span[1])) {
            List<WcapComponent> comps = Views.components(c.ical());
            if (alarms && comps.stream().noneMatch(x -> !x.children().isEmpty())) {
                continue;
            }
            if (max > 0 && n >= max) {
                break;
            }
            b.components(comps);
            n++;
        }
        return b.ok();
    }

    /** fetchevents_by_id / fetchtodos_by_id: errno 59 when a uid is missing (SUN63 auto28). */
    record ById(WcapStore store, String name, String component, WcapErrno failure) implements WcapCommand {
        @Override
        public List<WcapCalendar> run(WcapRequest r) {
            WcapRequest.Target t = r.target();
            List<ComponentRef> refs = ComponentRef.fromParams(r.params(), failure);
            WcapCalendar.Builder b = WcapCalendar.builder();
            Views.calprops(b, t, Views.props(store, r.user(), t));
            for (ComponentRef ref : refs) {
                Optional<WcapStore.StoredComponent> c = store.byUid(r.user(), t.owner(), t.name(), ref.uid());
                if (c.isEmpty() || !component.equals(c.get().component())) {
                    throw new WcapException(WcapErrno.COMPONENT_NOT_FOUND, "no " + component + " " + ref.uid());
                }
                List<WcapComponent> comps = Views.components(c.get().ical());
                if (!ref.wholeSeries()) {
                    List<WcapComponent> one = new ArrayList<>();
                    String rid = WcapDateTime.format(ref.rid());
                    for (WcapComponent x : comps) {
                        if (rid.equals(Store.utc(x.property("RECURRENCE-ID")))) {
                            one.add(x);
                        }
                    }
                    // an instance that is not overridden is the master's occurrence
                    comps = one.isEmpty() ? comps : one;
                }
                b.components(comps);
            }
            return List.of(b.ok());
        }
    }

    /** verify*_by_ids: comma lists of uid and rid of equal length (errno 46 otherwise); answers the ones found. */
    record Verify(WcapStore store, String name, String component, WcapErrno failure) implements WcapCommand {
        @Override
        public List<WcapCalendar> run(WcapRequest r) {
            WcapRequest.Target t = r.target();
            List<String> uids = r.params().list("uid", ",");
            List<String> rids = r.params().list("rid", ",");
            if (uids.isEmpty() || rids.size() != uids.size()) {
                throw new WcapException(WcapErrno.INSUFFICIENT_PARAMETERS, "uid and rid lists differ in length");
            }
            WcapCalendar.Builder b = WcapCalendar.builder();
            for (int i = 0; i < uids.size(); i++) {
                Optional<WcapStore.StoredComponent> c = store.byUid(r.user(), t.owner(), t.name(), uids.get(i));
                List<WcapProperty> props = new ArrayList<>();
                props.add(WcapProperty.of("UID", uids.get(i)));
                if (!WcapDateTime.isUnbounded(rids.get(i))) {
                    props.add(WcapProperty.of("RECURRENCE-ID", rids.get(i)));
                }
                boolean found = c.isPresent() && component.equals(c.get().component());
                props.add(WcapProperty.of("REQUEST-STATUS", found ? "2.0;Success." : "3.8;Component not found."));
                b.component(WcapComponent.of(component, props));
            }
            return List.of(b.ok());
        }
    }
}
