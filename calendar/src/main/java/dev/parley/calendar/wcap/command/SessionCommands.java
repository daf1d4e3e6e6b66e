package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.WcapAuthenticator;
import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapDateTime;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapSessions;
import dev.parley.calendar.wcap.WcapUnavailableException;
import java.time.Clock;
import java.util.List;

/**
 * The session commands: version (SUN63 acbhd), login (acbgo), logout, check_id (fxywr), ping
 * (fxzdw), gettime. Small enough to be one function each.
 */
final class SessionCommands {

    static final String WCAP_VERSION = "3.0";
    static final String SERVER_VERSION = "Parley 0.1";
    /** Mozilla caps open-ended RRULEs at this COUNT (its default is the same 60). */
    static final int RECURRENCE_BOUND = 60;

    private SessionCommands() {
    }

    static List<WcapCommand> all(WcapAuthenticator auth, WcapSessions sessions, Clock clock) {
        return List.of(
                new Simple("version", false, WcapErrno.BAD_COMMAND, r -> WcapCalendar.builder()
                        .add("X-NSCP-WCAPVERSION", WCAP_VERSION)
                        .add("X-NSCP-SERVERVERSION", SERVER_VERSION).ok()),
                new Simple("ping", false, WcapErrno.BAD_COMMAND, r -> WcapCalendar.builder().ok()),
                new Simple("login", false, WcapErrno.LOGIN_FAILED, r -> login(auth, sessions, r)),
                new Simple("logout", false, WcapErrno.LOGIN_FAILED, r -> {
                    // wcap.md §5: logout answers errno -1 ("Logout successful"); an unknown id is errno 1
                    if (!sessions.close(r.params().sessionId())) {
                        throw new WcapException(WcapErrno.LOGIN_FAILED, "no such session");
                    }
                    return WcapCalendar.error(WcapErrno.LOGOUT);
                }),
                new Simple("check_id", false, WcapErrno.LOGIN_FAILED, r -> WcapCalendar.builder()
                        .add("X-NSCP-WCAP-CHECK-ID", sessions.find(r.params().sessionId()).isPresent() ? 1 : 0).ok()),
                new Simple("gettime", true, WcapErrno.GETTIME_FAILED, r -> WcapCalendar.builder()
                        .add("X-NSCP-WCAPTIME", WcapDateTime.format(clock.instant())).ok()));
    }

    private static WcapCalendar login(WcapAuthenticator auth, WcapSessions sessions, WcapRequest r) {
        String user = r.params().get("user");
        String password = r.params().get("password");
        if (user == null || user.isBlank() || password == null || password.isEmpty()) {
            throw new WcapException(WcapErrno.LOGIN_FAILED, "user and password are required");
        }
        if (r.params().has("proxyauth")) {
            throw new WcapException(WcapErrno.LOGIN_FAILED, "proxy authentication is not supported");
        }
        WcapAuthenticator.Result result = auth.login(user.trim(), password, r.clientIp());
        switch (result.outcome()) {
            case OK:
                break;
            case UNAVAILABLE:
                throw new WcapUnavailableException("authentication service unavailable", null);
            default:
                throw new WcapException(WcapErrno.LOGIN_FAILED, "login refused: " + result.outcome());
        }
        WcapSessions.Session s = sessions.open(result.username());
        return WcapCalendar.builder()
                .add("X-NSCP-WCAP-USER-ID", s.user())
                .add("X-NSCP-WCAP-CALENDAR-ID", s.user())
                .add("X-NSCP-WCAP-SESSION-ID", s.id())
                .add("X-NSCP-RECURRENCE-BOUND", RECURRENCE_BOUND).ok();
    }
}
