package dev.parley.calendar.store;

import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.api.BusyPeriod;
import dev.parley.calendar.api.CalendarAccess;
import dev.parley.calendar.api.CalendarGrant;
import dev.parley.calendar.api.CalendarInfo;
import dev.parley.calendar.api.SharedCalendar;
import dev.parley.calendar.api.CalendarProps;
import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.api.ObjectChanges;
import dev.parley.calendar.api.ObjectListing;
import dev.parley.calendar.api.StoredObject;
import dev.parley.calendar.caldav.CalDavException;
import dev.parley.calendar.caldav.CalendarCollectionProperties;
import dev.parley.calendar.caldav.CalendarObject;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Property;

/**
 * The calendar service on one connection (one transaction): resolves the user and the calendar, then
 * reads or writes the calendar.* tables (V40, ADR 0060). Objects are kept as sent; their instances are
 * written at every PUT (recurring ones for a window around now, re-expanded in memory when a query
 * reaches outside it).
 */
public final class CalendarCore implements CalendarService {

    static final String DEFAULT = "calendar";
    /** RFC 4791 §5.2.5 max-resource-size. */
    static final long MAX_SIZE = 1 << 20;
    static final Duration BEFORE = Duration.ofDays(2 * 366);
    static final Duration AFTER = Duration.ofDays(3 * 366);
    private static final String TOKEN = "urn:parley:calendar:sync:";

    private final Db db;
    private final Clock clock;

    public CalendarCore(Connection connection, Clock clock) {
        this.db = new Db(connection);
        this.clock = clock;
    }

    private record Cal(long id, long ownerId, String owner, String name, String displayName, String description,
                       String color, Integer order, String timezone, List<String> components, boolean isDefault, long modseq) {
        CalendarInfo info() {
            return new CalendarInfo(id, owner, name, displayName, description, color, order, timezone, components, isDefault,
                    TOKEN + id + ":" + modseq, MAX_SIZE);
        }
    }

    private long account(String user) {
        String address = user == null ? "" : user.strip().toLowerCase(Locale.ROOT);
        int at = address.lastIndexOf('@');
        if (at <= 0) {
            throw new CalendarException(CalendarException.Kind.NOT_FOUND, null, "no account " + address);
        }
        return db.one("SELECT a.id FROM directory.account a JOIN directory.domain d ON d.id = a.domain_id"
                        + " WHERE a.local_part = ? AND d.name = ? AND a.status = 'active'", rs -> rs.getLong(1),
                        address.substring(0, at), address.substring(at + 1))
                .orElseThrow(() -> new CalendarException(CalendarException.Kind.NOT_FOUND, null, "no active account " + address));
    }

    private static final String COLUMNS = "c.id, c.owner_id, c.name, c.display_name, c.description, c.color, c.sort_order,"
            + " c.timezone, c.components, c.is_default, c.modseq";

    private Cal read(java.sql.ResultSet rs, String owner) throws java.sql.SQLException {
        int order = rs.getInt(7);
        return new Cal(rs.getLong(1), rs.getLong(2), owner, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                rs.wasNull() ? null : order, rs.getString(8), List.of((String[]) rs.getArray(9).getArray()), rs.getBoolean(10),
                rs.getLong(11));
    }

    private Cal cal(String user, String name) {
        long owner = account(user);
        ensureDefault(owner);
        return db.one("SELECT " + COLUMNS + " FROM calendar.calendar c WHERE c.owner_id = ? AND c.name = ?",
                        rs -> read(rs, user.toLowerCase(Locale.ROOT)), owner, name)
                .orElseThrow(() -> new CalendarException(CalendarException.Kind.NOT_FOUND, null, "no calendar " + name));
    }

    /** The default calendar is created on first use (the directory fires no provisioning event). */
    private void ensureDefault(long owner) {
        db.update("INSERT INTO calendar.calendar (owner_id, name, display_name, is_default) SELECT ?, ?, 'Calendar', true"
                + " WHERE NOT EXISTS (SELECT 1 FROM calendar.calendar WHERE owner_id = ? AND is_default)"
                + " ON CONFLICT DO NOTHING", owner, DEFAULT, owner);
    }

