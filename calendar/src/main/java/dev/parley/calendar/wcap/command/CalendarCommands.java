package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.CalId;
import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapStore;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Calendar-level commands: get_userprefs (SUN63 fxzcs), get_calprops (fxzbv), list (fxzdc),
 * list_subscribed (acbgn), search_calprops (auto48), createcalendar (fxywa), deletecalendar (fxyxu),
 * set_calprops (6n6pshlhq).
 */
final class CalendarCommands {

    private CalendarCommands() {
    }

    static List<WcapCommand> all(WcapStore store) {
        return List.of(
                new Simple("get_userprefs", true, WcapErrno.GET_USERPREFS_FAILED, r -> userprefs(store, r)),
                new Multi("get_calprops", WcapErrno.GET_CALPROPS_FAILED, (r, t) -> {
                    WcapCalendar.Builder b = WcapCalendar.builder();
                    Views.calprops(b, t, Views.props(store, r.user(), t));
                    return b.ok();
                }),
                new Simple("list", true, WcapErrno.LIST_FAILED, r -> list(store, r, "X-S1CS-CALPROPS-OWNED-CALENDAR")),
                new Simple("list_subscribed", true, WcapErrno.LIST_SUBSCRIBED_FAILED,
                        r -> list(store, r, "X-S1CS-CALPROPS-SUBSCRIBED-CALENDAR")),
                new Search(store),
                new Simple("createcalendar", true, WcapErrno.CREATECALENDAR_FAILED, r -> create(store, r)),
                new Simple("deletecalendar", true, WcapErrno.DELETECALENDAR_FAILED, r -> {
                    WcapRequest.Target t = r.target();
                    if (t.name() == null) {
                        throw new WcapException(WcapErrno.DELETECALENDAR_FAILED, "the default calendar cannot be deleted");
                    }
                    Views.props(store, r.user(), t);
                    store.deleteCalendar(r.user(), t.owner(), t.name());
                    return WcapCalendar.builder().ok();
                }),
                new Multi("set_calprops", WcapErrno.SETCALPROPS_FAILED, (r, t) -> {
                    Views.props(store, r.user(), t);
                    WcapStore.CalendarProps p = store.updateCalendar(r.user(), t.owner(), t.name(),
                            r.params().get("name"), r.params().get("description"), r.params().get("tzid"));
                    WcapCalendar.Builder b = WcapCalendar.builder();
                    Views.calprops(b, t, p);
                    return b.ok();
                }));
    }

    /** SUN63 fxzct: X-NSCP-WCAP-PREF-* from the directory entry; here what the suite knows of the user. */
    private static WcapCalendar userprefs(WcapStore store, WcapRequest r) {
        String userid = r.params().get("userid");
        if (userid != null && !userid.isBlank() && !userid.equalsIgnoreCase(r.user())) {
            throw new WcapException(WcapErrno.USERPREFS_ACCESS_DENIED, "preferences of another user");
        }
        String user = r.user();
        List<WcapStore.CalendarProps> cals = store.calendars(user, user);
        StringBuilder owned = new StringBuilder();
        for (WcapStore.CalendarProps c : cals) {
            if (owned.length() > 0) {
                owned.append(',');
            }
            owned.append(calid(c)).append('$');
        }
        String local = user.indexOf('@') > 0 ? user.substring(0, user.indexOf('@')) : user;
        return WcapCalendar.builder()
                .add("X-NSCP-WCAP-PREF-uid", user)
                .add("X-NSCP-WCAP-PREF-cn", local)
                .add("X-NSCP-WCAP-PREF-mail", user)
                .add("X-NSCP-WCAP-PREF-icsCalendar", user)
                // wcap.md §4.1: comma-separated, calid before '$'
                .add("X-NSCP-WCAP-PREF-icsCalendarOwned", owned.toString())
                .add("X-NSCP-WCAP-PREF-icsSubscribed", owned.toString())
                .add("X-NSCP-WCAP-PREF-icsFirstDay", 2)
                .add("X-NSCP-WCAP-PREF-nswcalCALID", user)
                .ok();
    }

