package dev.parley.mail.smtp;

import java.time.Duration;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Throttling of abusive clients, shared by all sessions of one listener (issue 4; in the manner of
 * Postfix's {@code anvil} rate limits and {@code smtpd_soft_error_limit}/{@code smtpd_error_sleep_time}):
 * <ul>
 *   <li>a client address may open at most {@code connectionsPerMinute} connections a minute; more are
 *       answered {@code 421 4.7.0} and closed (RFC 5321 §3.8: 421 when the service must close);</li>
 *   <li>after {@code softErrorLimit} error replies (4xx/5xx: unknown recipients, relay attempts, bad
 *       commands…) in a session, each further error reply is held back — {@code errorDelay} times the
 *       errors past the soft limit, at most {@code maxErrorDelay} — which slows dictionary attacks without
 *       costing a thread (the delay is a timer on the event loop);</li>
 *   <li>at {@code hardErrorLimit} error replies the session is closed with {@code 421 4.7.0}.</li>
 * </ul>
 * Concurrent connections per address are limited separately ({@code ConnectionLimiter}).
 */
public final class SmtpThrottle {

    private final int connectionsPerMinute;
    private final int softErrorLimit;
    private final int hardErrorLimit;
    private final Duration errorDelay;
    private final Duration maxErrorDelay;
    private final LongSupplier clock;
    private final Map<String, Window> windows = new ConcurrentHashMap<>();

    /** Connections of one address in the current minute. */
    private static final class Window {
        long start;
        int count;
    }

    public SmtpThrottle(int connectionsPerMinute, int softErrorLimit, int hardErrorLimit, Duration errorDelay,
                        Duration maxErrorDelay) {
        this(connectionsPerMinute, softErrorLimit, hardErrorLimit, errorDelay, maxErrorDelay, System::currentTimeMillis);
    }

    SmtpThrottle(int connectionsPerMinute, int softErrorLimit, int hardErrorLimit, Duration errorDelay,
                 Duration maxErrorDelay, LongSupplier clock) {
        if (connectionsPerMinute < 1 || softErrorLimit < 0 || hardErrorLimit <= softErrorLimit) {
            throw new IllegalArgumentException("bad throttle limits");
        }
        this.connectionsPerMinute = connectionsPerMinute;
        this.softErrorLimit = softErrorLimit;
        this.hardErrorLimit = hardErrorLimit;
        this.errorDelay = Objects.requireNonNull(errorDelay, "errorDelay");
        this.maxErrorDelay = Objects.requireNonNull(maxErrorDelay, "maxErrorDelay");
        this.clock = clock;
    }

    /** Defaults: 600 connections a minute per address, delay from the 4th error reply (1 s more each, at most 10 s), close at 20. */
    public static SmtpThrottle defaults() {
        return new SmtpThrottle(600, 3, 20, Duration.ofSeconds(1), Duration.ofSeconds(10));
    }

    /** Counts a new connection from {@code client} (null: unknown); false when it is over the rate. */
    public boolean admit(String client) {
        long now = clock.getAsLong();
        String key = client == null ? "-" : client;
        if (windows.size() > 10_000) {
            forgetOld(now);
        }
        Window w = windows.computeIfAbsent(key, k -> new Window());
        synchronized (w) {
            if (now - w.start >= 60_000) {
                w.start = now;
                w.count = 0;
            }
            w.count++;
            return w.count <= connectionsPerMinute;
        }
    }

    /** How long to hold back the reply after the session's {@code errors}-th error reply. */
    public Duration delayAfter(int errors) {
        if (errors <= softErrorLimit) {
            return Duration.ZERO;
        }
        Duration d = errorDelay.multipliedBy(errors - softErrorLimit);
        return d.compareTo(maxErrorDelay) > 0 ? maxErrorDelay : d;
    }

    /** True when the session must be closed after this many error replies. */
    public boolean tooManyErrors(int errors) {
        return errors >= hardErrorLimit;
    }

    private void forgetOld(long now) {
        for (Iterator<Window> it = windows.values().iterator(); it.hasNext(); ) {
            Window w = it.next();
            synchronized (w) {
                if (now - w.start >= 60_000) {
                    it.remove();
                }
            }
        }
    }
}
