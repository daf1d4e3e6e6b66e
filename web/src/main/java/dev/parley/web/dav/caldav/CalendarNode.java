package dev.parley.web.dav.caldav;

import dev.parley.calendar.api.CalendarAccess;
import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.api.CalendarInfo;
import dev.parley.calendar.api.CalendarProps;
import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.api.ObjectChanges;
import dev.parley.calendar.api.ObjectListing;
import dev.parley.calendar.api.StoredObject;
import dev.parley.calendar.caldav.CalDav;
import dev.parley.calendar.caldav.CalDavException;
import dev.parley.calendar.caldav.CalendarCollectionProperties;
import dev.parley.calendar.api.BusyPeriod;
import dev.parley.calendar.caldav.CalendarReport;
import dev.parley.calendar.freebusy.Busy;
import dev.parley.calendar.freebusy.FreeBusyRenderer;
import dev.parley.calendar.caldav.FilterMatcher;
import dev.parley.calendar.caldav.TimeRange;
import dev.parley.web.dav.Changes;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavEndpoint;
import dev.parley.web.dav.DavException;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.DavResponse;
import dev.parley.web.dav.DavXml;
import dev.parley.web.dav.Depth;
import dev.parley.web.dav.Preconditions;
import dev.parley.web.dav.Privileges;
import dev.parley.web.dav.PropUpdate;
import dev.parley.web.dav.PropertyLookup;
import dev.parley.web.dav.PropertyValue;
import dev.parley.web.dav.PutResult;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/** A calendar collection (RFC 4791 §4.2, §5.2) of the user's own; its members are calendar object resources. */
final class CalendarNode implements DavNode {

    static final QName CALENDAR = new QName(Dav.CALDAV, "calendar");
    static final QName SUPPORTED_CALENDAR_DATA = new QName(Dav.CALDAV, "supported-calendar-data");
    static final QName MAX_RESOURCE_SIZE = new QName(Dav.CALDAV, "max-resource-size");
    static final QName CALENDAR_DATA_TYPE = new QName(Dav.CALDAV, "calendar-data");
    static final QName COMP = new QName(Dav.CALDAV, "comp");

    private final DavContext ctx;
    private final String user;
    /** the authenticated user; {@link #user} is the calendar's owner (ADR 0062) */
    private final String caller;
    private CalendarAccess access;
    private boolean accessKnown;
    private final CalendarInfo info;
    private final CalendarService calendars;
    private final String href;
    private Map<String, ObjectListing> synced = Map.of();

    CalendarNode(DavContext ctx, String user, CalendarInfo info, CalendarService calendars) {
        this.ctx = ctx;
        this.user = user;
        this.caller = ctx.user();
        this.info = info;
        this.calendars = calendars;
        this.href = ctx.href(true, CalendarCollections.SEGMENT, user, info.name());
    }

    String user() {
        return user;
    }

    String caller() {
        return caller;
    }

    /** The caller's grant on another user's calendar, or null for the owner. */
    private CalendarAccess access() {
        if (!accessKnown) {
            access = caller == null || caller.equalsIgnoreCase(user) ? null : calendars.access(caller, user, info.name());
            accessKnown = true;
        }
        return access;
    }

    /** RFC 3744 §5.4 current-user-privilege-set from the grant, so clients show read-only calendars. */
    Privileges privileges() {
        CalendarAccess a = access();
        if (a == null || a == CalendarAccess.WRITE) {
            return Privileges.OWNER;
        }
        return a == CalendarAccess.READ ? Privileges.READ_ONLY : Privileges.FREE_BUSY_ONLY;
    }

    private void requireOwner() {
        if (access() != null) {
            throw new CalendarException(CalendarException.Kind.FORBIDDEN, null, "only the owner changes or deletes a calendar");
        }
    }

    String name() {
        return info.name();
    }

    CalendarService calendars() {
        return calendars;
    }

    @Override
    public String href() {
        return href;
    }

    @Override
    public boolean isCollection() {
        return true;
    }

