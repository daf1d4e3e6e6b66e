import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Issue 6 figures through the front ends of the running suite (bin/parley up), JDK only:
 * <ol>
 * <li>setup (once, remembered in PARLEY_HOME/bench-carddav.properties): a bench domain with a real
 * account (REST + Keycloak), 100,000 further directory accounts in that domain inserted with psql
 * (directory rows only: they never log in), and a 20,000-card book imported through REST;</li>
 * <li>full sync as DAVx5 does it: sync-collection from no token (getetag), then addressbook-multiget
 * of every card in batches; target &lt; 2 s;</li>
 * <li>sync-collection after 10 cards changed over CardDAV PUT; target &lt; 20 ms;</li>
 * <li>autocomplete over REST across the personal book and the 100,000-account directory; target &lt; 30 ms.</li>
 * </ol>
 * Usage: {@code bench/contacts/carddav.sh [--runs N] [--batch B] [--cards N] [--accounts N] [--fresh]}.
 */
public class CardDavBench {

    static final String WEB = System.getenv().getOrDefault("PARLEY_IT_WEB_URL", "http://localhost:8080");
    static final String KEYCLOAK = System.getenv().getOrDefault("PARLEY_IT_KEYCLOAK_URL", "http://localhost:8180");
    static final Path HOME = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".parley"));
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final Properties SECRETS = new Properties();

    public static void main(String[] args) throws Exception {
        int runs = 7;
        int batch = 100;
        int cards = 20_000;
        int accounts = 100_000;
        boolean fresh = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--batch" -> batch = Integer.parseInt(args[++i]);
                case "--cards" -> cards = Integer.parseInt(args[++i]);
                case "--accounts" -> accounts = Integer.parseInt(args[++i]);
                case "--fresh" -> fresh = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        try (var in = Files.newBufferedReader(HOME.resolve("secrets.env"))) {
            SECRETS.load(in);
        }
        Path state = HOME.resolve("bench-carddav.properties");
        Properties p = new Properties();
        if (!fresh && Files.exists(state)) {
            try (var in = Files.newInputStream(state)) {
                p.load(in);
            }
            System.out.println("reusing " + p.getProperty("user") + " (" + p.getProperty("cards") + " cards, "
                    + p.getProperty("accounts") + " directory accounts)");
        } else {
            p = setup(cards, accounts);
            try (var out = Files.newOutputStream(state)) {
                p.store(out, "bench/contacts CardDAV account");
            }
        }
        String user = p.getProperty("user");
        String password = p.getProperty("password");
        String basic = "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        String book = "/dav/addressbooks/" + user + "/" + p.getProperty("book") + "/";

        double[] full = new double[runs];
        int listed = 0;
        for (int r = -1; r < runs; r++) { // one warm-up run: a freshly deployed server is still compiling
            long t0 = System.nanoTime();
            String sync = dav(basic, "REPORT", book, "1", syncCollection(""));
            List<String> hrefs = all(sync, "<D:href>([^<]+\\.vcf)</D:href>");
            int got = 0;
            for (int i = 0; i < hrefs.size(); i += batch) {
                StringBuilder body = new StringBuilder("<C:addressbook-multiget xmlns:D=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                        + "<D:prop><D:getetag/><C:address-data/></D:prop>");
                for (String h : hrefs.subList(i, Math.min(hrefs.size(), i + batch))) {
                    body.append("<D:href>").append(h).append("</D:href>");
                }
                String answer = dav(basic, "REPORT", book, "1", body.append("</C:addressbook-multiget>").toString());
                got += count(answer, "BEGIN:VCARD");
            }
            if (r >= 0) {
                full[r] = (System.nanoTime() - t0) / 1e6;
            }
            listed = hrefs.size();
            if (got != hrefs.size()) {
                throw new IllegalStateException("multiget returned " + got + " of " + hrefs.size());
            }
        }
        report("full sync (sync-collection + multiget of " + listed + " cards, " + batch + " per request)", full, 2000);

        double[] delta = new double[runs];
        for (int r = 0; r < runs; r++) {
            String token = first(dav(basic, "REPORT", book, "1", syncCollection("")), "<D:sync-token>([^<]+)</D:sync-token>");
            for (int i = 0; i < 10; i++) {
                int n = r * 10 + i;
                String card = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c" + n + "\r\nFN:Changed " + n + " run " + r
                        + "\r\nN:Changed;;;;\r\nEMAIL;TYPE=INTERNET:c" + n + "@example.org\r\nEND:VCARD\r\n";
                send(basic, "PUT", book + "c" + n + ".vcf", card, "text/vcard; charset=utf-8", null, 204, 201);
            }
            long t0 = System.nanoTime();
            String answer = dav(basic, "REPORT", book, "1", syncCollection(token));
            delta[r] = (System.nanoTime() - t0) / 1e6;
            if (count(answer, "<D:response>") != 10) {
                throw new IllegalStateException("expected 10 changes: " + answer);
            }
        }
        report("sync-collection with 10 changes", delta, 20);

        String token = bearer(user, password);
        for (String q : List.of("smi", "a", "mar", "zzz")) {
            double[] ac = new double[runs];
            int results = 0;
            for (int r = -1; r < runs; r++) { // one warm-up
                long t0 = System.nanoTime();
                String answer = send("Bearer " + token, "GET", "/api/contacts/autocomplete?q=" + URLEncoder.encode(q, StandardCharsets.UTF_8),
                        null, null, null, 200);
                if (r >= 0) {
                    ac[r] = (System.nanoTime() - t0) / 1e6;
                }
                results = count(answer, "\"address\"");
            }
            report("autocomplete \"" + q + "\" over REST (" + results + " suggestions)", ac, 30);
        }
    }

    // ------------------------------------------------------------------ setup

    static Properties setup(int cards, int accounts) throws Exception {
        String domain = "cdbench-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String password = "Bench-" + UUID.randomUUID().toString().substring(0, 12) + "-Pw1";
        String admin = "Bearer " + bearer("parley-admin", SECRETS.getProperty("PARLEY_ADMIN_PASSWORD"));
        send(admin, "POST", "/api/domains", "{\"name\":\"" + domain + "\"}", "application/json", null, 201);
        send(admin, "POST", "/api/domains/" + domain + "/accounts", "{\"localPart\":\"bench\",\"displayName\":\"Bench User\","
                + "\"password\":\"" + password + "\",\"roles\":[\"user\"]}", "application/json", null, 201);
        String user = "bench@" + domain;
        long t0 = System.nanoTime();
        psql("INSERT INTO directory.account (domain_id, local_part, display_name)"
                + " SELECT d.id, lower(g[1 + i % 20]) || '.' || lower(f[1 + (i / 20) % 20]) || i, g[1 + i % 20] || ' ' || f[1 + (i / 20) % 20]"
                + " FROM generate_series(1, " + accounts + ") i, directory.domain d,"
                + " (SELECT '{John,Mary,Ahmed,Li,Olga,Pierre,Anna,José,Kenji,Fatima,Peter,Sara,Tom,Eva,Ivan,Nina,Paul,Rosa,Omar,Julia}'::text[] AS g,"
                + " '{Smith,Müller,Garcia,Wang,Ivanova,Dubois,Rossi,Tanaka,Silva,Khan,Jones,Novak,Berg,Costa,Meyer,Lopez,Kim,Brown,Smirnov,Andersen}'::text[] AS f) n"
                + " WHERE d.name = '" + domain + "'; ANALYZE directory.account;");
        System.out.printf(Locale.ROOT, "setup: %d directory accounts in %s by psql in %.1f s%n", accounts, domain, (System.nanoTime() - t0) / 1e9);
        String token = "Bearer " + bearer(user, password);
        String book = "bench";
        send(token, "POST", "/api/contacts/books", "{\"name\":\"" + book + "\",\"displayName\":\"Bench\"}", "application/json", null, 201);
        String[] given = {"John", "Mary", "Ahmed", "Li", "Olga", "Pierre", "Anna", "José", "Kenji", "Fatima"};
        String[] family = {"Smith", "Müller", "Garcia", "Wang", "Ivanova", "Dubois", "Rossi", "Tanaka", "Silva", "Khan"};
        t0 = System.nanoTime();
        for (int from = 0; from < cards; from += 5_000) {
            StringBuilder file = new StringBuilder();
            for (int i = from; i < Math.min(cards, from + 5_000); i++) {
                String fn = given[(i * 7) % 10] + " " + family[(i * 3) % 10] + " " + i;
                file.append("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:c").append(i).append("\r\nFN:").append(fn).append("\r\nN:").append(fn)
                        .append(";;;;\r\nEMAIL;TYPE=INTERNET:c").append(i).append("@example.org\r\nTEL;TYPE=CELL:+1 555 ").append(i)
                        .append("\r\nORG:Example Org\r\nNOTE:Bench card number ").append(i).append("\r\nEND:VCARD\r\n");
            }
            send(token, "POST", "/api/contacts/books/" + book + "/import?format=vcard", file.toString(), "text/vcard", null, 200);
        }
        System.out.printf(Locale.ROOT, "setup: %d cards imported over REST in %.1f s%n", cards, (System.nanoTime() - t0) / 1e9);
        Properties p = new Properties();
        p.setProperty("user", user);
        p.setProperty("password", password);
        p.setProperty("book", book);
        p.setProperty("cards", String.valueOf(cards));
        p.setProperty("accounts", String.valueOf(accounts));
        return p;
    }

    static void psql(String sql) throws Exception {
        ProcessBuilder pb = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", "localhost", "-p", "5433",
                "-U", SECRETS.getProperty("PARLEY_DB_USER", "parley"), "-d", "parley", "-c", sql).inheritIO();
        pb.environment().put("PGPASSWORD", SECRETS.getProperty("PARLEY_DB_PASSWORD"));
        if (pb.start().waitFor() != 0) {
            throw new IllegalStateException("psql failed");
        }
    }

    // ------------------------------------------------------------------ HTTP

    static String bearer(String user, String password) throws Exception {
        String form = "grant_type=password&client_id=parley-cli&username=" + URLEncoder.encode(user, StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode(password, StandardCharsets.UTF_8);
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(KEYCLOAK + "/realms/parley/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("token for " + user + ": " + r.statusCode() + " " + r.body());
        }
        return first(r.body(), "\"access_token\"\\s*:\\s*\"([^\"]+)\"");
    }

    static String dav(String auth, String method, String path, String depth, String body) throws Exception {
        return send(auth, method, path, body, "application/xml; charset=utf-8", depth, 207);
    }

    static String send(String auth, String method, String path, String body, String contentType, String depth, int... ok)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(WEB + path)).timeout(Duration.ofSeconds(300))
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

    static String syncCollection(String token) {
        return "<D:sync-collection xmlns:D=\"DAV:\"><D:sync-token>" + token + "</D:sync-token><D:sync-level>1</D:sync-level>"
                + "<D:prop><D:getetag/></D:prop></D:sync-collection>";
    }

    static List<String> all(String text, String regex) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile(regex).matcher(text);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex).matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(500, text.length())));
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
        System.out.printf(Locale.ROOT, "%-78s median %8.1f ms  target < %.0f ms  %s  (runs:%s)%n", what, median, targetMs,
                median < targetMs ? "ok" : "MISSED", all);
    }
}
