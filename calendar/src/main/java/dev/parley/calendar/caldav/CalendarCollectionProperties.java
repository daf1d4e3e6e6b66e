package dev.parley.calendar.caldav;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.namespace.QName;
import org.w3c.dom.Element;

/**
 * The calendar collection properties a client sets with MKCALENDAR (RFC 4791 §5.3.1), extended MKCOL
 * (RFC 5689) or PROPPATCH: displayname, calendar-description, calendar-timezone (§5.2.2, a VTIMEZONE
 * in a VCALENDAR: {@code valid-calendar-data} otherwise), supported-calendar-component-set (§5.2.3,
 * creation only), Apple's calendar-color and calendar-order. {@code unsupported} lists the others, so
 * the answer gives them 403 (RFC 4918 §9.2); {@code removed} the ones to clear.
 */
public record CalendarCollectionProperties(String displayName, String description, String timezone, String color,
        Integer order, Set<String> components, List<QName> removed, List<QName> unsupported) {

    /** One set ({@code value} non-null) or remove of the body, in document order. */
    public record Update(QName name, Element value) {
    }

    public static final QName DISPLAYNAME = new QName(CalDav.DAV, "displayname");
    public static final QName RESOURCETYPE = new QName(CalDav.DAV, "resourcetype");
    public static final QName DESCRIPTION = CalDav.c("calendar-description");
    public static final QName TIMEZONE = CalDav.c("calendar-timezone");
    public static final QName COMPONENT_SET = CalDav.c("supported-calendar-component-set");
    public static final QName COLOR = new QName("http://apple.com/ns/ical/", "calendar-color");
    public static final QName ORDER = new QName("http://apple.com/ns/ical/", "calendar-order");
    public static final Set<String> COMPONENTS = Set.of("VEVENT", "VTODO", "VJOURNAL");

    private static final Pattern HEX_COLOR = Pattern.compile("#[0-9A-Fa-f]{6}([0-9A-Fa-f]{2})?");

    public CalendarCollectionProperties {
        removed = List.copyOf(removed);
        unsupported = List.copyOf(unsupported);
    }

    /** Reads the updates; {@code creating} allows supported-calendar-component-set (protected afterwards, §5.2.3). */
    public static CalendarCollectionProperties read(List<Update> updates, boolean creating) {
        String displayName = null;
        String description = null;
        String timezone = null;
        String color = null;
        Integer order = null;
        Set<String> components = null;
        List<QName> removed = new ArrayList<>();
        List<QName> unsupported = new ArrayList<>();
        for (Update u : updates) {
            QName n = u.name();
            if (u.value() == null) {
                if (n.equals(DISPLAYNAME) || n.equals(DESCRIPTION) || n.equals(TIMEZONE) || n.equals(COLOR) || n.equals(ORDER)) {
                    removed.add(n);
                } else {
                    unsupported.add(n);
                }
                continue;
            }
            String text = u.value().getTextContent().strip();
            if (n.equals(RESOURCETYPE) && creating) {
                continue;
            } else if (n.equals(DISPLAYNAME)) {
                displayName = text;
            } else if (n.equals(DESCRIPTION)) {
                description = text;
            } else if (n.equals(TIMEZONE)) {
                if (!text.contains("BEGIN:VCALENDAR") || !text.contains("BEGIN:VTIMEZONE")) {
                    throw new CalDavException(CalDav.Precondition.VALID_CALENDAR_DATA, "calendar-timezone needs a VTIMEZONE");
                }
                timezone = text;
            } else if (n.equals(COLOR)) {
                if (!HEX_COLOR.matcher(text).matches()) {
                    unsupported.add(n);
                } else {
                    color = text.toUpperCase(Locale.ROOT);
                }
            } else if (n.equals(ORDER)) {
                try {
                    order = Integer.valueOf(text);
                } catch (NumberFormatException e) {
                    unsupported.add(n);
                }
            } else if (n.equals(COMPONENT_SET) && creating) {
                components = new LinkedHashSet<>();
                for (Element comp : Xml.children(u.value(), CalDav.COMP)) {
                    String name = String.valueOf(Xml.attr(comp, "name")).toUpperCase(Locale.ROOT);
                    if (!COMPONENTS.contains(name)) {
                        throw new CalDavException(CalDav.Precondition.SUPPORTED_CALENDAR_COMPONENT, name + " is not supported");
                    }
                    components.add(name);
                }
                if (components.isEmpty()) {
                    throw new CalDavException(CalDav.Precondition.SUPPORTED_CALENDAR_COMPONENT, "no component named");
                }
            } else {
                unsupported.add(n);
            }
        }
        return new CalendarCollectionProperties(displayName, description, timezone, color, order,
                components == null ? null : Set.copyOf(components), removed, unsupported);
    }
}