    static String calid(WcapStore.CalendarProps c) {
        return c.isDefault() ? c.owner() : c.owner() + ":" + c.name();
    }

    private static WcapCalendar list(WcapStore store, WcapRequest r, String property) {
        String userid = r.params().get("userid");
        if (userid != null && !userid.isBlank() && !userid.equalsIgnoreCase(r.user())) {
            throw new WcapException(WcapErrno.ACCESS_DENIED, "another user's list");
        }
        WcapCalendar.Builder b = WcapCalendar.builder();
        for (WcapStore.CalendarProps c : store.calendars(r.user(), r.user())) {
            b.add(property, calid(c));
        }
        return b.ok();
    }

    private static WcapCalendar create(WcapStore store, WcapRequest r) {
        String param = r.params().required("calid", WcapErrno.CALID_NOT_SPECIFIED);
        if (param.indexOf(':') >= 0 || param.indexOf('@') >= 0) {
            throw new WcapException(WcapErrno.ILLEGAL_CALID_NAME, "createcalendar takes the calendar name only: " + param);
        }
        // SUN63 fxywa: the new calid is <userid>:<calid>
        CalId id = CalId.parse(r.user()).withName(param);
        WcapRequest.Target t = new WcapRequest.Target(id.toString(), r.user(), param);
        if (store.calendar(r.user(), r.user(), param).isPresent()) {
            throw new WcapException(WcapErrno.CREATECALENDAR_ALREADY_EXISTS_FAILED, "calendar exists: " + id);
        }
        boolean setProps = r.params().flag("set_calprops", false);
        WcapStore.CalendarProps p = store.createCalendar(r.user(), r.user(), param,
                setProps ? r.params().get("name") : null, setProps ? r.params().get("description") : null);
        WcapCalendar.Builder b = WcapCalendar.builder();
        Views.calprops(b, t, p);
        return b.ok();
    }

    /** search_calprops over the calendars the user can see (own calendars; no grants yet). */
    static final class Search implements WcapCommand {
        private final WcapStore store;

        Search(WcapStore store) {
            this.store = store;
        }

        @Override
        public String name() {
            return "search_calprops";
        }

        @Override
        public WcapErrno failure() {
            return WcapErrno.SEARCH_CALPROPS_FAILED;
        }

        @Override
        public List<WcapCalendar> run(WcapRequest r) {
            String needle = r.params().required("search-string", WcapErrno.SEARCH_CALPROPS_FAILED).toLowerCase(Locale.ROOT);
            int opts = r.params().integer("searchOpts", 0, WcapErrno.SEARCH_CALPROPS_FAILED);
            int max = r.params().integer("maxResults", 200, WcapErrno.SEARCH_CALPROPS_FAILED);
            boolean byName = r.params().flag("name", false);
            boolean byOwner = r.params().flag("primaryOwner", false);
            // SUN63 fxzeh: with name and primaryOwner both 0, calid is implied
            boolean byCalid = r.params().flag("calid", !byName && !byOwner);
            List<WcapCalendar> out = new ArrayList<>();
            for (WcapStore.CalendarProps c : store.calendars(r.user(), r.user())) {
                String calid = calid(c);
                boolean hit = byCalid && matches(calid, needle, opts)
                        || byName && c.displayName() != null && matches(c.displayName(), needle, opts)
                        || byOwner && matches(c.owner(), needle, opts);
                if (hit && out.size() < max) {
                    WcapCalendar.Builder b = WcapCalendar.builder();
                    Views.calprops(b, new WcapRequest.Target(calid, c.owner(), c.isDefault() ? null : c.name()), c);
                    out.add(b.ok());
                }
            }
            if (out.isEmpty()) {
                out.add(WcapCalendar.builder().ok());
            }
            return out;
        }

        /** searchOpts: 0 contains, 1 begins with, 2 ends with, 3 exact. */
        private static boolean matches(String value, String needle, int opts) {
            String v = value.toLowerCase(Locale.ROOT);
            return switch (opts) {
                case 1 -> v.startsWith(needle);
                case 2 -> v.endsWith(needle);
                case 3 -> v.equals(needle);
                default -> v.contains(needle);
            };
        }
    }
}
