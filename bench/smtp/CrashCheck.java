import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nothing acknowledged is lost across kill -9 (issue 4), against the running suite:
 *
 *   java bench/smtp/CrashCheck.java [--sessions 10] [--seconds 4] [--size 4096]
 *
 * 1. a fresh domain with 5 accounts (REST);
 * 2. S sessions on 2525 send messages (each with a unique X-Bench-Id) as fast as they can, noting every id
 *    answered 250;
 * 3. after the given seconds, kill -9 of Payara (pid from $PARLEY_HOME/run/payara.pid) in mid-load;
 * 4. bin/parley up restarts it; the queue is delivered;
 * 5. every acknowledged id must be in a mailbox (IMAP, within 180 s). Prints acknowledged, found,
 *    duplicates (delivery is at-least-once) and missing; exits 1 if any acknowledged message is missing;
 * 6. counts the orphaned blobs: written since the load started, referenced by no queue or mailbox row.
 */
public final class CrashCheck {

    static final String HOST = "127.0.0.1";
    static final Path HOME = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".parley"));
    static final Pattern ID = Pattern.compile("X-Bench-Id: (\\S+)", Pattern.CASE_INSENSITIVE);

    public static void main(String[] args) throws Exception {
        int sessions = 10;
        int seconds = 4;
        int size = 4096;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String domain = "crash-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String password = "Crash-" + UUID.randomUUID().toString().substring(0, 12) + "-Pw1";
        String token = token();
        rest(token, "POST", "/api/domains", "{\"name\":\"" + domain + "\"}");
        List<String> users = new ArrayList<>();
        for (int a = 0; a < 5; a++) {
            rest(token, "POST", "/api/domains/" + domain + "/accounts", "{\"localPart\":\"u" + a + "\",\"password\":\""
                    + password + "\"}");
            users.add("u" + a + "@" + domain);
        }
        long loadStart = System.currentTimeMillis() - 1000;
        Set<String> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        String run = UUID.randomUUID().toString().substring(0, 8);
        String filler = "x".repeat(76) + "\r\n";
        int messageSize = size;
        List<Thread> senders = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            Thread t = new Thread(() -> send(users, run, filler, messageSize, sent, acked, stop));
            t.start();
            senders.add(t);
        }
        Thread.sleep(seconds * 1000L);
        long pid = Long.parseLong(Files.readString(HOME.resolve("run/payara.pid")).trim());
        int beforeKill = acked.size();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        System.out.printf("kill -9 %d after %d acknowledged messages%n", pid, beforeKill);
        for (Thread t : senders) {
            t.join(30_000);
        }
        stop.set(true);
        System.out.printf("sent %d DATA, %d acknowledged with 250 before the connections died%n", sent.get(), acked.size());
        Path log = HOME.resolve("logs/crash-check-up.log");
        Process up = new ProcessBuilder("bin/parley", "up").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (up.waitFor() != 0) {
            System.out.println("bin/parley up failed; see " + log);
            System.exit(2);
        }
        System.out.println("restarted with bin/parley up");
        long deadline = System.currentTimeMillis() + 180_000;
        Set<String> found = new HashSet<>();
        int duplicates = 0;
        while (true) {
            found.clear();
            duplicates = 0;
            for (String user : users) {
                for (String id : ids(user, password)) {
                    if (!found.add(id)) {
                        duplicates++;
                    }
                }
            }
            if (found.containsAll(acked) || System.currentTimeMillis() > deadline) {
                break;
            }
            Thread.sleep(2000);
        }
        Set<String> missing = new HashSet<>(acked);
        missing.removeAll(found);
        System.out.printf("acknowledged %d, in mailboxes %d (of them not acknowledged: %d), duplicates %d, MISSING %d%n",
                acked.size(), found.size(), found.stream().filter(id -> !acked.contains(id)).count(), duplicates,
                missing.size());
        if (!missing.isEmpty()) {
            System.out.println("missing: " + missing.stream().sorted().limit(20).toList());
        }
        orphans(loadStart);
        token = token();
        for (String user : users) {
            rest(token, "DELETE", "/api/domains/" + domain + "/accounts/" + user.substring(0, user.indexOf('@')), null);
        }
        rest(token, "DELETE", "/api/domains/" + domain, null);
        System.exit(missing.isEmpty() ? 0 : 1);
    }

    /**
     * Blobs written since the load started that no queued or stored message references: what the kill left
     * behind (a blob is fsynced before its queue rows commit, ADR 0040; such a message was never answered
     * 250). Counted before the accounts are deleted. The blob root is $PARLEY_HOME/blobs (what bin/parley
     * sets as parley.store.blob-root) unless PARLEY_BLOB_ROOT says otherwise; the database is asked with
     * psql as the parley role. Hold the suite lock: other tests' blobs written meanwhile would count too.
     */
    static void orphans(long since) throws Exception {
        Path root = Path.of(System.getenv().getOrDefault("PARLEY_BLOB_ROOT", HOME.resolve("blobs").toString()));
        List<String> recent = new ArrayList<>();
        try (var files = Files.walk(root)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (Files.isRegularFile(f) && name.matches("[0-9a-f]{64}") && Files.getLastModifiedTime(f).toMillis() >= since) {
                    recent.add(name);
                }
            }
        }
        long leftovers;
        try (var tmp = Files.list(root.resolve("tmp"))) {
            leftovers = tmp.count();
        } catch (IOException e) {
            leftovers = 0;
        }
        if (recent.isEmpty()) {
            System.out.printf("blobs written during the run: 0; orphaned: 0; leftovers in blobs/tmp: %d%n", leftovers);
            return;
        }
        StringBuilder sql = new StringBuilder("SELECT count(*) FROM (VALUES ");
        for (int i = 0; i < recent.size(); i++) {
            sql.append(i == 0 ? "" : ",").append("('").append(recent.get(i)).append("')");
        }
        sql.append(") v(s) WHERE NOT EXISTS (SELECT 1 FROM mail.message m WHERE m.blob_sha256 = v.s)"
                + " AND NOT EXISTS (SELECT 1 FROM mta.message q WHERE q.blob_sha256 = v.s);\n");
        ProcessBuilder pb = new ProcessBuilder("psql", "-h", "localhost", "-p", System.getenv().getOrDefault("PARLEY_PG_PORT", "5433"),
                "-U", "parley", "-d", "parley", "-At", "-f", "-");
        pb.environment().put("PGPASSWORD", secret("PARLEY_DB_PASSWORD"));
        pb.redirectErrorStream(true);
        Process p = pb.start();
        try (OutputStream in = p.getOutputStream()) {
            in.write(sql.toString().getBytes(StandardCharsets.US_ASCII));
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        p.waitFor();
        System.out.printf("blobs written during the run: %d; orphaned (no queue or mailbox row): %s; leftovers in blobs/tmp: %d%n",
                recent.size(), out, leftovers);
    }

    static void send(List<String> users, String run, String filler, int size, AtomicInteger sent, Set<String> acked,
                     AtomicBoolean stop) {
        try (Socket socket = new Socket(HOST, 2525)) {
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            expect(in, "220");
            cmd(out, in, "EHLO crash.client.test", "250");
            while (!stop.get()) {
                int i = sent.getAndIncrement();
                String id = run + "-" + i;
                String to = users.get(i % users.size());
                cmd(out, in, "MAIL FROM:<crash@outside.example>", "250");
                cmd(out, in, "RCPT TO:<" + to + ">", "250");
                cmd(out, in, "DATA", "354");
                StringBuilder m = new StringBuilder("From: crash@outside.example\r\nTo: " + to + "\r\nSubject: crash " + i
                        + "\r\nX-Bench-Id: " + id + "\r\n\r\n");
                while (m.length() < size) {
                    m.append(filler);
                }
                out.write(m.append(".\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                expect(in, "250");
                acked.add(id);   // only now: the server promised durability
            }
        } catch (IOException e) {
            // the server died under us: what was not answered 250 was never promised
        }
    }

    /** Every X-Bench-Id in the account's INBOX. */
    static List<String> ids(String user, String password) throws IOException {
        try (Socket socket = new Socket(HOST, 2143)) {
            socket.setSoTimeout(60_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            imap(out, in, "a LOGIN \"" + user + "\" \"" + password + "\"");
            List<String> select = imap(out, in, "b SELECT INBOX");
            boolean empty = select.stream().anyMatch(l -> l.matches("\\* 0 EXISTS"));
            List<String> ids = new ArrayList<>();
            if (!empty) {
                for (String line : imap(out, in, "c FETCH 1:* (BODY.PEEK[HEADER.FIELDS (X-BENCH-ID)])")) {
                    Matcher m = ID.matcher(line);
                    if (m.find()) {
                        ids.add(m.group(1));
                    }
                }
            }
            imap(out, in, "d LOGOUT");
            return ids;
        }
    }

    static List<String> imap(OutputStream out, BufferedReader in, String command) throws IOException {
        String tag = command.substring(0, command.indexOf(' '));
        out.write((command + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("IMAP connection closed");
            }
            lines.add(line);
            if (line.startsWith(tag + " ")) {
                if (!line.startsWith(tag + " OK")) {
                    throw new IOException(command + ": " + line);
                }
                return lines;
            }
        }
    }

    static void cmd(OutputStream out, BufferedReader in, String line, String code) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        expect(in, code);
    }

    static void expect(BufferedReader in, String code) throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("SMTP connection closed, expected " + code);
            }
            if (!line.startsWith(code)) {
                throw new IOException("expected " + code + ", got: " + line);
            }
            if (line.length() < 4 || line.charAt(3) == ' ') {
                return;
            }
        }
    }

    static String secret(String key) throws IOException {
        String env = System.getenv(key);
        if (env != null && !env.isBlank()) {
            return env;
        }
        for (String line : Files.readAllLines(HOME.resolve("secrets.env"))) {
            if (line.startsWith(key + "=")) {
                return line.substring(key.length() + 1).trim().replaceAll("^['\"]|['\"]$", "");
            }
        }
        throw new IllegalStateException(key + " not in " + HOME.resolve("secrets.env"));
    }

    static String token() throws Exception {
        String form = "grant_type=password&client_id=parley-cli&username=parley-admin&password="
                + URLEncoder.encode(secret("PARLEY_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://localhost:8180/realms/parley/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
        if (r.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
        }
        return m.group(1);
    }

    static void rest(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
    }
}
