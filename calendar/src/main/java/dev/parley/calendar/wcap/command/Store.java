package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.Mod;
import dev.parley.calendar.wcap.WcapAttendee;
import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapComponent;
import dev.parley.calendar.wcap.WcapDateTime;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapParams;
import dev.parley.calendar.wcap.WcapProperty;
import dev.parley.calendar.wcap.WcapStore;
import dev.parley.calendar.wcap.WcapWriter;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import net.fortuna.ical4j.model.Component;

/**
 * storeevents / storetodos (SUN63 fxzfh/fxzey; wcap.md §6.4): creates or modifies the component with
 * {@code uid}, the whole series ({@code mod=4}) or one instance ({@code mod=1&rid=…}, stored as an
 * override with RECURRENCE-ID). Only parameters present change the component; a present but empty
 * parameter clears it. {@code storetype} 1 must not exist (errno 63), 2 must exist (62).
 * With {@code fetch=1} the stored components are answered, else a REQUEST-STATUS per component.
 */
record Store(WcapStore store, Clock clock, String name, String component, WcapErrno failure) implements WcapCommand {

    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    static final String[] STATUS = {"CONFIRMED", "CANCELLED", "TENTATIVE", "NEEDS-ACTION", "COMPLETED", "IN-PROCESS", "DRAFT", "FINAL"};

    @Override
    public List<WcapCalendar> run(WcapRequest r) {
        WcapParams p = r.params();
        WcapRequest.Target t = r.target();
        Views.props(store, r.user(), t);
        String uid = p.get("uid", null);
        int storetype = p.integer("storetype", 0, failure);
        Optional<WcapStore.StoredComponent> existing = uid == null ? Optional.empty() : store.byUid(r.user(), t.owner(), t.name(), uid);
        if (existing.isPresent() && !component.equals(existing.get().component())) {
            throw new WcapException(failure, "uid " + uid + " is a " + existing.get().component());
        }
        if (storetype == 1 && existing.isPresent()) {
            throw new WcapException(WcapErrno.WCAP_CREATE_EXISTS, "exists: " + uid);
        }
        if (storetype == 2 && existing.isEmpty()) {
            throw new WcapException(WcapErrno.WCAP_MODIFY_NO_EVENT, "no such component: " + uid);
        }
        if (uid == null) {
            uid = UUID.randomUUID().toString();
        }
        String stamp = WcapDateTime.format(clock.instant());
        List<WcapComponent> all = existing.isPresent() ? Views.allComponents(existing.get().ical()) : new ArrayList<>();
        Instant rid = WcapDateTime.parse(p.get("rid"), null, failure);
        Mod mod = p.flag("rchange", false) ? Mod.THISANDALL : Mod.of(p.get("mod"), failure);
        boolean instance = rid != null && mod == Mod.THISINSTANCE;
        int index = -1;
        for (int i = 0; i < all.size(); i++) {
            WcapComponent c = all.get(i);
            if (!c.name().equals(component)) {
                continue;
            }
            String cRid = utc(c.property("RECURRENCE-ID"));
            if (instance ? WcapDateTime.format(rid).equals(cRid) : cRid == null) {
                index = i;
            }
        }
        WcapComponent target;
        if (index >= 0) {
            target = all.get(index);
        } else if (instance) {
            WcapComponent master = all.stream().filter(c -> c.name().equals(component) && c.property("RECURRENCE-ID") == null)
                    .findFirst().orElseThrow(() -> new WcapException(WcapErrno.RECURRING_COMPONENT_NOT_FOUND, "no master for instance"));
            // an override starts as a copy of the master at this occurrence (RFC 5545 §3.8.4.4)
            target = master.without("RRULE", "RDATE", "EXDATE", "EXRULE", "DTSTART", "DTEND", "DUE", "DURATION")
                    .with(List.of(WcapProperty.of("RECURRENCE-ID", WcapDateTime.format(rid)),
                            WcapProperty.of("DTSTART", WcapDateTime.format(rid))));
            target = keepDuration(master, target, rid);
        } else {
            target = WcapComponent.of(component, List.of(WcapProperty.of("UID", uid), WcapProperty.of("CREATED", stamp)));
        }
        target = apply(target, p, r.user());
        target = target.set("DTSTAMP", WcapProperty.of("DTSTAMP", stamp)).set("LAST-MODIFIED", WcapProperty.of("LAST-MODIFIED", stamp));
        if (target.property("DTSTART") == null && component.equals(Component.VEVENT)) {
            throw new WcapException(failure, "an event needs dtstart");
        }
        if (index >= 0) {
            all.set(index, target);
        } else {
            all.add(target);
        }
        store.put(r.user(), t.owner(), t.name(), uid, WcapWriter.object(all));
        WcapCalendar.Builder b = WcapCalendar.builder();
        if (p.flag("fetch", false)) {
            Views.calprops(b, t, Views.props(store, r.user(), t));
            WcapStore.StoredComponent stored = store.byUid(r.user(), t.owner(), t.name(), uid)
                    .orElseThrow(() -> new WcapException(failure, "stored component vanished"));
            for (WcapComponent c : Views.components(stored.ical())) {
                if (!instance || WcapDateTime.format(rid).equals(utc(c.property("RECURRENCE-ID")))) {
                    b.component(c);
                }
            }
        } else {
            b.component(WcapComponent.of(component, List.of(WcapProperty.of("UID", uid),
                    WcapProperty.of("REQUEST-STATUS", "2.0;Success.  Store successful."))));
        }
        return List.of(b.ok());
    }

