package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.CalId;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapParams;
import dev.parley.calendar.wcap.WcapSessions;
import java.util.ArrayList;
import java.util.List;

/** One command invocation: its parameters, the session (null for commands that need none) and the client address. */
public record WcapRequest(WcapParams params, WcapSessions.Session session, String clientIp) {

    public String user() {
        return session == null ? null : session.user();
    }

    /** The calendars named by {@code calid} ({@code ;} list); the user's default calendar when absent. */
    public List<Target> targets() {
        List<String> calids = params.list("calid");
        List<Target> out = new ArrayList<>();
        if (calids.isEmpty()) {
            out.add(Target.of(user(), user()));
        }
        for (String c : calids) {
            if (!c.isBlank()) {
                out.add(Target.of(user(), c));
            }
        }
        return out;
    }

    /** Exactly one calendar (store/fetch/delete commands). */
    public Target target() {
        List<Target> t = targets();
        if (t.size() != 1) {
            throw new WcapException(WcapErrno.BAD_ARGUMENTS, "one calid expected, got " + t.size());
        }
        return t.get(0);
    }

    /**
     * A calendar named by a calid, resolved against the session user: {@code jdoe} in the user's own
     * domain is {@code jdoe@<domain>}; {@code mailto:addr} is addr's default calendar (SUN63 fxyzy).
     */
    public record Target(String calid, String owner, String name) {

        static Target of(String sessionUser, String text) {
            String t = text.trim();
            if (t.regionMatches(true, 0, "mailto:", 0, 7)) {
                CalId id = CalId.parse(t.substring(7));
                return new Target(id.ownerId(), id.ownerId(), null);
            }
            CalId id = CalId.parse(t);
            String owner = id.ownerId();
            if (id.domain() == null && sessionUser != null && sessionUser.indexOf('@') > 0) {
                owner = id.user() + sessionUser.substring(sessionUser.indexOf('@'));
            }
            return new Target(id.name() == null ? owner : owner + ":" + id.name(), owner, id.name());
        }
    }
}
