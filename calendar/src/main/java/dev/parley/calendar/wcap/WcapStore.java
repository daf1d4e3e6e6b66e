package dev.parley.calendar.wcap;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What the WCAP front end needs from the calendar store, in WCAP terms; implemented in {@code web} over
 * the back end's {@code dev.parley.calendar.api.CalendarService}, so WCAP and CalDAV see the same data.
 * {@code owner} is an account address, {@code name} a calendar name ({@code null}: the owner's default
 * calendar). Every call acts for {@code actor}; a calendar the actor may not reach gives
 * {@link WcapException} with errno 28 or 29.
 */
public interface WcapStore {

    /** A calendar's properties as WCAP shows them. */
    record CalendarProps(String owner, String name, boolean isDefault, String displayName, String description,
                         String timezone, Instant created, Instant lastModified) implements Serializable {
    }

    /** One stored object: its UID, component type (VEVENT/VTODO), iCalendar text and last change. */
    record StoredComponent(String uid, String component, String ical, Instant lastModified) implements Serializable {
    }

    /** A deleted object (the deletelog): its UID and when it went. */
    record Tombstone(String uid, Instant deletedAt) implements Serializable {
    }

    Optional<CalendarProps> calendar(String actor, String owner, String name);

    List<CalendarProps> calendars(String actor, String owner);

    CalendarProps createCalendar(String actor, String owner, String name, String displayName, String description);

    CalendarProps updateCalendar(String actor, String owner, String name, String displayName, String description, String timezone);

    void deleteCalendar(String actor, String owner, String name);

    /** Objects of {@code component} (VEVENT, VTODO; null: any) with an instance in [start, end); null bounds are open. */
    List<StoredComponent> inRange(String actor, String owner, String name, String component, Instant start, Instant end);

    /** Objects changed in [start, end); null bounds are open. */
    List<StoredComponent> modified(String actor, String owner, String name, Instant start, Instant end);

    /** Objects deleted in [start, end). */
    List<Tombstone> deleted(String actor, String owner, String name, Instant start, Instant end);

    Optional<StoredComponent> byUid(String actor, String owner, String name, String uid);

    /** Stores the object with this UID (creates or replaces it). */
    void put(String actor, String owner, String name, String uid, String ical);

    /** Deletes the object with this UID; false when there was none. */
    boolean delete(String actor, String owner, String name, String uid);
}
