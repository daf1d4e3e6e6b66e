package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A test double of the store port for the command tests: one default calendar per user, no recurrence expansion. */
final class MemoryStore implements WcapStore {

    final Map<String, CalendarProps> calendars = new LinkedHashMap<>();
    final Map<String, Map<String, StoredComponent>> objects = new LinkedHashMap<>();
    final List<Tombstone> tombstones = new ArrayList<>();
    private final Clock clock;

    MemoryStore(Clock clock, String... users) {
        this.clock = clock;
        for (String u : users) {
            calendars.put(u + ":calendar", new CalendarProps(u, "calendar", true, "Calendar", null, null, null, null));
            objects.put(u + ":calendar", new LinkedHashMap<>());
        }
    }

    private String key(String actor, String owner, String name) {
        if (!actor.equals(owner)) {
            throw new WcapException(WcapErrno.ACCESS_DENIED_TO_CALENDAR, "not yours");
        }
        String k = owner + ":" + (name == null ? "calendar" : name);
        if (!calendars.containsKey(k)) {
            throw new WcapException(WcapErrno.CALENDAR_DOES_NOT_EXIST, k);
        }
        return k;
    }

    @Override
    public Optional<CalendarProps> calendar(String actor, String owner, String name) {
        if (!actor.equals(owner)) {
            throw new WcapException(WcapErrno.ACCESS_DENIED_TO_CALENDAR, "not yours");
        }
        return Optional.ofNullable(calendars.get(owner + ":" + (name == null ? "calendar" : name)));
    }

    @Override
    public List<CalendarProps> calendars(String actor, String owner) {
        return calendars.values().stream().filter(c -> c.owner().equals(owner)).toList();
    }

    @Override
    public CalendarProps createCalendar(String actor, String owner, String name, String displayName, String description) {
        CalendarProps p = new CalendarProps(owner, name, false, displayName == null ? name : displayName, description, null, null, null);
        calendars.put(owner + ":" + name, p);
        objects.put(owner + ":" + name, new LinkedHashMap<>());
        return p;
    }

    @Override
    public CalendarProps updateCalendar(String actor, String owner, String name, String displayName, String description, String timezone) {
        String k = key(actor, owner, name);
        CalendarProps o = calendars.get(k);
        CalendarProps p = new CalendarProps(owner, o.name(), o.isDefault(), displayName == null ? o.displayName() : displayName,
                description == null ? o.description() : description, timezone == null ? o.timezone() : timezone, null, null);
        calendars.put(k, p);
        return p;
    }

    @Override
    public void deleteCalendar(String actor, String owner, String name) {
        String k = key(actor, owner, name);
        calendars.remove(k);
        objects.remove(k);
    }

    @Override
    public List<StoredComponent> inRange(String actor, String owner, String name, String component, Instant start, Instant end) {
        return objects.get(key(actor, owner, name)).values().stream()
                .filter(c -> component == null || c.component().equals(component)).toList();
    }

    @Override
    public List<StoredComponent> modified(String actor, String owner, String name, Instant start, Instant end) {
        return objects.get(key(actor, owner, name)).values().stream()
                .filter(c -> (start == null || !c.lastModified().isBefore(start)) && (end == null || c.lastModified().isBefore(end)))
                .toList();
    }

    @Override
    public List<Tombstone> deleted(String actor, String owner, String name, Instant start, Instant end) {
        key(actor, owner, name);
        return List.copyOf(tombstones);
    }

    @Override
    public Optional<StoredComponent> byUid(String actor, String owner, String name, String uid) {
        return Optional.ofNullable(objects.get(key(actor, owner, name)).get(uid));
    }

    @Override
    public void put(String actor, String owner, String name, String uid, String ical) {
        String type = ical.contains("BEGIN:VTODO") ? "VTODO" : "VEVENT";
        objects.get(key(actor, owner, name)).put(uid, new StoredComponent(uid, type, ical, clock.instant()));
    }

    @Override
    public boolean delete(String actor, String owner, String name, String uid) {
        boolean gone = objects.get(key(actor, owner, name)).remove(uid) != null;
        if (gone) {
            tombstones.add(new Tombstone(uid, clock.instant()));
        }
        return gone;
    }
}