    @Override
    public List<CalendarInfo> calendars(String user) {
        long owner = account(user);
        ensureDefault(owner);
        return db.list("SELECT " + COLUMNS + " FROM calendar.calendar c WHERE c.owner_id = ? ORDER BY c.is_default DESC,"
                + " coalesce(c.sort_order, 0), c.name", rs -> read(rs, user.toLowerCase(Locale.ROOT)), owner)
                .stream().map(Cal::info).toList();
    }

    @Override
    public CalendarInfo calendar(String user, String name) {
        return cal(user, name).info();
    }

    @Override
    public CalendarInfo createCalendar(String user, String name, CalendarProps props) {
        long owner = account(user);
        ensureDefault(owner);
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,99}")) {
            throw new CalendarException(CalendarException.Kind.BAD_REQUEST, null,
                    "a calendar name is 1-100 letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        List<String> components = components(props.components());
        int inserted = db.update("INSERT INTO calendar.calendar (owner_id, name, display_name, description, color, sort_order,"
                        + " timezone, components) VALUES (?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (owner_id, name) DO NOTHING",
                owner, name, props.displayName() == null || props.displayName().isBlank() ? name : props.displayName(),
                props.description(), props.color(), props.order(), props.timezone(), components.toArray(String[]::new));
        if (inserted == 0) {
            throw new CalendarException(CalendarException.Kind.EXISTS, null, "calendar " + name + " exists");
        }
        return cal(user, name).info();
    }

    private static List<String> components(List<String> wanted) {
        if (wanted == null || wanted.isEmpty()) {
            return List.of("VEVENT", "VTODO");
        }
        for (String c : wanted) {
            if (!CalendarCollectionProperties.COMPONENTS.contains(c)) {
                throw new CalendarException(CalendarException.Kind.INVALID, "supported-calendar-component", "unsupported component " + c);
            }
        }
        return List.copyOf(wanted);
    }

