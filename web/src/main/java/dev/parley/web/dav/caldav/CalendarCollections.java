package dev.parley.web.dav.caldav;

import dev.parley.calendar.api.CalendarService;
import dev.parley.web.dav.Dav;
import dev.parley.web.dav.DavCollectionType;
import dev.parley.web.dav.DavContext;
import dev.parley.web.dav.DavNode;
import dev.parley.web.dav.PropertyValue;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.xml.namespace.QName;

/**
 * CalDAV (RFC 4791) on the DAV core (ADR 0065, 0060): {@code /dav/calendars/<user>/} is the
 * calendar-home-set (§6.2.1) of {@code <user>}, its members the user's calendars, theirs the calendar
 * object resources.
 */
@ApplicationScoped
public class CalendarCollections implements DavCollectionType {

    static final String SEGMENT = "calendars";
    static final QName CALENDAR_HOME_SET = new QName(Dav.CALDAV, "calendar-home-set");
    static final QName CALENDAR_USER_ADDRESS_SET = new QName(Dav.CALDAV, "calendar-user-address-set");

    @EJB
    CalendarService calendars;

    @Override
    public String segment() {
        return SEGMENT;
    }

    /** RFC 4791 §5.1: {@code calendar-access} in the DAV header. */
    @Override
    public Set<String> complianceClasses() {
        return Set.of("calendar-access");
    }

    @Override
    public Optional<DavNode> home(DavContext ctx, String user) {
        if (ctx.caller() == null || user == null) {
            return Optional.empty();
        }
        if (user.toLowerCase(Locale.ROOT).equals(ctx.user().toLowerCase(Locale.ROOT))) {
            return Optional.of(new CalendarHome(ctx, ctx.user(), calendars));
        }
        // another user's home exists for the caller only when that user granted them a calendar (ADR 0062)
        String owner = user.toLowerCase(Locale.ROOT);
        try {
            if (calendars.shared(ctx.user()).stream().noneMatch(x -> x.calendar().owner().equalsIgnoreCase(owner))) {
                return Optional.empty();
            }
        } catch (dev.parley.calendar.api.CalendarException e) {
            return Optional.empty();
        }
        return Optional.of(new CalendarHome(ctx, owner, calendars));
    }

    @Override
    public Map<QName, PropertyValue> principalProperties(DavContext ctx, String user, Set<QName> names) {
        Map<QName, PropertyValue> out = new LinkedHashMap<>();
        if (ctx.caller() == null || !user.equalsIgnoreCase(ctx.user())) {
            return out;
        }
        if (names == null || names.contains(CALENDAR_HOME_SET)) {
            out.put(CALENDAR_HOME_SET, PropertyValue.href(ctx.href(true, SEGMENT, ctx.user())));
        }
        if (names == null || names.contains(CALENDAR_USER_ADDRESS_SET)) {
            // RFC 6638 §2.4.1: the addresses the user is known by in scheduling
            out.put(CALENDAR_USER_ADDRESS_SET, PropertyValue.href("mailto:" + ctx.user()));
        }
        return out;
    }
}
