package dev.parley.web.wcap;

import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.api.CalendarInfo;
import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.api.StoredObject;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapStore;
import dev.parley.calendar.wcap.WcapUnavailableException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * WCAP's {@link WcapStore} over the calendar store's {@link CalendarService}: the same calendars and
 * objects CalDAV serves. A calid's default calendar is the store's default calendar; an object stored
 * over WCAP gets the resource name {@code <uid>.ics} (percent-encoded), the name most CalDAV clients
 * also use, and a tombstone's UID is read back from that name. The store has no grants to other users
 * yet, so another user's calendar is errno 28 (ACCESS_DENIED_TO_CALENDAR).
 */
final class CalendarServiceWcapStore implements WcapStore {

    private final CalendarService calendars;

    CalendarServiceWcapStore(CalendarService calendars) {
        this.calendars = calendars;
    }

    private static void own(String actor, String owner) {
        if (actor == null || !actor.equalsIgnoreCase(owner)) {
            throw new WcapException(WcapErrno.ACCESS_DENIED_TO_CALENDAR, actor + " may not use calendars of " + owner);
        }
    }

    private static <T> T call(Supplier<T> s, WcapErrno notFound) {
        try {
            return s.get();
        } catch (CalendarException e) {
            throw switch (e.kind()) {
                case NOT_FOUND -> new WcapException(notFound, e.getMessage());
                case FORBIDDEN -> new WcapException(WcapErrno.ACCESS_DENIED_TO_CALENDAR, e.getMessage());
                case EXISTS -> new WcapException(WcapErrno.CREATECALENDAR_ALREADY_EXISTS_FAILED, e.getMessage());
                case INVALID, BAD_REQUEST, PRECONDITION_FAILED, INVALID_SYNC_TOKEN ->
                        new WcapException(WcapErrno.CAPI_NOT_SUPPORTED, e.getMessage());
                case UNAVAILABLE -> new WcapUnavailableException(e.getMessage(), e);
            };
        }
    }

    /** The back end's calendar as WCAP shows it; {@code owner} is the account address the calid names. */
    private static WcapStore.CalendarProps wcap(String owner, CalendarInfo i) {
        return new WcapStore.CalendarProps(owner, i.name(), i.isDefault(), i.displayName(), i.description(),
                i.timezone(), null, null);
    }

    /** The store's name of the calendar a calid means. */
    private String resolve(String owner, String name) {
        if (name != null) {
            return name;
        }
        for (CalendarInfo i : call(() -> calendars.calendars(owner), WcapErrno.CALENDAR_DOES_NOT_EXIST)) {
            if (i.isDefault()) {
                return i.name();
            }
        }
        throw new WcapException(WcapErrno.CALENDAR_DOES_NOT_EXIST, "no default calendar for " + owner);
    }

