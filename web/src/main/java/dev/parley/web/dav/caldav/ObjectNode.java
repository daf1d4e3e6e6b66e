package dev.parley.web.dav.caldav;

import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.api.ObjectListing;
import dev.parley.calendar.api.StoredObject;
import dev.parley.calendar.caldav.CalDav;
import dev.parley.calendar.caldav.CalendarDataRenderer;
import dev.parley.calendar.store.RecurrenceExpander;
import dev.parley.calendar.caldav.CalendarDataRequest;
import dev.parley.web.dav.Content;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavException;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.Preconditions;
import dev.parley.web.dav.PropStat;
import dev.parley.web.dav.PropertyLookup;
import dev.parley.web.dav.PropertyValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.namespace.QName;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.model.Calendar;

/** A calendar object resource (RFC 4791 §4.1), from a listing or with its text (read on demand). */
final class ObjectNode implements DavNode {

    static final String CONTENT_TYPE = "text/calendar; charset=utf-8";

    private final CalendarNode calendar;
    private final ObjectListing listing;
    private StoredObject stored;
    private Calendar parsed;

    ObjectNode(CalendarNode calendar, ObjectListing listing, StoredObject stored) {
        this.calendar = calendar;
        this.listing = listing;
        this.stored = stored;
    }

    private String name() {
        return stored != null ? stored.resourceName() : listing.resourceName();
    }

    @Override
    public String href() {
        return calendar.href() + DavContext.encode(name());
    }

    @Override
    public boolean isCollection() {
        return false;
    }

    @Override
    public String etag() {
        return stored != null ? stored.etag() : listing.etag();
    }

    private StoredObject stored() {
        if (stored == null) {
            try {
                stored = calendar.calendars().getOf(calendar.caller(), calendar.user(), calendar.name(), name())
                        .orElseThrow(() -> DavException.notFound("no object " + name()));
            } catch (CalendarException e) {
                throw CalDavErrors.of(e);
            }
        }
        return stored;
    }

    Calendar parsed() {
        if (parsed == null) {
            try {
                parsed = new CalendarBuilder().build(new StringReader(stored().ical()));
            } catch (Exception e) {
                throw new DavException(500, null, "stored object " + name() + " does not parse: " + e.getMessage());
            }
        }
        return parsed;
    }

    @Override
    public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
        Map<QName, PropertyValue> p = new LinkedHashMap<>();
        p.put(Dav.RESOURCETYPE, PropertyValue.EMPTY);
        p.put(Dav.GETETAG, PropertyValue.text(etag()));
        p.put(Dav.GETCONTENTTYPE, PropertyValue.text(CONTENT_TYPE));
        if (listing != null) {
            p.put(Dav.GETCONTENTLENGTH, PropertyValue.text(Integer.toString(listing.size())));
        }
        if (names != null && names.contains(CalDav.CALENDAR_DATA)) {
            p.put(CalDav.CALENDAR_DATA, PropertyValue.text(stored().ical()));
        }
        return PropertyLookup.pick(p, names);
    }

    /**
     * calendar-data as the request shapes it (RFC 4791 §9.6): whole, a comp/prop subset, or with
     * {@code expand} (§9.6.5) one UTC component per instance in the range (then the subset, if any).
     */
    private String calendarData(CalendarDataRequest data) {
        if (data == null || data.equals(CalendarDataRequest.WHOLE)) {
            return stored().ical();
        }
        if (data.expand() != null) {
            String expanded = RecurrenceExpander.expand(parsed(), data.expand().start(), data.expand().end());
            if (data.comp() == null) {
                return expanded;
            }
            try {
                return CalendarDataRenderer.render(expanded, new CalendarBuilder().build(new java.io.StringReader(expanded)), data);
            } catch (java.io.IOException | net.fortuna.ical4j.data.ParserException e) {
                throw new IllegalStateException("an expanded object does not parse", e);
            }
        }
        return CalendarDataRenderer.render(stored().ical(), parsed(), data);
    }

    /** The propstats of a query/multiget answer; calendar-data shaped by the request (RFC 4791 §9.6). */
    List<PropStat> reportProperties(DavContext c, Set<QName> requested, CalendarDataRequest data) {
        Map<QName, PropertyValue> found = new LinkedHashMap<>();
        Map<QName, PropertyValue> missing = new LinkedHashMap<>();
        Map<QName, PropertyValue> own = properties(c, requested);
        for (QName n : requested) {
            if (n.equals(CalDav.CALENDAR_DATA)) {
                String text = calendarData(data);
                found.put(n, PropertyValue.text(text));
            } else if (own.containsKey(n)) {
                found.put(n, own.get(n));
            } else {
                missing.put(n, PropertyValue.EMPTY);
            }
        }
        if (data != null && !found.containsKey(CalDav.CALENDAR_DATA)) {
            // the report parser keeps calendar-data apart from the other names (it carries the §9.6 request)
            found.put(CalDav.CALENDAR_DATA, PropertyValue.text(calendarData(data)));
        }
        List<PropStat> out = new ArrayList<>();
        if (!found.isEmpty()) {
            out.add(new PropStat(200, found));
        }
        if (!missing.isEmpty()) {
            out.add(new PropStat(404, missing));
        }
        return out;
    }

    @Override
    public Content content(DavContext c) {
        StoredObject o = stored();
        return new Content(o.ical().getBytes(StandardCharsets.UTF_8), CONTENT_TYPE, o.etag(), o.lastModified());
    }

    @Override
    public void delete(DavContext c, Preconditions pre) {
        try {
            String ifMatch = pre.ifMatch() == null ? null : pre.ifMatch().strip().equals("*") ? "*" : pre.expectedEtag();
            calendar.calendars().deleteOf(calendar.caller(), calendar.user(), calendar.name(), name(), ifMatch);
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
    }
}
