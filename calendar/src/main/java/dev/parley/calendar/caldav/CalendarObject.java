package dev.parley.calendar.caldav;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;
import net.fortuna.ical4j.model.Property;

/**
 * A calendar object resource as PUT by a client, checked against RFC 4791 §4.1 and §5.3.2.1 before
 * anything is stored: parseable iCalendar ({@code valid-calendar-data}), no METHOD, one UID for all
 * components, one component type, overrides carry RECURRENCE-ID ({@code valid-calendar-object-resource}),
 * a type the collection accepts ({@code supported-calendar-component}), within the size limit
 * ({@code max-resource-size}).
 */
public record CalendarObject(String uid, String componentType, Calendar calendar) {

    private static final Set<String> NON_OBJECT = Set.of(Component.VTIMEZONE);

    public static CalendarObject check(byte[] body, Set<String> supportedComponents, long maxSize) {
        if (maxSize > 0 && body.length > maxSize) {
            throw new CalDavException(CalDav.Precondition.MAX_RESOURCE_SIZE, "larger than " + maxSize + " octets");
        }
        Calendar calendar;
        try {
            calendar = new CalendarBuilder().build(new StringReader(new String(body, StandardCharsets.UTF_8)));
        } catch (ParserException | IOException | RuntimeException e) {
            throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_DATA, "not iCalendar: " + e.getMessage());
        }
        if (calendar.getProperty(Property.METHOD).isPresent()) {
            throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE,
                    "a stored calendar object has no METHOD (RFC 4791 §4.1)");
        }
        List<Component> objects = new ArrayList<>();
        for (Component c : calendar.getComponentList().getAll()) {
            if (!NON_OBJECT.contains(c.getName())) {
                objects.add(c);
            }
        }
        if (objects.isEmpty()) {
            throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE, "no component");
        }
        String type = objects.get(0).getName().toUpperCase(Locale.ROOT);
        String uid = null;
        int masters = 0;
        for (Component c : objects) {
            if (!c.getName().equalsIgnoreCase(type)) {
                throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE, "mixed component types");
            }
            String u = c.getProperty(Property.UID).map(Property::getValue).orElse(null);
            if (u == null || u.isBlank()) {
                throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE, "component without UID");
            }
            if (uid == null) {
                uid = u;
            } else if (!uid.equals(u)) {
                throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE, "more than one UID");
            }
            if (c.getProperty(Property.RECURRENCE_ID).isEmpty()) {
                masters++;
            }
        }
        if (masters > 1) {
            throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_OBJECT_RESOURCE,
                    "more than one component without RECURRENCE-ID");
        }
        if (supportedComponents != null && !supportedComponents.contains(type)) {
            throw new CalDavException(CalDav.Precondition.SUPPORTED_CALENDAR_COMPONENT, type + " is not accepted here");
        }
        return new CalendarObject(uid, type, calendar);
    }
}
