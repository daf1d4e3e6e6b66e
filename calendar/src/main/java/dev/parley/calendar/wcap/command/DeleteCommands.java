package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.ComponentRef;
import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapComponent;
import dev.parley.calendar.wcap.WcapDateTime;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapProperty;
import dev.parley.calendar.wcap.WcapStore;
import dev.parley.calendar.wcap.WcapWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Component;

/**
 * deleteevents_by_id / deletetodos_by_id (SUN63 fxyzc, fxyyr; wcap.md §6.5) and
 * deleteevents_by_range / deletetodos_by_range / deletecomponents_by_range. Deleting one instance
 * ({@code mod=1&rid=…}) adds an EXDATE to the master and drops its override (RFC 5545 §3.8.5.1).
 */
final class DeleteCommands {

    private DeleteCommands() {
    }

    static List<WcapCommand> all(WcapStore store, Clock clock) {
        return List.of(
                new ById(store, clock, "deleteevents_by_id", Component.VEVENT, WcapErrno.DELETE_EVENTS_BY_ID_FAILED),
                new ById(store, clock, "deletetodos_by_id", Component.VTODO, WcapErrno.DELETE_TODOS_BY_ID_FAILED),
                new ByRange(store, "deleteevents_by_range", Component.VEVENT, WcapErrno.DELETEEVENTS_BY_RANGE_FAILED),
                new ByRange(store, "deletetodos_by_range", Component.VTODO, WcapErrno.DELETETODOS_BY_RANGE_FAILED),
                new ByRange(store, "deletecomponents_by_range", null, WcapErrno.DELETECOMPONENTS_BY_RANGE_FAILED));
    }

    record ById(WcapStore store, Clock clock, String name, String component, WcapErrno failure) implements WcapCommand {
        @Override
        public List<WcapCalendar> run(WcapRequest r) {
            WcapRequest.Target t = r.target();
            Views.props(store, r.user(), t);
            List<ComponentRef> refs = ComponentRef.fromParams(r.params(), failure);
            WcapCalendar.Builder b = WcapCalendar.builder();
            WcapErrno errno = WcapErrno.OK;
            for (ComponentRef ref : refs) {
                Optional<WcapStore.StoredComponent> c = store.byUid(r.user(), t.owner(), t.name(), ref.uid());
                List<WcapProperty> status = new ArrayList<>();
                status.add(WcapProperty.of("UID", ref.uid()));
                if (ref.rid() != null) {
                    status.add(WcapProperty.of("RECURRENCE-ID", WcapDateTime.format(ref.rid())));
                }
                if (c.isEmpty() || !component.equals(c.get().component())) {
                    errno = WcapErrno.COMPONENT_NOT_FOUND;
                    status.add(WcapProperty.of("REQUEST-STATUS", "3.8;Component not found."));
                } else if (ref.wholeSeries()) {
                    store.delete(r.user(), t.owner(), t.name(), ref.uid());
                    status.add(WcapProperty.of("REQUEST-STATUS", "2.0;Success.  Delete successful."));
                } else {
                    deleteInstance(r, t, c.get(), ref.rid());
                    status.add(WcapProperty.of("REQUEST-STATUS", "2.0;Success.  Delete successful."));
                }
                b.component(WcapComponent.of(component, status));
            }
            return List.of(b.build(errno));
        }

        private void deleteInstance(WcapRequest r, WcapRequest.Target t, WcapStore.StoredComponent c, Instant rid) {
            String ridText = WcapDateTime.format(rid);
            List<WcapComponent> kept = new ArrayList<>();
            boolean master = false;
            for (WcapComponent x : Views.allComponents(c.ical())) {
                if (x.name().equals(component) && ridText.equals(Store.utc(x.property("RECURRENCE-ID")))) {
                    continue;
                }
                if (x.name().equals(component) && x.property("RECURRENCE-ID") == null) {
                    master = true;
                    String stamp = WcapDateTime.format(clock.instant());
                    x = x.with(List.of(WcapProperty.of("EXDATE", ridText)))
                            .set("DTSTAMP", WcapProperty.of("DTSTAMP", stamp))
                            .set("LAST-MODIFIED", WcapProperty.of("LAST-MODIFIED", stamp));
                }
                kept.add(x);
            }
            if (!master) {
                // only overrides were stored: removing the last one removes the object
                if (kept.stream().noneMatch(x -> x.name().equals(component))) {
                    store.delete(r.user(), t.owner(), t.name(), c.uid());
                    return;
                }
            }
            store.put(r.user(), t.owner(), t.name(), c.uid(), WcapWriter.object(kept));
        }
    }

    record ByRange(WcapStore store, String name, String component, WcapErrno failure) implements WcapCommand {
        @Override
        public List<WcapCalendar> run(WcapRequest r) {
            WcapRequest.Target t = r.target();
            Views.props(store, r.user(), t);
            Instant[] span = FetchCommands.span(r, failure);
            if (span[0] == null && span[1] == null && !r.params().has("dtstart")) {
                throw new WcapException(failure, "dtstart and dtend are required");
            }
            for (WcapStore.StoredComponent c : store.inRange(r.user(), t.owner(), t.name(), component, span[0], span[1])) {
                store.delete(r.user(), t.owner(), t.name(), c.uid());
            }
            return List.of(WcapCalendar.builder().ok());
        }
    }
}