    private static WcapComponent keepDuration(WcapComponent master, WcapComponent target, Instant rid) {
        String s = utc(master.property("DTSTART"));
        String e = utc(master.property(master.name().equals(Component.VTODO) ? "DUE" : "DTEND"));
        if (s != null && e != null) {
            long secs = WcapDateTime.parse(e, null, WcapErrno.BAD_ARGUMENTS).getEpochSecond()
                    - WcapDateTime.parse(s, null, WcapErrno.BAD_ARGUMENTS).getEpochSecond();
            String end = master.name().equals(Component.VTODO) ? "DUE" : "DTEND";
            return target.set(end, WcapProperty.of(end, WcapDateTime.format(rid.plusSeconds(secs))));
        }
        return target;
    }

    private WcapComponent apply(WcapComponent c, WcapParams p, String user) {
        boolean allDay = p.flag("isAllDay", false);
        c = time(c, p, "dtstart", "DTSTART", allDay);
        c = time(c, p, component.equals(Component.VTODO) ? "due" : "dtend", component.equals(Component.VTODO) ? "DUE" : "DTEND", allDay);
        if (component.equals(Component.VTODO)) {
            c = time(c, p, "completed", "COMPLETED", false);
            if (p.has("percent")) {
                c = c.set("PERCENT-COMPLETE", p.get("percent").isEmpty() ? null
                        : WcapProperty.of("PERCENT-COMPLETE", p.integer("percent", 0, failure)));
            }
        }
        c = text(c, p, "summary", "SUMMARY");
        c = text(c, p, "desc", "DESCRIPTION");
        c = text(c, p, "location", "LOCATION");
        c = plain(c, p, "icsUrl", "URL");
        c = plain(c, p, "icsClass", "CLASS");
        if (p.has("priority")) {
            c = c.set("PRIORITY", p.get("priority").isEmpty() ? null : WcapProperty.of("PRIORITY", p.integer("priority", 0, failure)));
        }
        if (p.has("categories")) {
            List<String> cats = p.list("categories");
            c = c.set("CATEGORIES", cats.isEmpty() ? null : new WcapProperty("CATEGORIES", Map.of(), String.join(",", cats),
                    String.join(",", cats.stream().map(x -> WcapPropertyEscape.escape(x)).toList())));
        }
        if (p.has("status")) {
            String s = p.get("status");
            int n = s.isEmpty() ? -1 : p.integer("status", -1, failure);
            if (!s.isEmpty() && (n < 0 || n >= STATUS.length)) {
                throw new WcapException(failure, "bad status: " + s);
            }
            c = c.set("STATUS", n < 0 ? null : WcapProperty.of("STATUS", STATUS[n]));
        }
        if (p.has("transparent") && component.equals(Component.VEVENT)) {
            c = c.set("TRANSP", WcapProperty.of("TRANSP", p.flag("transparent", false) ? "TRANSPARENT" : "OPAQUE"));
        }
        c = rules(c, p, "rrules", "RRULE");
        c = rules(c, p, "exrules", "EXRULE");
        c = dates(c, p, "rdates", "RDATE");
        c = dates(c, p, "exdates", "EXDATE");
        if (p.has("attendees")) {
            c = c.without("ATTENDEE");
            List<WcapProperty> atts = new ArrayList<>();
            for (WcapAttendee a : WcapAttendee.parseAll(p.list("attendees"))) {
                atts.add(person("ATTENDEE", a, user));
            }
            c = c.with(atts);
        }
        if (p.has("orgCalid") || p.has("orgEmail")) {
            String email = p.get("orgEmail", null);
            String calid = p.get("orgCalid", null);
            if (email == null && calid == null) {
                c = c.without("ORGANIZER");
            } else {
                WcapProperty org = email != null
                        ? person("ORGANIZER", WcapAttendee.parse("mailto:" + email), user)
                        : person("ORGANIZER", WcapAttendee.parse(calid), user);
                if (email != null && calid != null) {
                    org = org.withParam("X-S1CS-CALID", calid);
                }
                c = c.set("ORGANIZER", org);
            }
        }
        if (p.has("alarmStart")) {
            List<WcapComponent> kids = new ArrayList<>();
            String trigger = p.get("alarmStart");
            if (!trigger.isBlank()) {
                List<String> emails = p.list("alarmEmails");
                List<WcapProperty> props = new ArrayList<>();
                props.add(WcapProperty.of("ACTION", emails.isEmpty() ? "DISPLAY" : "EMAIL"));
                props.add(WcapProperty.of("TRIGGER", trigger.trim()));
                props.add(WcapProperty.text("DESCRIPTION", p.get("alarmDescription", "Reminder")));
                if (!emails.isEmpty()) {
                    props.add(WcapProperty.text("SUMMARY", p.get("alarmDescription", "Reminder")));
                    for (String e : emails) {
                        props.add(WcapProperty.of("ATTENDEE", "mailto:" + e));
                    }
                }
                kids.add(WcapComponent.of("VALARM", props));
            }
            c = c.withChildren(kids);
        }
        return c;
    }

