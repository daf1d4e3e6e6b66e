import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 5 figures through CalDAV on the running suite (bin/parley up), JDK only: a calendar of 10,000
 * events (20 % weekly recurring, spread over two years) filled by PUT once (remembered in
 * PARLEY_HOME/bench-caldav.properties), then the medians of a one-month time-range calendar-query
 * (target &lt; 50 ms) and of sync-collection after 10 changes (target &lt; 20 ms).
 * Usage: bench/calendar/run.sh [--runs 7] [--events 10000] [--fresh]
 */
public class CalDavBench {

    static final String WEB = System.getenv().getOrDefault("PARLEY_IT_WEB_URL", "http://localhost:8080");
    static final String KEYCLOAK = System.getenv().getOrDefault("PARLEY_IT_KEYCLOAK_URL", "http://localhost:8180");
    static final Path HOME = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".parley"));
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    public static void main(String[] args) throws Exception {
        int runs = 7;
        int events = 10_000;
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--events" -> events = Integer.parseInt(args[++i]);
                case "--fresh" -> fresh = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Properties secrets = new Properties();
        try (var in = Files.newBufferedReader(HOME.resolve("secrets.env"))) {
            secrets.load(in);
        }
        Path state = HOME.resolve("bench-caldav.properties");
        Properties p = new Properties();
        if (!fresh && Files.exists(state)) {
            try (var in = Files.newInputStream(state)) {
                p.load(in);
            }
            System.out.println("reusing " + p.getProperty("user") + " (" + p.getProperty("events") + " events)");
        } else {
            p = setup(secrets.getProperty("PARLEY_ADMIN_PASSWORD"), events);
            try (var out = Files.newOutputStream(state)) {
                p.store(out, "bench/calendar CalDAV account");
            }
        }
        String user = p.getProperty("user");
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + p.getProperty("password")).getBytes(StandardCharsets.UTF_8));
        String cal = "/dav/calendars/" + user + "/calendar/";

        double[] month = new double[runs];
        int found = 0;
        for (int r = -1; r < runs; r++) {
            LocalDate first = LocalDate.of(2026, 1 + Math.floorMod(r, 12), 1);
            String query = "<c:calendar-query xmlns:d=\"DAV:\" xmlns:c=\"urn:ietf:params:xml:ns:caldav\"><d:prop><d:getetag/></d:prop>"
                    + "<c:filter><c:comp-filter name=\"VCALENDAR\"><c:comp-filter name=\"VEVENT\"><c:time-range start=\""
                    + first.toString().replace("-", "") + "T000000Z\" end=\"" + first.plusMonths(1).toString().replace("-", "")
                    + "T000000Z\"/></c:comp-filter></c:comp-filter></c:filter></c:calendar-query>";
            long t0 = System.nanoTime();
            String answer = send(basic, "REPORT", cal, query, "application/xml", "1", 207);
            if (r >= 0) {
                month[r] = (System.nanoTime() - t0) / 1e6;
                found = count(answer, "<D:response>");
            }
        }
        report("time-range calendar-query for one month (" + found + " objects)", month, 50);

        double[] delta = new double[runs];
        for (int r = 0; r < runs; r++) {
            String token = first(send(basic, "REPORT", cal, sync(""), "application/xml", "1", 207), "<D:sync-token>([^<]+)</D:sync-token>");
            for (int i = 0; i < 10; i++) {
                int n = r * 10 + i;
                send(basic, "PUT", cal + "e" + n + ".ics", event(n, "changed in run " + r), "text/calendar; charset=utf-8", null, 204, 201);
            }
            long t0 = System.nanoTime();
            String answer = send(basic, "REPORT", cal, sync(token), "application/xml", "1", 207);
            delta[r] = (System.nanoTime() - t0) / 1e6;
            if (count(answer, "<D:response>") != 10) {
                throw new IllegalStateException("expected 10 changes: " + answer);
            }
        }
        report("sync-collection with 10 changes", delta, 20);
    }

    static String event(int n, String summary) {
        LocalDate day = LocalDate.of(2025, 1, 1).plusDays(n % 730);
        int hour = 8 + n % 10;
        String date = day.toString().replace("-", "");
        String rrule = n % 5 == 0 ? "RRULE:FREQ=WEEKLY;COUNT=20\r\n" : "";
        return "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Parley bench//EN\r\nBEGIN:VEVENT\r\nUID:bench-" + n
                + "\r\nDTSTAMP:20250101T000000Z\r\nDTSTART:" + date + String.format(Locale.ROOT, "T%02d0000Z", hour)
                + "\r\nDTEND:" + date + String.format(Locale.ROOT, "T%02d3000Z", hour) + "\r\n" + rrule
                + "SUMMARY:Event " + n + " " + summary + "\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    }

    static Properties setup(String adminPassword, int events) throws Exception {
        String domain = "calbench-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String password = "Bench-" + UUID.randomUUID().toString().substring(0, 12) + "-Pw1";
        String admin = "Bearer " + bearer("parley-admin", adminPassword);
        send(admin, "POST", "/api/domains", "{\"name\":\"" + domain + "\"}", "application/json", null, 201);
        send(admin, "POST", "/api/domains/" + domain + "/accounts", "{\"localPart\":\"bench\",\"password\":\"" + password
                + "\",\"roles\":[\"user\"]}", "application/json", null, 201);
        String user = "bench@" + domain;
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String cal = "/dav/calendars/" + user + "/calendar/";
        send(basic, "PROPFIND", cal, "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname/></d:prop></d:propfind>",
                "application/xml", "0", 207); // one login (Keycloak grant) before the parallel PUTs
        long t0 = System.nanoTime();
        for (int n = 0; n < events; n++) {
            send(basic, "PUT", cal + "e" + n + ".ics", event(n, "first"), "text/calendar; charset=utf-8", null, 201, 204);
        }
        double s = (System.nanoTime() - t0) / 1e9;
        System.out.printf(Locale.ROOT, "setup: %d events PUT in %.1f s (%.0f/s, one client)%n", events, s, events / s);
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("events", String.valueOf(events));
        return p;
    }

    static String bearer(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=parley-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/parley/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        return first(r.body(), "\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    }

    static String send(String auth, String method, String path, String body, String contentType, String depth, int... ok) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(WEB + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", auth)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        if (depth != null) {
            b.header("Depth", depth);
        }
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (Arrays.stream(ok).noneMatch(s -> s == r.statusCode())) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }

    static String sync(String token) {
        return "<D:sync-collection xmlns:D=\"DAV:\"><D:sync-token>" + token + "</D:sync-token><D:sync-level>1</D:sync-level>"
                + "<D:prop><D:getetag/></D:prop></D:sync-collection>";
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
        }
        return m.group(1);
    }

    static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + what.length())) {
            n++;
        }
        return n;
    }

    static void report(String what, double[] ms, double targetMs) {
        double[] s = ms.clone();
        Arrays.sort(s);
        double median = s[s.length / 2];
        StringBuilder all = new StringBuilder();
        for (double v : ms) {
            all.append(String.format(Locale.ROOT, " %.1f", v));
        }
        System.out.printf(Locale.ROOT, "%-60s median %7.1f ms  target < %.0f ms  %s  (runs:%s)%n", what, median, targetMs,
                median < targetMs ? "ok" : "MISSED", all);
    }
}
