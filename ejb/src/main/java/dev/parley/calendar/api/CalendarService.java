package dev.parley.calendar.api;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The calendar store's back-end interface (issue 5, ADR 0060): what CalDAV, WCAP and the browser client
 * use, remote-capable (serialisable records), as Sun's front ends reached the back end over DWP. Every
 * method acts for {@code user}, the address of an active account, on that user's own calendars (grants
 * to others come later); a calendar the user may not see does not exist for them.
 */
public interface CalendarService {

    /** The user's calendars; the default one ({@code calendar}) exists from the first call. */
    List<CalendarInfo> calendars(String user);

    CalendarInfo calendar(String user, String name);

    CalendarInfo createCalendar(String user, String name, CalendarProps props);

    CalendarInfo updateCalendar(String user, String name, CalendarProps props);

    void deleteCalendar(String user, String name);

    List<ObjectListing> list(String user, String calendar);

    Optional<StoredObject> get(String user, String calendar, String resource);

    List<StoredObject> multiget(String user, String calendar, List<String> resources);

    /**
     * RFC 4791 §9.9: the objects (of {@code component}, or any when null) with an instance overlapping
     * [start, end); null bounds are open.
     */
    List<StoredObject> inRange(String user, String calendar, String component, Instant start, Instant end);

    /**
     * Stores a calendar object resource after the RFC 4791 §4.1 / §5.3.2.1 checks; {@code ifMatch} an ETag
     * the current object must have ("*": must exist), {@code ifNoneMatchAny} create only. Returns the ETag
     * and whether it was created.
     */
    PutResult put(String user, String calendar, String resource, String ical, String ifMatch, boolean ifNoneMatchAny);

    void delete(String user, String calendar, String resource, String ifMatch);

    /** RFC 6578: what changed since {@code syncToken} (null or empty: everything). */
    ObjectChanges changes(String user, String calendar, String syncToken);

    /** WCAP fetchevents_by_id (added by the WCAP front end): the object with this UID (one per calendar, RFC 4791 §5.3.2.1). */
    Optional<StoredObject> byUid(String user, String calendar, String uid);

    /** WCAP fetchcomponents_by_lastmod / export: objects last changed in [since, until); null bounds are open. */
    List<StoredObject> modified(String user, String calendar, Instant since, Instant until);

    /** WCAP fetch_deletedcomponents: resources deleted in [since, until); null bounds are open. */
    List<Deletion> deletions(String user, String calendar, Instant since, Instant until);

    /** A deleted resource and when it went. */
    record Deletion(String resourceName, Instant deletedAt) implements java.io.Serializable {
    }

    /**
     * RFC 4791 §7.10 free-busy-query on one of the user's calendars: the busy time of its event
     * instances overlapping [start, end), clipped and merged, transparent and cancelled ones left out.
     */
    List<BusyPeriod> busy(String user, String calendar, Instant start, Instant end);

    /**
     * Free/busy of the account {@code address} over all its calendars (RFC 6638 §5 outbox POST, WCAP
     * get_freebusy). Any active local account may see any other's free/busy time (the Sun default ACL
     * {@code @^a^f^g}); a non-local or inactive address is NOT_FOUND.
     */
    List<BusyPeriod> freeBusy(String user, String address, Instant start, Instant end);

    // ---- access grants (ADR 0062): another user's calendar, named by its owner ----------------------

    /** The calendar's grants (owner only). */
    List<CalendarGrant> grants(String user, String calendar);

    /** Grants (or changes) access to {@code grant.grantee()}: an address, {@code @domain} or {@code *} (owner only). */
    void grant(String user, String calendar, CalendarGrant grant);

    /** Removes the grant of {@code grantee} (owner only); nothing when there was none. */
    void revoke(String user, String calendar, String grantee);

    /** Other users' calendars granted to the user (by address, domain or everyone), with the access they have. */
    List<SharedCalendar> shared(String user);

    /**
     * The user's access to {@code owner}'s calendar: null for the owner (all rights), else the grant's
     * access; NOT_FOUND when nothing is granted (the calendar does not exist for them).
     */
    CalendarAccess access(String user, String owner, String calendar);

    /**
     * The *Of methods act on {@code owner}'s calendar for {@code user}: the owner may do everything; others
     * need READ to read (PRIVATE/CONFIDENTIAL objects come masked to their times, RFC 5545 §3.8.1.3),
     * WRITE to write, FREE_BUSY for busy time; too little access is FORBIDDEN, none NOT_FOUND.
     */
    CalendarInfo calendarOf(String user, String owner, String calendar);

    List<ObjectListing> listOf(String user, String owner, String calendar);

    Optional<StoredObject> getOf(String user, String owner, String calendar, String resource);

    List<StoredObject> multigetOf(String user, String owner, String calendar, List<String> resources);

    List<StoredObject> inRangeOf(String user, String owner, String calendar, String component, Instant start, Instant end);

    ObjectChanges changesOf(String user, String owner, String calendar, String syncToken);

    PutResult putOf(String user, String owner, String calendar, String resource, String ical, String ifMatch,
            boolean ifNoneMatchAny);

    void deleteOf(String user, String owner, String calendar, String resource, String ifMatch);

    List<BusyPeriod> busyOf(String user, String owner, String calendar, Instant start, Instant end);

    /** The new ETag and whether the resource was created (201) or replaced (204). */
    record PutResult(String etag, boolean created) implements java.io.Serializable {
    }
}
