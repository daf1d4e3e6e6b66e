package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapComponent;
import dev.parley.calendar.wcap.WcapErrno;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;

/**
 * get_all_timezones: every VTIMEZONE the server may name in a TZID (wcap.md §8.6), the region zones of
 * the IANA database as ical4j ships them. Built once; Mozilla asks at every login.
 */
final class TimezonesCommand implements WcapCommand {

    private volatile List<WcapComponent> zones;

    @Override
    public String name() {
        return "get_all_timezones";
    }

    @Override
    public WcapErrno failure() {
        return WcapErrno.GET_ALL_TIMEZONES_FAILED;
    }

    @Override
    public List<WcapCalendar> run(WcapRequest request) {
        return List.of(WcapCalendar.builder().components(zones()).ok());
    }

    private List<WcapComponent> zones() {
        List<WcapComponent> z = zones;
        if (z == null) {
            TimeZoneRegistry registry = TimeZoneRegistryFactory.getInstance().createRegistry();
            List<WcapComponent> list = new ArrayList<>();
            for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
                if (!id.matches("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/.*")) {
                    continue;
                }
                try {
                    TimeZone tz = registry.getTimeZone(id);
                    if (tz != null) {
                        list.add(WcapComponent.from(tz.getVTimeZone()));
                    }
                } catch (RuntimeException e) {
                    // a zone ical4j does not ship is left out
                }
            }
            z = List.copyOf(list);
            zones = z;
        }
        return z;
    }
}
