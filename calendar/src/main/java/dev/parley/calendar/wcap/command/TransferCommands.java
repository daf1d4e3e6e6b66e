package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapComponent;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapStore;
import dev.parley.calendar.wcap.WcapWriter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * import.wcap (calendar file in {@code content-in}, form-posted) and export.wcap ({@code dtstart}/
 * {@code dtend}, 0 = everything) — the parameters the PHP WcapClient sends (wcap.md §2). Import groups
 * components by UID and stores each object; a file that is not iCalendar is errno 35, one without
 * content or calid errno 77.
 */
final class TransferCommands {

    private TransferCommands() {
    }

    static List<WcapCommand> all(WcapStore store) {
        return List.of(
                new Simple("export", true, WcapErrno.BAD_COMMAND, r -> {
                    WcapRequest.Target t = r.target();
                    Views.props(store, r.user(), t);
                    Instant[] span = FetchCommands.span(r, WcapErrno.FETCHBYDATERANGE_FAILED);
                    WcapCalendar.Builder b = WcapCalendar.builder();
                    for (WcapStore.StoredComponent c : store.inRange(r.user(), t.owner(), t.name(), null, span[0], span[1])) {
                        b.components(Views.components(c.ical()));
                    }
                    return b.ok();
                }),
                new Simple("import", true, WcapErrno.WRITE_IMPORT_FAILED, r -> {
                    WcapRequest.Target t = r.target();
                    Views.props(store, r.user(), t);
                    String content = r.params().get("content-in");
                    if (content == null || content.isBlank()) {
                        throw new WcapException(WcapErrno.BAD_IMPORT_ARGUMENTS, "content-in is required");
                    }
                    List<WcapComponent> zones = new ArrayList<>();
                    Map<String, List<WcapComponent>> byUid = new LinkedHashMap<>();
                    net.fortuna.ical4j.model.Calendar cal;
                    try {
                        cal = Views.parse(content);
                    } catch (WcapException e) {
                        throw new WcapException(WcapErrno.WRITE_IMPORT_FAILED, e.getMessage());
                    }
                    for (Component c : cal.getComponentList().getAll()) {
                        if (Component.VTIMEZONE.equals(c.getName())) {
                            zones.add(WcapComponent.from(c));
                        } else if (Component.VEVENT.equals(c.getName()) || Component.VTODO.equals(c.getName())) {
                            String uid = c.getProperty(Property.UID).map(Property::getValue)
                                    .orElseThrow(() -> new WcapException(WcapErrno.WRITE_IMPORT_FAILED, "component without UID"));
                            byUid.computeIfAbsent(uid, k -> new ArrayList<>()).add(WcapComponent.from(c));
                        }
                    }
                    for (Map.Entry<String, List<WcapComponent>> e : byUid.entrySet()) {
                        List<WcapComponent> all = new ArrayList<>(zones);
                        all.addAll(e.getValue());
                        store.put(r.user(), t.owner(), t.name(), e.getKey(), WcapWriter.object(all));
                    }
                    return WcapCalendar.builder().ok();
                }));
    }
}