    private WcapProperty person(String name, WcapAttendee a, String user) {
        Map<String, String> params = new LinkedHashMap<>(a.params());
        String address = a.address();
        if (!a.isEmail()) {
            // a calid: the address is its owner's mail, the calid goes in X-S1CS-CALID (emailorcalid=1)
            params.put("X-S1CS-CALID", address);
            String owner = address.replaceAll(":.*", "");
            if (owner.indexOf('@') < 0 && user.indexOf('@') > 0) {
                owner = owner + user.substring(user.indexOf('@'));
            }
            address = "mailto:" + owner;
        }
        return new WcapProperty(name, params, address, address);
    }

    private WcapComponent time(WcapComponent c, WcapParams p, String param, String property, boolean allDay) {
        if (!p.has(param)) {
            return c;
        }
        String v = p.get(param);
        if (WcapDateTime.isUnbounded(v)) {
            return c.set(property, null);
        }
        ZoneId zone = FetchCommands.tzid(r(p), failure);
        Instant at = WcapDateTime.parse(v, zone, failure);
        if (allDay && !property.equals("COMPLETED")) {
            String date = DATE.format(at.atZone(zone == null ? ZoneOffset.UTC : zone).toLocalDate());
            return c.set(property, new WcapProperty(property, Map.of("VALUE", "DATE"), date, date));
        }
        return c.set(property, WcapProperty.of(property, WcapDateTime.format(at)));
    }

    private static WcapRequest r(WcapParams p) {
        return new WcapRequest(p, null, null);
    }

    private static WcapComponent text(WcapComponent c, WcapParams p, String param, String property) {
        if (!p.has(param)) {
            return c;
        }
        String v = p.get(param);
        return c.set(property, v.isEmpty() ? null : WcapProperty.text(property, v.replace("\r\n", "\n")));
    }

    private static WcapComponent plain(WcapComponent c, WcapParams p, String param, String property) {
        if (!p.has(param)) {
            return c;
        }
        String v = p.get(param).trim();
        return c.set(property, v.isEmpty() ? null : WcapProperty.of(property, v));
    }

    /** Mozilla sends each rule as {@code "<encoded RRULE value>"}, joined by {@code ;}. */
    private static WcapComponent rules(WcapComponent c, WcapParams p, String param, String property) {
        if (!p.has(param)) {
            return c;
        }
        c = c.without(property);
        List<WcapProperty> out = new ArrayList<>();
        for (String rule : p.list(param)) {
            String v = rule.trim();
            if (v.length() >= 2 && v.startsWith("\"") && v.endsWith("\"")) {
                v = v.substring(1, v.length() - 1);
            }
            if (!v.isEmpty()) {
                out.add(WcapProperty.of(property, v));
            }
        }
        return c.with(out);
    }

    private WcapComponent dates(WcapComponent c, WcapParams p, String param, String property) {
        if (!p.has(param)) {
            return c;
        }
        c = c.without(property);
        List<WcapProperty> out = new ArrayList<>();
        for (String d : p.list(param)) {
            Instant at = WcapDateTime.parse(d, null, failure);
            if (at != null) {
                out.add(WcapProperty.of(property, WcapDateTime.format(at)));
            }
        }
        return c.with(out);
    }

    /** A DATE-TIME property value in UTC basic form (TZID honoured), a DATE as is; null when absent. */
    static String utc(WcapProperty p) {
        if (p == null) {
            return null;
        }
        String v = p.value();
        if (v.length() == 8) {
            return v;
        }
        ZoneId zone = null;
        String tz = p.params().get("TZID");
        if (tz != null) {
            try {
                zone = ZoneId.of(tz);
            } catch (RuntimeException e) {
                zone = null;
            }
        }
        try {
            return WcapDateTime.format(WcapDateTime.parse(v, zone, WcapErrno.BAD_ARGUMENTS));
        } catch (WcapException e) {
            return v;
        }
    }
}
