package dev.parley.web.wcap;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.wcap.WcapAuthenticator;
import dev.parley.calendar.wcap.WcapSessions;
import dev.parley.calendar.wcap.command.WcapServer;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The WCAP front end's one instance: sessions in memory (ADR 0067), commands over the calendar store's
 * {@link CalendarService} (the same data CalDAV serves), login through the suite's
 * {@link AuthenticationService}.
 */
@ApplicationScoped
public class WcapRuntime {

    private static final Logger LOG = LoggerFactory.getLogger(WcapRuntime.class);

    @EJB
    CalendarService calendars;

    @Inject
    AuthenticationService authentication;

    /** Sun's service.http.sessiontimeout: idle seconds before a session id stops working. */
    @Inject
    @ConfigProperty(name = "parley.wcap.session-timeout", defaultValue = "1800")
    long sessionTimeoutSeconds;

    @Inject
    @ConfigProperty(name = "parley.wcap.max-sessions", defaultValue = "100000")
    int maxSessions;

    private WcapServer server;

    @PostConstruct
    void start() {
        WcapSessions sessions = new WcapSessions(Clock.systemUTC(), Duration.ofSeconds(sessionTimeoutSeconds), maxSessions);
        server = new WcapServer(new CalendarServiceWcapStore(calendars), this::login, sessions, Clock.systemUTC());
        LOG.info("WCAP: {} commands, session timeout {} s", server.commandNames().size(), sessionTimeoutSeconds);
    }

    WcapServer server() {
        return server;
    }

    private WcapAuthenticator.Result login(String user, String password, String ip) {
        AuthResult r = authentication.verifyPassword(user, password, ip);
        if (r.ok()) {
            return new WcapAuthenticator.Result(WcapAuthenticator.Outcome.OK, r.username());
        }
        return new WcapAuthenticator.Result(switch (r.failure()) {
            case BAD_CREDENTIALS, DISABLED -> WcapAuthenticator.Outcome.BAD_CREDENTIALS;
            case THROTTLED -> WcapAuthenticator.Outcome.THROTTLED;
            case UNAVAILABLE -> WcapAuthenticator.Outcome.UNAVAILABLE;
        }, null);
    }
}
