package dev.parley.mta.queue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.config.Config;

/**
 * When deferred recipients are tried again and when their senders are warned (issue 4, after the Sun
 * MTA's job controller and its delay notices):
 *
 * @param delays   {@code parley.mta.retry-schedule}: the wait after the 1st, 2nd, … failed attempt; the last
 *                 repeats (default {@code 1m,5m,15m,30m,1h,2h,4h})
 * @param warnings {@code parley.mta.delay-warnings}: ages at which a delay DSN goes to the sender (default
 *                 {@code 1d,2d,4d}); the return (failure) is at {@code parley.mta.max-age-hours}
 */
public record RetrySchedule(List<Duration> delays, List<Duration> warnings) {

    public static final String DEFAULT_DELAYS = "1m,5m,15m,30m,1h,2h,4h";
    public static final String DEFAULT_WARNINGS = "1d,2d,4d";

    public RetrySchedule {
        delays = List.copyOf(delays);
        warnings = List.copyOf(warnings);
        if (delays.isEmpty()) {
            throw new IllegalArgumentException("empty retry schedule");
        }
    }

    public static RetrySchedule from(Config config) {
        return new RetrySchedule(
                parse(config.getOptionalValue("parley.mta.retry-schedule", String.class).orElse(DEFAULT_DELAYS)),
                parse(config.getOptionalValue("parley.mta.delay-warnings", String.class).orElse(DEFAULT_WARNINGS)));
    }

    public static RetrySchedule defaults() {
        return new RetrySchedule(parse(DEFAULT_DELAYS), parse(DEFAULT_WARNINGS));
    }

    /** The delay after the {@code attempts}-th failed attempt (1 = the first). */
    public Duration delay(int attempts) {
        int i = Math.max(1, attempts) - 1;
        return delays.get(Math.min(i, delays.size() - 1));
    }

    /** How many delay warnings are due for a message of this age (0 … warnings.size()). */
    public int warningsDue(Duration age) {
        int n = 0;
        for (Duration w : warnings) {
            if (age.compareTo(w) >= 0) {
                n++;
            }
        }
        return n;
    }

    /** {@code 30s,1m,2h,1d} (seconds, minutes, hours, days) separated by commas; blank = none. */
    static List<Duration> parse(String s) {
        List<Duration> out = new ArrayList<>();
        for (String part : s.split(",")) {
            String p = part.strip().toLowerCase(Locale.ROOT);
            if (p.isEmpty()) {
                continue;
            }
            long n = Long.parseLong(p.substring(0, p.length() - 1));
            out.add(switch (p.charAt(p.length() - 1)) {
                case 's' -> Duration.ofSeconds(n);
                case 'm' -> Duration.ofMinutes(n);
                case 'h' -> Duration.ofHours(n);
                case 'd' -> Duration.ofDays(n);
                default -> throw new IllegalArgumentException("bad duration '" + part + "' (use 30s, 5m, 2h, 1d)");
            });
        }
        return out;
    }
}
