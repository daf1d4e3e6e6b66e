package dev.parley.calendar.wcap.command;

import dev.parley.calendar.wcap.FmtOut;
import dev.parley.calendar.wcap.WcapAuthenticator;
import dev.parley.calendar.wcap.WcapCalendar;
import dev.parley.calendar.wcap.WcapErrno;
import dev.parley.calendar.wcap.WcapException;
import dev.parley.calendar.wcap.WcapParams;
import dev.parley.calendar.wcap.WcapSessions;
import dev.parley.calendar.wcap.WcapStore;
import dev.parley.calendar.wcap.WcapUnavailableException;
import dev.parley.calendar.wcap.WcapWriter;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.fortuna.ical4j.model.Component;

/**
 * Runs one {@code <command>.wcap} request: picks the command, checks the session ({@code id}; errno 1
 * when unknown or timed out, SUN63 acbfg), runs it and renders the answer in the {@code fmt-out}
 * format. The one place where a {@link WcapException} becomes a response with its errno.
 */
public final class WcapServer {

    /** The outcome: HTTP status, media type, body, and the errno and reason for the log. */
    public record Reply(int status, String mediaType, String body, WcapErrno errno, String detail, String user) {
    }

    private final Map<String, WcapCommand> commands = new LinkedHashMap<>();
    private final WcapSessions sessions;

    public WcapServer(WcapStore store, WcapAuthenticator auth, WcapSessions sessions, Clock clock) {
        this.sessions = sessions;
        List<WcapCommand> all = new ArrayList<>();
        all.addAll(SessionCommands.all(auth, sessions, clock));
        all.addAll(CalendarCommands.all(store));
        all.addAll(FetchCommands.all(store));
        all.add(new Store(store, clock, "storeevents", Component.VEVENT, WcapErrno.STOREEVENTS_FAILED));
        all.add(new Store(store, clock, "storetodos", Component.VTODO, WcapErrno.STORETODOS_FAILED));
        all.addAll(DeleteCommands.all(store, clock));
        all.add(new FreeBusyCommand(store, clock));
        all.addAll(TransferCommands.all(store));
        all.add(new TimezonesCommand());
        for (WcapCommand c : all) {
            commands.put(c.name(), c);
        }
    }

    public Set<String> commandNames() {
        return commands.keySet();
    }

    public Reply handle(String command, WcapParams params, String clientIp) {
        FmtOut fmt;
        try {
            fmt = params.fmtOut();
        } catch (WcapException e) {
            return reply(FmtOut.CALENDAR, List.of(WcapCalendar.error(e.errno())), e.errno(), e.getMessage(), null);
        }
        WcapCommand c = commands.get(command);
        if (c == null) {
            return reply(fmt, List.of(WcapCalendar.error(WcapErrno.BAD_COMMAND)), WcapErrno.BAD_COMMAND,
                    "unknown command " + command, null);
        }
        String user = null;
        try {
            WcapSessions.Session session = c.needsSession() ? sessions.require(params.sessionId()) : null;
            user = session == null ? null : session.user();
            List<WcapCalendar> blocks = c.run(new WcapRequest(params, session, clientIp));
            WcapErrno errno = blocks.isEmpty() ? WcapErrno.OK : blocks.get(0).errno();
            return reply(fmt, blocks, errno, null, user);
        } catch (WcapException e) {
            return reply(fmt, List.of(WcapCalendar.error(e.errno())), e.errno(), e.getMessage(), user);
        } catch (WcapUnavailableException e) {
            return new Reply(503, "text/plain", "service temporarily unavailable\n", null, e.getMessage(), user);
        }
    }

    /** Input refused before any command ran (over-long or badly encoded parameters). */
    public Reply refuse(WcapException e) {
        return reply(FmtOut.CALENDAR, List.of(WcapCalendar.error(e.errno())), e.errno(), e.getMessage(), null);
    }

    private static Reply reply(FmtOut fmt, List<WcapCalendar> blocks, WcapErrno errno, String detail, String user) {
        return new Reply(200, fmt.mediaType() + "; charset=UTF-8", WcapWriter.render(fmt, blocks), errno, detail, user);
    }
}
