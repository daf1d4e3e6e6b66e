package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapComponent;
import dev.parley.calendar.wcap.WcapDateTime;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapProperty;
import dev.parley.calendar.wcap.WcapStore;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import net.fortuna.ical4j.data.CalendarBuilder;
import net.fortuna.ical4j.data.ParserException;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.Component;

/** Shared renderings: calendar properties (SUN63 fxzbv) and stored objects as response components. */
final class Views {

    /** ACL shown for a calendar: the owner has everything; no grants to others yet (the back end has none). */
    static final String OWNER_ONLY_ACL = "@@o^a^rsfwdeic^g";

    private Views() {
    }

    static void calprops(WcapCalendar.Builder b, WcapRequest.Target t, WcapStore.CalendarProps p) {
        b.add("X-NSCP-CALPROPS-RELATIVE-CALID", t.calid());
        b.text("X-NSCP-CALPROPS-NAME", p.displayName() == null ? t.calid() : p.displayName());
        if (p.description() != null) {
            b.text("X-NSCP-CALPROPS-DESCRIPTION", p.description());
        }
        b.add("X-NSCP-CALPROPS-PRIMARY-OWNER", p.owner());
        b.add("X-NSCP-CALPROPS-OWNERS", p.owner());
        b.add("X-NSCP-CALPROPS-ACCESS-CONTROL-ENTRY", OWNER_ONLY_ACL);
        if (p.timezone() != null) {
            b.add("X-NSCP-CALPROPS-TZID", p.timezone());
        }
        if (p.created() != null) {
            b.add("X-NSCP-CALPROPS-CREATED", WcapDateTime.format(p.created()));
        }
        if (p.lastModified() != null) {
            b.add("X-NSCP-CALPROPS-LAST-MODIFIED", WcapDateTime.format(p.lastModified()));
        }
        b.add("X-NSCP-CALPROPS-RESOURCE", 0);
        b.text("X-S1CS-CALPROPS-COMMON-NAME", p.owner());
        b.add("X-S1CS-CALPROPS-ALLOW-DOUBLEBOOKING", 1);
    }

    /** The calendar's properties or errno 29. */
    static WcapStore.CalendarProps props(WcapStore store, String actor, WcapRequest.Target t) {
        return store.calendar(actor, t.owner(), t.name()).orElseThrow(
                () -> new WcapException(WcapErrno.CALENDAR_DOES_NOT_EXIST, "no calendar " + t.calid()));
    }

    /** Every component of a stored object (master and overrides, VTIMEZONE left out). */
    static List<WcapComponent> components(String ical) {
        List<WcapComponent> out = new ArrayList<>();
        for (Component c : parse(ical).getComponentList().getAll()) {
            if (!Component.VTIMEZONE.equals(c.getName())) {
                out.add(WcapComponent.from(c));
            }
        }
        return out;
    }

    /** All components including VTIMEZONE, to be modified and stored again. */
    static List<WcapComponent> allComponents(String ical) {
        List<WcapComponent> out = new ArrayList<>();
        for (Component c : parse(ical).getComponentList().getAll()) {
            out.add(WcapComponent.from(c));
        }
        return out;
    }

    static Calendar parse(String ical) {
        try {
            return new CalendarBuilder().build(new StringReader(ical));
        } catch (IOException | ParserException | RuntimeException e) {
            throw new WcapException(WcapErrno.CAPI_NOT_SUPPORTED, "stored object is not iCalendar: " + e.getMessage());
        }
    }

    static WcapComponent withRelativeCalid(WcapComponent c, String calid) {
        return c.with(List.of(WcapProperty.of("X-NSCP-CALPROPS-RELATIVE-CALID", calid)));
    }

    /** {@code component-type}: event, todo or all (default). */
    static String componentType(String value, WcapErrno errno) {
        if (value == null || value.isBlank() || value.equalsIgnoreCase("all")) {
            return null;
        }
        if (value.equalsIgnoreCase("event")) {
            return Component.VEVENT;
        }
        if (value.equalsIgnoreCase("todo")) {
            return Component.VTODO;
        }
        throw new WcapException(errno, "bad component-type: " + value);
    }
}