    @Override
    public CalendarInfo updateCalendar(String user, String name, CalendarProps props) {
        Cal c = cal(user, name);
        db.update("UPDATE calendar.calendar SET display_name = coalesce(?, display_name), description = coalesce(?, description),"
                        + " color = coalesce(?, color), sort_order = coalesce(?, sort_order), timezone = coalesce(?, timezone),"
                        + " updated_at = now() WHERE id = ?",
                blankToNull(props.displayName()), props.description(), props.color(), props.order(), props.timezone(), c.id());
        return cal(user, name).info();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    @Override
    public void deleteCalendar(String user, String name) {
        Cal c = cal(user, name);
        if (c.isDefault()) {
            throw new CalendarException(CalendarException.Kind.FORBIDDEN, null, "the default calendar cannot be deleted");
        }
        db.update("DELETE FROM calendar.calendar WHERE id = ?", c.id());
    }

    @Override
    public List<ObjectListing> list(String user, String calendar) {
        Cal c = cal(user, calendar);
        return db.list("SELECT resource_name, etag, size_bytes FROM calendar.object WHERE calendar_id = ? ORDER BY resource_name",
                rs -> new ObjectListing(rs.getString(1), rs.getString(2), rs.getInt(3)), c.id());
    }

    private static final String OBJECT = "SELECT resource_name, uid, etag, component, ical, updated_at FROM calendar.object";

    private static StoredObject object(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new StoredObject(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getTimestamp(6).toInstant());
    }

    @Override
    public Optional<StoredObject> get(String user, String calendar, String resource) {
        Cal c = cal(user, calendar);
        return db.one(OBJECT + " WHERE calendar_id = ? AND resource_name = ?", CalendarCore::object, c.id(), resource);
    }

    @Override
    public List<StoredObject> multiget(String user, String calendar, List<String> resources) {
        Cal c = cal(user, calendar);
        return db.list(OBJECT + " WHERE calendar_id = ? AND resource_name = ANY(?)", CalendarCore::object, c.id(),
                resources.toArray(String[]::new));
    }

    @Override
    public List<StoredObject> inRange(String user, String calendar, String component, Instant start, Instant end) {
        Cal c = cal(user, calendar);
        Instant from = start == null ? Instant.parse("0001-01-01T00:00:00Z") : start;
        Instant to = end == null ? Instant.parse("9999-12-31T00:00:00Z") : end;
        // RFC 4791 §9.9 from the instance table; recurring objects whose stored window does not cover the
        // range are expanded again here
        List<StoredObject> out = new ArrayList<>(db.list(OBJECT + " o WHERE o.calendar_id = ? AND (?::text IS NULL OR o.component = ?)"
                        + " AND (NOT o.recurring OR (o.expanded_from <= ? AND o.expanded_until >= ?))"
                        // candidates from the span index (V43), then the exact §9.9 overlap test
                        + " AND o.id IN (SELECT i.object_id FROM calendar.instance i WHERE i.calendar_id = ? AND i.starts_at IS NOT NULL"
                        + " AND tstzrange(i.starts_at, i.ends_at, '[]') && tstzrange(?, ?, '[]')"
                        + " AND i.starts_at < ? AND (i.ends_at > ? OR (i.ends_at = i.starts_at AND i.starts_at >= ?))"
                        + " UNION ALL SELECT i.object_id FROM calendar.instance i WHERE i.calendar_id = ? AND i.starts_at IS NULL)",
                CalendarCore::object, c.id(), component, component, ts(from), ts(to), c.id(), ts(from), ts(to), ts(to), ts(from),
                ts(from), c.id()));
        for (StoredObject o : db.list(OBJECT + " o WHERE o.calendar_id = ? AND (?::text IS NULL OR o.component = ?)"
                        + " AND o.recurring AND NOT (o.expanded_from <= ? AND o.expanded_until >= ?)",
                CalendarCore::object, c.id(), component, component, ts(from), ts(to))) {
            if (!Instances.expand(parse(o.ical()), from, to).isEmpty()) {
                out.add(o);
            }
        }
        return out;
    }

    private static java.sql.Timestamp ts(Instant i) {
        return java.sql.Timestamp.from(i);
    }

    private static Calendar parse(String ical) {
        try {
            return new CalendarBuilder().build(new StringReader(ical));
        } catch (Exception e) {
            throw new CalendarException(CalendarException.Kind.UNAVAILABLE, null, "a stored object no longer parses: " + e.getMessage());
        }
    }

    @Override
    public PutResult put(String user, String calendar, String resource, String ical, String ifMatch, boolean ifNoneMatchAny) {
        Cal c = cal(user, calendar);
        if (resource == null || resource.isEmpty() || resource.length() > 255 || resource.contains("/")) {
            throw new CalendarException(CalendarException.Kind.BAD_REQUEST, null, "bad resource name");
        }
        CalendarObject checked;
        try {
            checked = CalendarObject.check(ical.getBytes(StandardCharsets.UTF_8), new HashSet<>(c.components()), MAX_SIZE);
        } catch (CalDavException e) {
            throw new CalendarException(CalendarException.Kind.INVALID,
                    e.precondition() == null ? null : e.precondition().element().getLocalPart(), e.getMessage());
        }
        // the row lock on the calendar serialises writers and their modseq
        long modseq = db.one("UPDATE calendar.calendar SET modseq = modseq + 1, updated_at = now() WHERE id = ? RETURNING modseq",
                rs -> rs.getLong(1), c.id()).orElseThrow();
        Optional<String[]> current = db.one("SELECT etag, uid FROM calendar.object WHERE calendar_id = ? AND resource_name = ?",
                rs -> new String[] {rs.getString(1), rs.getString(2)}, c.id(), resource);
        if (ifNoneMatchAny && current.isPresent()) {
            throw new CalendarException(CalendarException.Kind.PRECONDITION_FAILED, null, resource + " exists");
        }
        if (ifMatch != null && (current.isEmpty() || !(ifMatch.equals("*") || ifMatch.equals(current.get()[0])))) {
            throw new CalendarException(CalendarException.Kind.PRECONDITION_FAILED, null, "the object has changed");
        }
        Optional<String> sameUid = db.one("SELECT resource_name FROM calendar.object WHERE calendar_id = ? AND uid = ?"
                + " AND resource_name <> ?", rs -> rs.getString(1), c.id(), checked.uid(), resource);
        if (sameUid.isPresent()) {
            // RFC 4791 §5.3.2.1 no-uid-conflict
            throw new CalendarException(CalendarException.Kind.INVALID, "no-uid-conflict",
                    "UID " + checked.uid() + " is already used by " + sameUid.get());
        }
        if (current.isPresent() && !current.get()[1].equals(checked.uid())) {
            throw new CalendarException(CalendarException.Kind.INVALID, "no-uid-conflict", "a PUT may not change the UID");
        }
        String etag = etag(ical);
        boolean recurring = Instances.recurring(checked.calendar());
        Instant now = clock.instant();
        Instant from = recurring ? now.minus(BEFORE) : Instant.parse("0001-01-01T00:00:00Z");
        Instant until = recurring ? now.plus(AFTER) : Instant.parse("9999-12-31T00:00:00Z");
        String summary = checked.calendar().getComponentList().getAll().stream()
                .map(x -> x.getProperty(Property.SUMMARY).map(Property::getValue).orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse(null);
        String classification = checked.calendar().getComponentList().getAll().stream()
                .map(x -> x.getProperty(Property.CLASS).map(Property::getValue).orElse(null))
                .filter(java.util.Objects::nonNull).findFirst().orElse("PUBLIC").toUpperCase(Locale.ROOT);
        long objectId = db.one("INSERT INTO calendar.object (calendar_id, resource_name, uid, etag, component, ical, size_bytes,"
                        + " summary, classification, recurring, expanded_from, expanded_until, modseq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                        + " ON CONFLICT (calendar_id, resource_name) DO UPDATE SET uid = EXCLUDED.uid, etag = EXCLUDED.etag,"
                        + " component = EXCLUDED.component, ical = EXCLUDED.ical, size_bytes = EXCLUDED.size_bytes,"
                        + " summary = EXCLUDED.summary, classification = EXCLUDED.classification, recurring = EXCLUDED.recurring,"
                        + " expanded_from = EXCLUDED.expanded_from, expanded_until = EXCLUDED.expanded_until,"
                        + " modseq = EXCLUDED.modseq, updated_at = now() RETURNING id",
                rs -> rs.getLong(1), c.id(), resource, checked.uid(), etag, checked.componentType(), ical,
                ical.getBytes(StandardCharsets.UTF_8).length, summary, classification, recurring, ts(from), ts(until), modseq)
                .orElseThrow();
        db.update("DELETE FROM calendar.instance WHERE object_id = ?", objectId);
        db.update("DELETE FROM calendar.deletion WHERE calendar_id = ? AND resource_name = ?", c.id(), resource);
        List<Instances.Instance> instances = Instances.expand(checked.calendar(), from, until);
        InstanceBusy busy = InstanceBusy.of(checked.calendar());
        for (Instances.Instance i : instances) {
            db.update("INSERT INTO calendar.instance (object_id, calendar_id, starts_at, ends_at, recurrence_id, busy)"
                            + " VALUES (?, ?, ?, ?, ?, ?)",
                    objectId, c.id(), i.start() == null ? null : ts(i.start()), i.end() == null ? null : ts(i.end()), i.recurrenceId(),
                    busy.type(i));
        }
        return new PutResult(etag, current.isEmpty());
    }

    static String etag(String ical) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(ical.getBytes(StandardCharsets.UTF_8));
            return "\"" + HexFormat.of().formatHex(d, 0, 16) + "\"";
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void delete(String user, String calendar, String resource, String ifMatch) {
        Cal c = cal(user, calendar);
        long modseq = db.one("UPDATE calendar.calendar SET modseq = modseq + 1, updated_at = now() WHERE id = ? RETURNING modseq",
                rs -> rs.getLong(1), c.id()).orElseThrow();
        Optional<String> etag = db.one("SELECT etag FROM calendar.object WHERE calendar_id = ? AND resource_name = ?",
                rs -> rs.getString(1), c.id(), resource);
        if (etag.isEmpty()) {
            throw new CalendarException(CalendarException.Kind.NOT_FOUND, null, "no object " + resource);
        }
        if (ifMatch != null && !ifMatch.equals("*") && !ifMatch.equals(etag.get())) {
            throw new CalendarException(CalendarException.Kind.PRECONDITION_FAILED, null, "the object has changed");
        }
        db.update("DELETE FROM calendar.object WHERE calendar_id = ? AND resource_name = ?", c.id(), resource);
        db.update("INSERT INTO calendar.deletion (calendar_id, resource_name, modseq) VALUES (?, ?, ?)"
                + " ON CONFLICT (calendar_id, resource_name) DO UPDATE SET modseq = EXCLUDED.modseq, deleted_at = now()",
                c.id(), resource, modseq);
    }

    @Override
    public ObjectChanges changes(String user, String calendar, String syncToken) {
        Cal c = cal(user, calendar);
        long since = 0;
        if (syncToken != null && !syncToken.isBlank()) {
            String prefix = TOKEN + c.id() + ":";
            if (!syncToken.startsWith(prefix)) {
                throw new CalendarException(CalendarException.Kind.INVALID_SYNC_TOKEN, null, "not a token of this calendar");
            }
            try {
                since = Long.parseLong(syncToken.substring(prefix.length()));
            } catch (NumberFormatException e) {
                throw new CalendarException(CalendarException.Kind.INVALID_SYNC_TOKEN, null, "malformed sync token");
            }
            if (since > c.modseq()) {
                throw new CalendarException(CalendarException.Kind.INVALID_SYNC_TOKEN, null, "a token from the future");
            }
        }
        List<ObjectListing> changed = db.list("SELECT resource_name, etag, size_bytes FROM calendar.object WHERE calendar_id = ?"
                + " AND modseq > ? ORDER BY modseq", rs -> new ObjectListing(rs.getString(1), rs.getString(2), rs.getInt(3)), c.id(), since);
        List<String> deleted = since == 0 ? List.of() : db.list("SELECT resource_name FROM calendar.deletion WHERE calendar_id = ?"
                + " AND modseq > ? ORDER BY modseq", rs -> rs.getString(1), c.id(), since);
        return new ObjectChanges(TOKEN + c.id() + ":" + c.modseq(), changed, deleted);
    }

    @Override
    public Optional<StoredObject> byUid(String user, String calendar, String uid) {
        Cal c = cal(user, calendar);
        return db.one(OBJECT + " WHERE calendar_id = ? AND uid = ?", CalendarCore::object, c.id(), uid);
    }

    @Override
    public List<StoredObject> modified(String user, String calendar, Instant since, Instant until) {
        Cal c = cal(user, calendar);
        return db.list(OBJECT + " WHERE calendar_id = ? AND updated_at >= ? AND updated_at < ? ORDER BY updated_at",
                CalendarCore::object, c.id(), ts(since == null ? Instant.EPOCH : since),
                ts(until == null ? Instant.parse("9999-12-31T00:00:00Z") : until));
    }

    @Override
    public List<Deletion> deletions(String user, String calendar, Instant since, Instant until) {
        Cal c = cal(user, calendar);
        return db.list("SELECT resource_name, deleted_at FROM calendar.deletion WHERE calendar_id = ? AND deleted_at >= ?"
                        + " AND deleted_at < ? ORDER BY deleted_at",
                rs -> new Deletion(rs.getString(1), rs.getTimestamp(2).toInstant()), c.id(),
                ts(since == null ? Instant.EPOCH : since), ts(until == null ? Instant.parse("9999-12-31T00:00:00Z") : until));
    }

    @Override
    public List<BusyPeriod> busy(String user, String calendar, Instant start, Instant end) {
        Cal c = cal(user, calendar);
        return FreeBusyQuery.busy(db, "i.calendar_id = ?", c.id(), range(start, end));
    }

    @Override
    public List<BusyPeriod> freeBusy(String user, String address, Instant start, Instant end) {
        account(user);
        long target = account(address);
        return FreeBusyQuery.busy(db, "i.calendar_id IN (SELECT id FROM calendar.calendar WHERE owner_id = ?)", target,
                range(start, end));
    }

    private static Instant[] range(Instant start, Instant end) {
        if (start == null || end == null || !end.isAfter(start)) {
            throw new CalendarException(CalendarException.Kind.BAD_REQUEST, null, "free/busy needs a start before its end");
        }
        return new Instant[] {start, end};
    }

    // ---- grants (ADR 0062) ------------------------------------------------------------------------

    private static String norm(String address) {
        return address == null ? "" : address.strip().toLowerCase(Locale.ROOT);
    }

    private static String grantee(String grantee) {
        String g = norm(grantee);
        if (!(g.equals(CalendarGrant.EVERYONE) || g.matches("[^@\\s]*@[^@\\s]+"))) {
            throw new CalendarException(CalendarException.Kind.BAD_REQUEST, null, "a grantee is user@domain, @domain or *");
        }
        return g;
    }

    @Override
    public List<CalendarGrant> grants(String user, String calendar) {
        Cal c = cal(user, calendar);
        return db.list("SELECT grantee, access FROM calendar.calendar_grant WHERE calendar_id = ? ORDER BY grantee",
                rs -> new CalendarGrant(rs.getString(1), CalendarAccess.of(rs.getString(2))), c.id());
    }

    @Override
    public void grant(String user, String calendar, CalendarGrant grant) {
        Cal c = cal(user, calendar);
        String g = grantee(grant.grantee());
        if (g.equals(norm(user)) || grant.access() == null) {
            throw new CalendarException(CalendarException.Kind.BAD_REQUEST, null, "the owner has every right already");
        }
        db.update("INSERT INTO calendar.calendar_grant (calendar_id, grantee, access) VALUES (?, ?, ?)"
                + " ON CONFLICT (calendar_id, grantee) DO UPDATE SET access = EXCLUDED.access", c.id(), g, grant.access().value());
    }

    @Override
    public void revoke(String user, String calendar, String grantee) {
        Cal c = cal(user, calendar);
        db.update("DELETE FROM calendar.calendar_grant WHERE calendar_id = ? AND grantee = ?", c.id(), grantee(grantee));
    }

    @Override
    public List<SharedCalendar> shared(String user) {
        String u = norm(user);
        long me = account(u);
        String domain = u.substring(u.indexOf('@'));
        // the most specific grant per calendar: user over domain over everyone
        return db.list("SELECT * FROM (SELECT DISTINCT ON (c.id) " + COLUMNS + ", g.access, a.local_part || '@' || d.name"
                        + " FROM calendar.calendar c JOIN calendar.calendar_grant g ON g.calendar_id = c.id"
                        + " JOIN directory.account a ON a.id = c.owner_id JOIN directory.domain d ON d.id = a.domain_id"
                        + " WHERE g.grantee IN (?, ?, '*') AND c.owner_id <> ? AND a.status = 'active'"
                        + " ORDER BY c.id, CASE g.grantee WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END) x ORDER BY 13, 3",
                rs -> new SharedCalendar(read(rs, rs.getString(13)).info(), CalendarAccess.of(rs.getString(12))),
                u, domain, me, u, domain);
    }

    @Override
    public CalendarAccess access(String user, String owner, String calendar) {
        String u = norm(user);
        String o = norm(owner);
        account(u);
        Cal c = cal(o, calendar);
        if (u.equals(o)) {
            return null;
        }
        String domain = u.substring(u.indexOf('@'));
        return db.one("SELECT access FROM calendar.calendar_grant WHERE calendar_id = ? AND grantee IN (?, ?, '*')"
                        + " ORDER BY CASE grantee WHEN ? THEN 0 WHEN ? THEN 1 ELSE 2 END LIMIT 1",
                        rs -> CalendarAccess.of(rs.getString(1)), c.id(), u, domain, u, domain)
                .orElseThrow(() -> new CalendarException(CalendarException.Kind.NOT_FOUND, null, "no calendar " + calendar));
    }

    /** True for the owner; otherwise checks the grant gives at least {@code needed} (FORBIDDEN if less). */
    private boolean owns(String user, String owner, String calendar, CalendarAccess needed) {
        if (norm(user).equals(norm(owner))) {
            return true; // the delegated call resolves (and checks) the owner's calendar itself
        }
        CalendarAccess a = access(user, owner, calendar);
        if (a == null) {
            return true;
        }
        if (!a.includes(needed)) {
            throw new CalendarException(CalendarException.Kind.FORBIDDEN, null,
                    "only " + a.value() + " access to " + owner + "/" + calendar);
        }
        return false;
    }

    private static StoredObject masked(boolean owner, StoredObject o) {
        if (owner || !PrivateMask.hidden(o.ical())) {
            return o;
        }
        return new StoredObject(o.resourceName(), o.uid(), o.etag(), o.component(), PrivateMask.mask(o.ical()), o.lastModified());
    }

    @Override
    public CalendarInfo calendarOf(String user, String owner, String calendar) {
        owns(user, owner, calendar, CalendarAccess.FREE_BUSY);
        return calendar(norm(owner), calendar);
    }

    @Override
    public List<ObjectListing> listOf(String user, String owner, String calendar) {
        owns(user, owner, calendar, CalendarAccess.READ);
        return list(norm(owner), calendar);
    }

    @Override
    public Optional<StoredObject> getOf(String user, String owner, String calendar, String resource) {
        boolean own = owns(user, owner, calendar, CalendarAccess.READ);
        return get(norm(owner), calendar, resource).map(o -> masked(own, o));
    }

    @Override
    public List<StoredObject> multigetOf(String user, String owner, String calendar, List<String> resources) {
        boolean own = owns(user, owner, calendar, CalendarAccess.READ);
        return multiget(norm(owner), calendar, resources).stream().map(o -> masked(own, o)).toList();
    }

    @Override
    public List<StoredObject> inRangeOf(String user, String owner, String calendar, String component, Instant start, Instant end) {
        boolean own = owns(user, owner, calendar, CalendarAccess.READ);
        return inRange(norm(owner), calendar, component, start, end).stream().map(o -> masked(own, o)).toList();
    }

    @Override
    public ObjectChanges changesOf(String user, String owner, String calendar, String syncToken) {
        owns(user, owner, calendar, CalendarAccess.READ);
        return changes(norm(owner), calendar, syncToken);
    }

    @Override
    public PutResult putOf(String user, String owner, String calendar, String resource, String ical, String ifMatch,
            boolean ifNoneMatchAny) {
        owns(user, owner, calendar, CalendarAccess.WRITE);
        return put(norm(owner), calendar, resource, ical, ifMatch, ifNoneMatchAny);
    }

    @Override
    public void deleteOf(String user, String owner, String calendar, String resource, String ifMatch) {
        owns(user, owner, calendar, CalendarAccess.WRITE);
        delete(norm(owner), calendar, resource, ifMatch);
    }

    @Override
    public List<BusyPeriod> busyOf(String user, String owner, String calendar, Instant start, Instant end) {
        owns(user, owner, calendar, CalendarAccess.FREE_BUSY);
        return busy(norm(owner), calendar, start, end);
    }
}
