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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Nothing that got APPEND's OK is lost or damaged across kill -9 of Payara (issue 3), against the
 * running suite; hold /tmp/parley-suite.lock (it kills and restarts the shared Payara):
 *
 *   PARLEY_HOME=/work/main/.parley java bench/imap/AppendCrashCheck.java [--sessions 8] [--seconds 4] [--size 4096]
 *
 * 1. a fresh domain with 4 accounts (REST);
 * 2. S raw IMAP sessions on 2143 APPEND messages to INBOX as fast as they can, each with a unique
 *    X-Bench-Id and a body derived from it, noting every id answered OK (with its APPENDUID);
 * 3. after the given seconds, kill -9 of Payara (pid from $PARLEY_HOME/run/payara.pid) mid-load;
 * 4. bin/parley up restarts it;
 *    (after the check: POST /api/blobs/sweep with no grace records every orphaned blob, and the
 *    acknowledged messages are read again to show the sweep took none of theirs;)
 * 5. every acknowledged message must be in its INBOX with exactly the octets sent (BODY.PEEK[]),
 *    under the UID APPENDUID named. Prints acknowledged, found, intact, missing, damaged; exits 1 if
 *    any acknowledged message is missing or damaged.
 */
public final class AppendCrashCheck {

    static final String HOST = "127.0.0.1";
    static final Path HOME = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".parley"));
    static final Pattern APPENDUID = Pattern.compile("\\[APPENDUID (\\d+) (\\d+)\\]");
    static final Pattern FETCH = Pattern.compile("^\\* \\d+ FETCH \\(UID (\\d+) BODY\\[\\] \\{(\\d+)\\}$");

    record Acked(String user, String id, long uid) {
    }

    public static void main(String[] args) throws Exception {
        int sessions = 8;
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
        String domain = "appendcrash-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String password = "Crash-" + UUID.randomUUID().toString().substring(0, 12) + "-Pw1";
        String token = token();
        rest(token, "POST", "/api/domains", "{\"name\":\"" + domain + "\"}");
        List<String> users = new ArrayList<>();
        for (int a = 0; a < 4; a++) {
            rest(token, "POST", "/api/domains/" + domain + "/accounts", "{\"localPart\":\"u" + a + "\",\"password\":\""
                    + password + "\"}");
            users.add("u" + a + "@" + domain);
        }
        Set<Acked> acked = ConcurrentHashMap.newKeySet();
        AtomicInteger sent = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        String run = UUID.randomUUID().toString().substring(0, 8);
        int messageSize = size;
        List<Thread> appenders = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            String user = users.get(s % users.size());
            Thread t = new Thread(() -> append(user, password, run, messageSize, sent, acked, stop));
            t.start();
            appenders.add(t);
        }
        Thread.sleep(seconds * 1000L);
        long pid = Long.parseLong(Files.readString(HOME.resolve("run/payara.pid")).trim());
        int beforeKill = acked.size();
        new ProcessBuilder("kill", "-9", Long.toString(pid)).inheritIO().start().waitFor();
        System.out.printf("kill -9 %d after %d acknowledged APPENDs%n", pid, beforeKill);
        for (Thread t : appenders) {
            t.join(30_000);
        }
        stop.set(true);
        System.out.printf("sent %d APPENDs, %d answered OK before the connections died%n", sent.get(), acked.size());
        Path log = HOME.resolve("logs/append-crash-check-up.log");
        Process up = new ProcessBuilder("bin/parley", "up").redirectErrorStream(true).redirectOutput(log.toFile()).start();
        if (up.waitFor() != 0) {
            System.out.println("bin/parley up failed; see " + log);
            System.exit(2);
        }
        System.out.println("restarted with bin/parley up");
        Map<String, Map<Long, String>> stored = new HashMap<>();
        for (String user : users) {
            stored.put(user, bodies(user, password));
        }
        int missing = 0;
        int damaged = 0;
        List<String> examples = new ArrayList<>();
        for (Acked a : acked) {
            String body = stored.get(a.user()).get(a.uid());
            if (body == null) {
                missing++;
                examples.add("missing " + a);
            } else if (!body.equals(message(a.id(), messageSize))) {
                damaged++;
                examples.add("damaged " + a);
            }
        }
        long found = stored.values().stream().mapToLong(Map::size).sum();
        System.out.printf("acknowledged %d, in mailboxes %d, intact %d, MISSING %d, DAMAGED %d%n",
                acked.size(), found, acked.size() - missing - damaged, missing, damaged);
        examples.stream().limit(20).forEach(System.out::println);
        token = token();
        // blobs written for APPENDs the kill cut off before their row committed: the sweep finds every
        // one (and any older garbage), records it and moves it to the trash (ADR 0026); nothing is purged
        // here (trashMinutes = a year), and every acknowledged message must still read back afterwards
        String report = rest(token, "POST", "/api/blobs/sweep?graceMinutes=0&trashMinutes=525600", null);
        System.out.println("blob sweep after the crash: " + report);
        int readable = 0;
        for (String user : users) {
            Map<Long, String> after = bodies(user, password);
            for (Acked a : acked) {
                if (a.user().equals(user) && message(a.id(), messageSize).equals(after.get(a.uid()))) {
                    readable++;
                }
            }
        }
        System.out.printf("after the sweep: %d of %d acknowledged messages read back intact%n", readable, acked.size());
        if (readable != acked.size()) {
            missing += acked.size() - readable;
        }
        for (String user : users) {
            rest(token, "DELETE", "/api/domains/" + domain + "/accounts/" + user.substring(0, user.indexOf('@')), null);
        }
        rest(token, "DELETE", "/api/domains/" + domain, null);
        System.exit(missing + damaged == 0 ? 0 : 1);
    }

    /** The octets of message {@code id}: headers naming it, then lines that repeat it, CRLF throughout. */
    static String message(String id, int size) {
        StringBuilder m = new StringBuilder("From: crash@outside.example\r\nTo: crash@inside.example\r\nSubject: append "
                + id + "\r\nX-Bench-Id: " + id + "\r\n\r\n");
        int line = 0;
        while (m.length() < size) {
            m.append(id).append(' ').append(line++).append(' ').append("y".repeat(50)).append("\r\n");
        }
        return m.toString();
    }

    static void append(String user, String password, String run, int size, AtomicInteger sent, Set<Acked> acked,
                       AtomicBoolean stop) {
        try (Socket socket = new Socket(HOST, 2143)) {
            socket.setSoTimeout(30_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            imap(out, in, "a LOGIN \"" + user + "\" \"" + password + "\"");
            while (!stop.get()) {
                String id = run + "-" + sent.getAndIncrement();
                String body = message(id, size);
                // LITERAL+ (RFC 7888): the octets follow without waiting for a continuation
                out.write(("b APPEND INBOX {" + body.length() + "+}\r\n" + body + "\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                String done = tagged(in, "b");
                Matcher m = APPENDUID.matcher(done);
                if (!done.startsWith("b OK") || !m.find()) {
                    throw new IOException("APPEND: " + done);
                }
                acked.add(new Acked(user, id, Long.parseLong(m.group(2))));   // only now: promised durable
            }
        } catch (IOException e) {
            // the server died under us: what was not answered OK was never promised
        }
    }

    /** UID to the full octets of every message in the account's INBOX. */
    static Map<Long, String> bodies(String user, String password) throws IOException {
        try (Socket socket = new Socket(HOST, 2143)) {
            socket.setSoTimeout(120_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            imap(out, in, "a LOGIN \"" + user + "\" \"" + password + "\"");
            List<String> select = imap(out, in, "b EXAMINE INBOX");
            Map<Long, String> bodies = new HashMap<>();
            if (select.stream().anyMatch(l -> l.matches("\\* 0 EXISTS"))) {
                imap(out, in, "d LOGOUT");
                return bodies;
            }
            out.write("c UID FETCH 1:* (BODY.PEEK[])\r\n".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    throw new IOException("IMAP connection closed");
                }
                if (line.startsWith("c ")) {
                    if (!line.startsWith("c OK")) {
                        throw new IOException("FETCH: " + line);
                    }
                    break;
                }
                Matcher m = FETCH.matcher(line);
                if (m.matches()) {
                    char[] octets = new char[Integer.parseInt(m.group(2))];
                    int read = 0;
                    while (read < octets.length) {
                        int n = in.read(octets, read, octets.length - read);
                        if (n < 0) {
                            throw new IOException("literal cut short");
                        }
                        read += n;
                    }
                    bodies.put(Long.parseLong(m.group(1)), new String(octets));
                    in.readLine(); // ")"
                }
            }
            imap(out, in, "d LOGOUT");
            return bodies;
        }
    }

    static String tagged(BufferedReader in, String tag) throws IOException {
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new IOException("IMAP connection closed");
            }
            if (line.startsWith(tag + " ")) {
                return line;
            }
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

    static String rest(String token, String method, String path, String json) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
        HttpResponse<String> r = HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.ofString());
        if (r.statusCode() / 100 != 2) {
            throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
        }
        return r.body();
    }
}
