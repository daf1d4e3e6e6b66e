package dev.parley.auth;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Counts failures per key (a username or a client address) within a sliding window: a key with
 * {@code max} failures in the last {@code window} is throttled until the oldest of them ages out.
 */
public class FailureLimiter {

    static final int MAX_KEYS = 100_000;

    private final Map<String, Deque<Instant>> failures = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration window;
    private final int max;

    public FailureLimiter(Clock clock, Duration window, int max) {
        this.clock = clock;
        this.window = window;
        this.max = max;
    }

    public boolean isThrottled(String key) {
        if (key == null) {
            return false;
        }
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            prune(times, clock.instant());
            return times.size() >= max;
        }
    }

    public void recordFailure(String key) {
        if (key == null) {
            return;
        }
        Instant now = clock.instant();
        if (failures.size() >= MAX_KEYS) {
            sweep(now);
        }
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (times) {
            prune(times, now);
            times.addLast(now);
            while (times.size() > max) {
                times.removeFirst(); // only the newest max matter
            }
        }
    }

    public void reset(String key) {
        if (key != null) {
            failures.remove(key);
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private void sweep(Instant now) {
        failures.entrySet().removeIf(e -> {
            synchronized (e.getValue()) {
                prune(e.getValue(), now);
                return e.getValue().isEmpty();
            }
        });
    }
}
