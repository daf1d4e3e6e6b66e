package dev.parley.web.dav.caldav;

import dev.parley.calendar.api.CalendarException;
import dev.parley.calendar.api.CalendarProps;
import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.caldav.CalDavException;
import dev.parley.calendar.caldav.CalendarCollectionProperties;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavException;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.PropUpdate;
import dev.parley.web.dav.PropertyLookup;
import dev.parley.web.dav.PropertyValue;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;

/** {@code /dav/calendars/<user>/}: the user's calendars; MKCALENDAR or extended MKCOL makes one (RFC 4791 §5.3.1). */
record CalendarHome(DavContext ctx, String user, CalendarService calendars) implements DavNode {

    @Override
    public String href() {
        return ctx.href(true, CalendarCollections.SEGMENT, user);
    }

    @Override
    public boolean isCollection() {
        return true;
    }

    @Override
    public Map<QName, PropertyValue> properties(DavContext c, Set<QName> names) {
        Map<QName, PropertyValue> p = new LinkedHashMap<>();
        p.put(Dav.RESOURCETYPE, PropertyValue.elements(List.of(Dav.COLLECTION)));
        p.put(Dav.DISPLAYNAME, PropertyValue.text("Calendars"));
        p.put(Dav.OWNER, PropertyValue.href(c.principalHref(user)));
        return PropertyLookup.pick(p, names);
    }

    @Override
    public List<DavNode> members(DavContext c) {
        try {
            if (!own()) {
                // another user's home shows only what they granted the caller (ADR 0062)
                return calendars.shared(ctx.user()).stream().filter(x -> x.calendar().owner().equalsIgnoreCase(user))
                        .<DavNode>map(x -> new CalendarNode(ctx, user, x.calendar(), calendars)).toList();
            }
            return calendars.calendars(user).stream().<DavNode>map(i -> new CalendarNode(ctx, user, i, calendars)).toList();
        } catch (CalendarException e) {
            throw CalDavErrors.of(e);
        }
    }

    @Override
    public Optional<DavNode> member(DavContext c, String name) {
        try {
            return Optional.of(new CalendarNode(ctx, user,
                    own() ? calendars.calendar(user, name) : calendars.calendarOf(ctx.user(), user, name), calendars));
        } catch (CalendarException e) {
            if (e.kind() == CalendarException.Kind.NOT_FOUND) {
                return Optional.empty();
            }
            throw CalDavErrors.of(e);
        }
    }

    /** MKCALENDAR (RFC 4791 §5.3.1) or extended MKCOL with resourcetype calendar (RFC 5689). */
    @Override
    public void mkcol(DavContext c, String name, String method, List<QName> resourceTypes, List<PropUpdate> props) {
        if (!own()) {
            throw DavException.forbidden(Dav.NEED_PRIVILEGES, "only the owner makes calendars in a calendar home");
        }
        if (!"MKCALENDAR".equals(method) && !resourceTypes.contains(new QName(Dav.CALDAV, "calendar"))) {
            throw DavException.forbidden(Dav.VALID_RESOURCETYPE, "only calendars can be created here");
        }
        List<CalendarCollectionProperties.Update> updates = new ArrayList<>();
        for (PropUpdate u : props) {
            if (!u.name().equals(Dav.RESOURCETYPE)) {
                updates.add(new CalendarCollectionProperties.Update(u.name(), u.value()));
            }
        }
        CalendarCollectionProperties read;
        try {
            read = CalendarCollectionProperties.read(updates, true);
        } catch (CalDavException e) {
            throw CalDavErrors.of(e);
        }
        if (!read.unsupported().isEmpty()) {
            throw DavException.forbidden(null, "cannot set " + read.unsupported() + " on a calendar");
        }
        try {
            calendars.createCalendar(user, name, new CalendarProps(read.displayName(), read.description(), read.color(),
                    read.order(), read.timezone(), read.components() == null ? null : List.copyOf(read.components())));
        } catch (CalendarException e) {
            if (e.kind() == CalendarException.Kind.EXISTS && "MKCALENDAR".equals(method)) {
                throw DavException.forbidden(Dav.RESOURCE_MUST_BE_NULL, e.getMessage());
            }
            throw CalDavErrors.of(e);
        }
    }

    private boolean own() {
        return ctx.user() != null && ctx.user().equalsIgnoreCase(user);
    }
}