    @Override
    public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
        Map<QName, PropertyValue> p = new LinkedHashMap<>();
        p.put(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION, CALENDAR)));
        p.put(Dav.DISPLAYNAME, PropertyValue.text(info.displayName()));
        if (info.description() != null) {
            p.put(CalendarCollectionProperties.DESCRIPTION, PropertyValue.text(info.description()));
        }
        if (info.timezone() != null) {
            p.put(CalendarCollectionProperties.TIMEZONE, PropertyValue.text(info.timezone()));
        }
        if (info.color() != null) {
            p.put(CalendarCollectionProperties.COLOR, PropertyValue.text(info.color()));
        }
        if (info.order() != null) {
            p.put(CalendarCollectionProperties.ORDER, PropertyValue.text(info.order().toString()));
        }
        // RFC 4791 §5.2.3, §5.2.4, §5.2.5
        p.put(CalendarCollectionProperties.COMPONENT_SET, out -> {
            for (String comp : info.components()) {
                out.empty(COMP);
                out.writer().writeAttribute("name", comp);
            }
        });
        p.put(SUPPORTED_CALENDAR_DATA, out -> {
            out.empty(CALENDAR_DATA_TYPE);
            out.writer().writeAttribute("content-type", "text/calendar");
            out.writer().writeAttribute("version", "2.0");
        });
        p.put(MAX_RESOURCE_SIZE, PropertyValue.text(Long.toString(info.maxResourceSize())));
        p.put(Dav.GETCTAG, PropertyValue.text(info.syncToken()));
        p.put(Dav.SYNC_TOKEN, PropertyValue.text(info.syncToken()));
        p.put(Dav.CURRENT_USER_PRIVILEGE_SET, privileges().currentUserPrivilegeSet());
        p.put(Dav.OWNER, PropertyValue.href(c.principalHref(user)));
        return PropertyLookup.pick(p, names);
    }

    @Override
    public List<DavNode> members(DavContext c) {
        try {
            return calendars.listOf(caller, user, info.name()).stream().<DavNode>map(l -> new ObjectNode(this, l, null)).toList();
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
    }

    @Override
    public Optional<DavNode> member(DavContext c, String name) {
        try {
            return calendars.getOf(caller, user, info.name(), name).map(o -> new ObjectNode(this, null, o));
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
    }

    @Override
    public List<DavNode> members(DavContext c, List<String> names) {
        List<DavNode> out = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        for (String n : names) {
            ObjectListing l = synced.get(n);
            if (l != null) {
                out.add(new ObjectNode(this, l, null));
            } else {
                unknown.add(n);
            }
        }
        if (!unknown.isEmpty()) {
            multiget(unknown).values().forEach(o -> out.add(new ObjectNode(this, null, o)));
        }
        return out;
    }

    private Map<String, StoredObject> multiget(List<String> names) {
        try {
            Map<String, StoredObject> byName = new HashMap<>();
            for (StoredObject o : calendars.multigetOf(caller, user, info.name(), names)) {
                byName.put(o.resourceName(), o);
            }
            return byName;
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
    }

    /** RFC 4791 §5.3.2: text/calendar; the store checks the object (§5.3.2.1 preconditions) and its UID. */
    @Override
    public PutResult put(DavContext c, String name, byte[] body, String contentType, Preconditions pre) {
        if (contentType != null && !contentType.split(";")[0].strip().toLowerCase(Locale.ROOT).equals("text/calendar")) {
            throw DavException.forbidden(CalDav.Precondition.SUPPORTED_CALENDAR_DATA.element(),
                    "only text/calendar can be stored in a calendar");
        }
        try {
            String ifMatch = pre.ifMatch() == null ? null : pre.ifMatch().strip().equals("*") ? "*" : pre.expectedEtag();
            CalendarService.PutResult r = calendars.putOf(caller, user, info.name(), name, new String(body, StandardCharsets.UTF_8),
                    ifMatch, pre.mustNotExist());
            return new PutResult(r.created(), r.etag(), null);
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
    }

    @Override
    public void delete(DavContext c, Preconditions pre) {
        try {
            requireOwner();
            calendars.deleteCalendar(user, info.name());
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
    }

    /** RFC 4918 §9.2 all or nothing: the collection properties of RFC 4791 §5.2 and Apple's colour and order. */
    @Override
    public Map<QName, Integer> proppatch(DavContext c, List<PropUpdate> updates) {
        List<CalendarCollectionProperties.Update> list = new ArrayList<>();
        updates.forEach(u -> list.add(new CalendarCollectionProperties.Update(u.name(), u.value())));
        Map<QName, Integer> status = new LinkedHashMap<>();
        CalendarCollectionProperties read;
        try {
            read = CalendarCollectionProperties.read(list, false);
        } catch (CalDavException e) {
            updates.forEach(u -> status.put(u.name(), 409));
            return status;
        }
        boolean refused = !read.unsupported().isEmpty();
        for (PropUpdate u : updates) {
            status.put(u.name(), read.unsupported().contains(u.name()) ? 403 : 200);
        }
        if (!refused) {
            try {
                requireOwner();
                calendars.updateCalendar(user, info.name(), new CalendarProps(read.displayName(), read.description(),
                        read.color(), read.order(), read.timezone(), null));
            } catch (CalendarException e) {
                throw CalDavErrors.of(e);
            }
        }
        return status;
    }

    @Override
    public Set<QName> reports() {
        return Set.of(CalDav.CALENDAR_QUERY, CalDav.CALENDAR_MULTIGET, CalDav.FREE_BUSY_QUERY);
    }

    @Override
    public Response report(DavContext c, Element body, Depth depth) {
        try {
            if (DavXml.is(body, CalDav.CALENDAR_MULTIGET)) {
                return multigetReport(c, CalendarReport.multiget(body));
            }
            if (DavXml.is(body, CalDav.CALENDAR_QUERY)) {
                return queryReport(c, CalendarReport.query(body));
            }
            if (DavXml.is(body, CalDav.FREE_BUSY_QUERY)) {
                return freeBusyReport(CalendarReport.freeBusy(body));
            }
        } catch (CalDavException e) {
            throw CalDavErrors.of(e);
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
        throw DavException.forbidden(Dav.SUPPORTED_REPORT, "report " + DavXml.name(body) + " is not supported here");
    }

    /**
     * RFC 4791 §7.10: the calendar's busy time in [start, end) as one VFREEBUSY (200, text/calendar),
     * from the instance table; transparent and cancelled instances are free.
     */
    private Response freeBusyReport(TimeRange range) {
        List<BusyPeriod> periods = calendars.busyOf(caller, user, info.name(), range.start(), range.end());
        String body = FreeBusyRenderer.query(range.start(), range.end(),
                periods.stream().map(p -> new Busy(p.start(), p.end(), p.type())).toList(), Instant.now());
        return Response.ok(body, "text/calendar; charset=utf-8").build();
    }

    /** RFC 4791 §7.9: the objects named by href, in order; unknown ones as 404. */
    private Response multigetReport(DavContext c, CalendarReport.Multiget request) {
        Map<String, String> nameOfHref = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (String h : request.hrefs()) {
            List<String> segments = c.segments(h);
            if (segments != null && segments.size() == 4
                    && c.href(true, segments.get(0), segments.get(1), segments.get(2)).equals(href)) {
                nameOfHref.put(h, segments.get(3));
                names.add(segments.get(3));
            } else {
                nameOfHref.put(h, null);
            }
        }
        Map<String, StoredObject> found = names.isEmpty() ? Map.of() : multiget(names);
        return DavEndpoint.multistatus(out -> {
            for (Map.Entry<String, String> e : nameOfHref.entrySet()) {
                StoredObject o = e.getValue() == null ? null : found.get(e.getValue());
                if (o == null) {
                    out.write(DavResponse.ofStatus(e.getKey(), 404));
                } else {
                    ObjectNode node = new ObjectNode(this, null, o);
                    out.write(DavResponse.ofPropstats(node.href(), node.reportProperties(c, request.props(), request.data())));
                }
            }
        });
    }

    /**
     * RFC 4791 §7.8: the store answers the time-range from its instance table; the rest of the filter
     * (component and property presence, text matches) is checked on each object.
     */
    private Response queryReport(DavContext c, CalendarReport.Query request) {
        TimeRange range = request.timeRange();
        List<StoredObject> candidates = range == null
                ? calendars.multigetOf(caller, user, info.name(), calendars.listOf(caller, user, info.name()).stream().map(ObjectListing::resourceName).toList())
                : calendars.inRangeOf(caller, user, info.name(), request.componentType(), range.start(), range.end());
        // the usual client query (VCALENDAR > VEVENT with a time-range) is answered by the store alone:
        // parsing every candidate for FilterMatcher was most of the time of a one-month REPORT
        boolean exact = answeredByStore(request.filter(), range != null);
        List<ObjectNode> matches = new ArrayList<>();
        for (StoredObject o : candidates) {
            ObjectNode node = new ObjectNode(this, null, o);
            if (exact || FilterMatcher.matches(node.parsed(), request.filter())) {
                matches.add(node);
            }
        }
        return DavEndpoint.multistatus(out -> {
            for (ObjectNode node : matches) {
                out.write(DavResponse.ofPropstats(node.href(), node.reportProperties(c, request.props(), request.data())));
            }
        });
    }

    /**
     * Whether the filter asks no more than the store answered: VCALENDAR with at most one component type
     * (matched by the store's component column) and that type's time-range, no property, parameter or
     * nested filters and no is-not-defined.
     */
    static boolean answeredByStore(dev.parley.calendar.caldav.CompFilter f, boolean storeHadRange) {
        if (!f.name().equals("VCALENDAR") || f.notDefined() || !f.propFilters().isEmpty() || f.timeRange() != null) {
            return false;
        }
        if (f.compFilters().isEmpty()) {
            return true;
        }
        if (f.compFilters().size() != 1 || !storeHadRange) {
            return false;
        }
        dev.parley.calendar.caldav.CompFilter c = f.compFilters().get(0);
        return !c.notDefined() && c.propFilters().isEmpty() && c.compFilters().isEmpty();
    }

    @Override
    public boolean syncable() {
        return true;
    }

    @Override
    public Changes changesSince(DavContext c, String token, Integer limit) {
        ObjectChanges changes;
        try {
            changes = calendars.changesOf(caller, user, info.name(), token);
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
        if (limit != null && changes.changed().size() + changes.deleted().size() > limit) {
            throw new DavException(507, Dav.NUMBER_OF_MATCHES_WITHIN_LIMITS, "more than " + limit + " changes; sync without a limit");
        }
        Map<String, ObjectListing> byName = new HashMap<>();
        changes.changed().forEach(l -> byName.put(l.resourceName(), l));
        synced = byName;
        return new Changes(changes.changed().stream().map(ObjectListing::resourceName).toList(), changes.deleted(),
                changes.syncToken(), false);
    }
}
