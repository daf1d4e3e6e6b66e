package dev.parley.calendar.wcap;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * WCAP sessions (SUN63 acbdk): {@code login.wcap} hands out an id that proves authentication until it
 * has been idle for the timeout ({@code service.http.sessiontimeout}, 1800 s by default in Sun's
 * ics.conf). Kept in memory (ADR 0067): a restart ends every session and clients log in again on
 * errno 1, as Mozilla's provider does.
 */
public final class WcapSessions {

    /** One session: the id, the canonical user, and when it was last used. */
    public record Session(String id, String user, Instant lastUsed) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Map<String, Session> sessions = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration timeout;
    private final int maxSessions;

    public WcapSessions(Clock clock, Duration timeout, int maxSessions) {
        this.clock = clock;
        this.timeout = timeout;
        this.maxSessions = maxSessions;
    }

    public Session open(String user) {
        if (sessions.size() >= maxSessions) {
            purge();
            if (sessions.size() >= maxSessions) {
                throw new WcapException(WcapErrno.LOGIN_FAILED, "too many WCAP sessions (limit " + maxSessions + ")");
            }
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        String id = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Session s = new Session(id, user, clock.instant());
        sessions.put(id, s);
        return s;
    }

    /** The live session for an id, touched; empty when unknown or timed out. */
    public Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Session s = sessions.get(id);
        if (s == null) {
            return Optional.empty();
        }
        if (s.lastUsed().plus(timeout).isBefore(now)) {
            sessions.remove(id, s);
            return Optional.empty();
        }
        Session touched = new Session(s.id(), s.user(), now);
        sessions.replace(id, s, touched);
        return Optional.of(touched);
    }

    /** The session or errno 1 (LOGIN_FAILED: "session ID timed out. Invalid session ID"). */
    public Session require(String id) {
        return find(id).orElseThrow(() -> new WcapException(WcapErrno.LOGIN_FAILED, "no such session or timed out"));
    }

    public boolean close(String id) {
        return id != null && sessions.remove(id) != null;
    }

    public void purge() {
        Instant limit = clock.instant().minus(timeout);
        sessions.values().removeIf(s -> s.lastUsed().isBefore(limit));
    }

    public int size() {
        return sessions.size();
    }
}