    @Override
    public Optional<CalendarProps> calendar(String actor, String owner, String name) {
        own(actor, owner);
        try {
            String n = resolve(owner, name);
            return Optional.of(wcap(owner, call(() -> calendars.calendar(owner, n), WcapErrno.CALENDAR_DOES_NOT_EXIST)));
        } catch (WcapException e) {
            if (e.errno() == WcapErrno.CALENDAR_DOES_NOT_EXIST) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public List<CalendarProps> calendars(String actor, String owner) {
        own(actor, owner);
        List<CalendarProps> out = new ArrayList<>();
        for (CalendarInfo i : call(() -> calendars.calendars(owner), WcapErrno.CALENDAR_DOES_NOT_EXIST)) {
            out.add(wcap(owner, i));
        }
        return out;
    }

    @Override
    public CalendarProps createCalendar(String actor, String owner, String name, String displayName, String description) {
        own(actor, owner);
        CalendarInfo i = call(() -> calendars.createCalendar(owner, name,
                new dev.parley.calendar.api.CalendarProps(displayName, description, null, null, null, null)),
                WcapErrno.CALENDAR_DOES_NOT_EXIST);
        return wcap(owner, i);
    }

    @Override
    public CalendarProps updateCalendar(String actor, String owner, String name, String displayName, String description,
                                        String timezone) {
        own(actor, owner);
        String n = resolve(owner, name);
        CalendarInfo i = call(() -> calendars.updateCalendar(owner, n,
                new dev.parley.calendar.api.CalendarProps(displayName, description, null, null, timezone, null)),
                WcapErrno.CALENDAR_DOES_NOT_EXIST);
        return wcap(owner, i);
    }

    @Override
    public void deleteCalendar(String actor, String owner, String name) {
        own(actor, owner);
        call(() -> {
            calendars.deleteCalendar(owner, name);
            return null;
        }, WcapErrno.CALENDAR_DOES_NOT_EXIST);
    }

    @Override
    public List<StoredComponent> inRange(String actor, String owner, String name, String component, Instant start, Instant end) {
        own(actor, owner);
        String n = resolve(owner, name);
        List<StoredObject> objects;
        if (start == null && end == null) {
            // dtstart=0&dtend=0: everything, without expanding recurrences over an unbounded range
            objects = call(() -> calendars.modified(owner, n, null, null), WcapErrno.CALENDAR_DOES_NOT_EXIST);
        } else {
            objects = call(() -> calendars.inRange(owner, n, component, start, end), WcapErrno.CALENDAR_DOES_NOT_EXIST);
        }
        List<StoredComponent> out = new ArrayList<>();
        for (StoredObject o : objects) {
            if (component == null || component.equals(o.component())) {
                out.add(wcap(o));
            }
        }
        return out;
    }

    private static StoredComponent wcap(StoredObject o) {
        return new StoredComponent(o.uid(), o.component(), o.ical(), o.lastModified());
    }

    @Override
    public List<StoredComponent> modified(String actor, String owner, String name, Instant start, Instant end) {
        own(actor, owner);
        String n = resolve(owner, name);
        return call(() -> calendars.modified(owner, n, start, end), WcapErrno.CALENDAR_DOES_NOT_EXIST)
                .stream().map(CalendarServiceWcapStore::wcap).toList();
    }

    @Override
    public List<Tombstone> deleted(String actor, String owner, String name, Instant start, Instant end) {
        own(actor, owner);
        String n = resolve(owner, name);
        List<Tombstone> out = new ArrayList<>();
        for (CalendarService.Deletion d : call(() -> calendars.deletions(owner, n, start, end), WcapErrno.CALENDAR_DOES_NOT_EXIST)) {
            out.add(new Tombstone(uidOf(d.resourceName()), d.deletedAt()));
        }
        return out;
    }

    @Override
    public Optional<StoredComponent> byUid(String actor, String owner, String name, String uid) {
        own(actor, owner);
        String n = resolve(owner, name);
        return call(() -> calendars.byUid(owner, n, uid), WcapErrno.CALENDAR_DOES_NOT_EXIST).map(CalendarServiceWcapStore::wcap);
    }

    @Override
    public void put(String actor, String owner, String name, String uid, String ical) {
        own(actor, owner);
        String n = resolve(owner, name);
        String resource = call(() -> calendars.byUid(owner, n, uid), WcapErrno.CALENDAR_DOES_NOT_EXIST)
                .map(StoredObject::resourceName).orElse(resourceOf(uid));
        call(() -> calendars.put(owner, n, resource, ical, null, false), WcapErrno.CALENDAR_DOES_NOT_EXIST);
    }

    @Override
    public boolean delete(String actor, String owner, String name, String uid) {
        own(actor, owner);
        String n = resolve(owner, name);
        Optional<StoredObject> o = call(() -> calendars.byUid(owner, n, uid), WcapErrno.CALENDAR_DOES_NOT_EXIST);
        if (o.isEmpty()) {
            return false;
        }
        call(() -> {
            calendars.delete(owner, n, o.get().resourceName(), null);
            return null;
        }, WcapErrno.COMPONENT_NOT_FOUND);
        return true;
    }

    static String resourceOf(String uid) {
        return URLEncoder.encode(uid, StandardCharsets.UTF_8) + ".ics";
    }

    static String uidOf(String resource) {
        String base = resource.endsWith(".ics") ? resource.substring(0, resource.length() - 4) : resource;
        try {
            return URLDecoder.decode(base, StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return base;
        }
    }
}
