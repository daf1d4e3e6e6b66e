import dev.parley.calendar.api.CalendarService;
import dev.parley.calendar.store.CalendarCore;
import dev.parley.testing.TestDatabase;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * Issue 5 back-end figures on a PostgreSQL test database (never the suite's: it resets the schema), by
 * calling the store ({@link CalendarCore}, each call one JDBC transaction as the EJB does): a calendar of
 * 10,000 events (20 % weekly recurring, half of those without end) → one-month time range (target of
 * the REPORT: &lt; 50 ms), changes after 10 changes (&lt; 20 ms), and free/busy of 20 users over a week
 * (&lt; 100 ms; each user 500 events, 20 % recurring). Prints the median and the worst of {@code runs}.
 * Usage: bench/calendar/store.sh [runs]   (PARLEY_TEST_DB_URL names the database)
 */
public class StoreBench {

    static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'").withZone(ZoneOffset.UTC);
    static final Clock NOW = Clock.fixed(Instant.parse("2025-06-01T00:00:00Z"), ZoneOffset.UTC);
    static TestDatabase db;
    /** one connection for all calls, as the server's pool gives an open one */
    static Connection connection;

    static <T> T tx(Function<CalendarService, T> work) {
        try {
            if (connection == null) {
                connection = db.connection();
                connection.setAutoCommit(false);
            }
            T r = work.apply(new CalendarCore(connection, NOW));
            connection.commit();
            return r;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String event(String uid, Instant start, boolean recurring, boolean infinite) {
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//bench//EN\r\nBEGIN:VEVENT\r\nUID:" + uid + "\r\nDTSTAMP:20250101T000000Z\r\n"
                + "DTSTART:" + UTC.format(start) + "\r\nDTEND:" + UTC.format(start.plusSeconds(3600)) + "\r\n"
                + (recurring ? (infinite ? "RRULE:FREQ=WEEKLY\r\n" : "RRULE:FREQ=WEEKLY;COUNT=20\r\n") : "")
                + "SUMMARY:Bench " + uid + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    static void fill(String user, int events, long seed) {
        Random r = new Random(seed);
        Instant base = Instant.parse("2024-06-01T00:00:00Z");
        for (int from = 0; from < events; from += 500) {
            int start = from;
            tx(s -> {
                for (int i = start; i < Math.min(start + 500, events); i++) {
                    // working hours over two years
                    Instant at = base.plusSeconds(86_400L * r.nextInt(730) + 3600L * (7 + r.nextInt(10)));
                    boolean recurring = i % 5 == 0;
                    s.put(user, "calendar", "e" + i + ".ics", event(user + "-" + i, at, recurring, recurring && i % 10 == 0), null, false);
                }
                return null;
            });
        }
    }

    static String report(String name, long[] nanos, double target) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double median = sorted[sorted.length / 2] / 1e6;
        double worst = sorted[sorted.length - 1] / 1e6;
        return String.format("%-44s median %7.2f ms  worst %7.2f ms  (target < %.0f ms) %s", name, median, worst, target,
                median < target ? "OK" : "MISSED");
    }

    public static void main(String[] args) {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 11;
        db = TestDatabase.fromEnvironment().resetAndMigrate();
        db.execute("TRUNCATE directory.domain, directory.audit_log RESTART IDENTITY CASCADE");
        db.execute("INSERT INTO directory.domain (name) VALUES ('bench.test')");
        StringBuilder values = new StringBuilder("(1, 'owner')");
        for (int i = 1; i <= 20; i++) {
            values.append(", (1, 'u").append(i).append("')");
        }
        db.execute("INSERT INTO directory.account (domain_id, local_part) VALUES " + values);
        String owner = "owner@bench.test";
        long t0 = System.nanoTime();
        fill(owner, 10_000, 1);
        System.out.printf("filled 10,000 events in %.1f s%n", (System.nanoTime() - t0) / 1e9);
        List<String> users = new ArrayList<>();
        for (int i = 1; i <= 20; i++) {
            users.add("u" + i + "@bench.test");
            fill(users.get(i - 1), 500, i + 1);
        }
        db.execute("ANALYZE");

        long[] range = new long[runs];
        int found = 0;
        for (int i = 0; i < runs; i++) {
            Instant from = Instant.parse("2025-03-01T00:00:00Z").plusSeconds(86_400L * 31 * (i % 12));
            long s = System.nanoTime();
            found = tx(c -> c.inRange(owner, "calendar", "VEVENT", from, from.plusSeconds(86_400L * 31))).size();
            range[i] = System.nanoTime() - s;
        }
        long[] sync = new long[runs];
        int changed = 0;
        for (int i = 0; i < runs; i++) {
            String token = tx(c -> c.changes(owner, "calendar", null)).syncToken();
            int round = i;
            tx(c -> {
                for (int k = 0; k < 10; k++) {
                    c.put(owner, "calendar", "e" + (round * 10 + k) + ".ics",
                            event(owner + "-" + (round * 10 + k), Instant.parse("2025-07-01T09:00:00Z").plusSeconds(60L * round), false, false),
                            null, false);
                }
                return null;
            });
            long s = System.nanoTime();
            changed = tx(c -> c.changes(owner, "calendar", token)).changed().size();
            sync[i] = System.nanoTime() - s;
        }
        long[] fb = new long[runs];
        int periods = 0;
        for (int i = 0; i < runs; i++) {
            Instant from = Instant.parse("2025-09-01T00:00:00Z").plusSeconds(86_400L * 7 * i);
            long s = System.nanoTime();
            periods = tx(c -> {
                int n = 0;
                for (String u : users) {
                    n += c.freeBusy(owner, u, from, from.plusSeconds(86_400L * 7)).size();
                }
                return n;
            });
            fb[i] = System.nanoTime() - s;
        }
        System.out.println(report("time range, one month (" + found + " objects)", range, 50));
        System.out.println(report("changes after 10 changes (" + changed + " changed)", sync, 20));
        System.out.println(report("free/busy 20 users x 1 week (" + periods + " periods)", fb, 100));
    }
}
