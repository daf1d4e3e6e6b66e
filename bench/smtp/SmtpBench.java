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
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Inbound SMTP benchmark against the running suite (bin/parley up).
 *
 *   java bench/smtp/SmtpBench.java [--sessions 20] [--messages 2000] [--size 4096] [--accounts 10]
 *
 * 1. a fresh domain with N accounts through the REST API (deleted at the end);
 * 2. one IMAP watcher per account (LOGIN, SELECT INBOX, IDLE; on EXISTS: DONE, FETCH the new messages'
 *    X-Bench-Id header, IDLE again) notes when each message becomes visible (the moment EXISTS arrived);
 * 3. S sessions on port 2525 each send their share of the messages (one transaction per message:
 *    MAIL, RCPT, DATA — not pipelined), noting when each 250 arrives;
 * 4. prints: accepted messages/s (first MAIL to last 250), delivered messages/s (first MAIL to last
 *    visible), p50/p99/max time from 250 to visible in IMAP.
 */
public final class SmtpBench {

    static final String HOST = "127.0.0.1";
    static final Path HOME = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".parley"));

    public static void main(String[] args) throws Exception {
        int sessions = 20;
        int messages = 2000;
        int size = 4096;
        int accounts = 10;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--sessions" -> sessions = Integer.parseInt(args[++i]);
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--size" -> size = Integer.parseInt(args[++i]);
                case "--accounts" -> accounts = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        String domain = "bench-smtp-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        String password = "Bench-" + UUID.randomUUID().toString().substring(0, 12) + "-Pw1";
        String token = Rest.token();
        Rest.send(token, "POST", "/api/domains", "{\"name\":\"" + domain + "\"}");
        List<String> users = new ArrayList<>();
        for (int a = 0; a < accounts; a++) {
            Rest.send(token, "POST", "/api/domains/" + domain + "/accounts", "{\"localPart\":\"u" + a + "\",\"password\":\""
                    + password + "\",\"quotaBytes\":" + (64L << 30) + "}");
            users.add("u" + a + "@" + domain);
        }
        System.out.printf("domain %s, %d accounts, %d sessions, %d messages of %d octets%n", domain, accounts, sessions,
                messages, size);
        try {
            run(users, password, sessions, messages, size);
        } finally {
            token = Rest.token();
            for (int a = 0; a < accounts; a++) {
                Rest.send(token, "DELETE", "/api/domains/" + domain + "/accounts/u" + a, null);
            }
            Rest.send(token, "DELETE", "/api/domains/" + domain, null);
        }
    }

    static void run(List<String> users, String password, int sessions, int messages, int size) throws Exception {
        long[] accepted = new long[messages];
        long[] visible = new long[messages];
        AtomicInteger seen = new AtomicInteger();
        Map<String, Integer> ids = new ConcurrentHashMap<>();
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < messages; i++) {
            ids.put(run + "-" + i, i);
        }
        List<Thread> watchers = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(users.size());
        for (String user : users) {
            Thread t = new Thread(() -> watch(user, password, ids, visible, seen, messages, ready));
            t.setDaemon(true);
            t.start();
            watchers.add(t);
        }
        ready.await();
        String filler = "x".repeat(76) + "\r\n";
        long start = System.nanoTime();
        List<Thread> senders = new ArrayList<>();
        AtomicInteger next = new AtomicInteger();
        for (int s = 0; s < sessions; s++) {
            Thread t = new Thread(() -> {
                try (Socket socket = new Socket(HOST, 2525)) {
                    socket.setTcpNoDelay(true);
                    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
                    OutputStream out = socket.getOutputStream();
                    expect(in, "220");
                    cmd(out, in, "EHLO bench.client.test", "250");
                    int i;
                    while ((i = next.getAndIncrement()) < messages) {
                        String to = users.get(i % users.size());
                        cmd(out, in, "MAIL FROM:<bench@outside.example> SIZE=" + size, "250");
                        cmd(out, in, "RCPT TO:<" + to + ">", "250");
                        cmd(out, in, "DATA", "354");
                        StringBuilder m = new StringBuilder();
                        m.append("From: bench@outside.example\r\nTo: ").append(to).append("\r\nSubject: bench ").append(i)
                                .append("\r\nX-Bench-Id: ").append(run).append('-').append(i)
                                .append("\r\nMessage-ID: <").append(run).append('.').append(i).append("@bench>\r\n\r\n");
                        while (m.length() < size) {
                            m.append(filler);
                        }
                        m.append(".\r\n");
                        out.write(m.toString().getBytes(StandardCharsets.ISO_8859_1));
                        out.flush();
                        expect(in, "250");
                        accepted[i] = System.nanoTime();
                    }
                    cmd(out, in, "QUIT", "221");
                } catch (IOException e) {
                    throw new RuntimeException(e);
                }
            });
            t.start();
            senders.add(t);
        }
        for (Thread t : senders) {
            t.join();
        }
        long acceptedEnd = System.nanoTime();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (seen.get() < messages && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        long lastVisible = Arrays.stream(visible).max().orElse(0);
        double acceptSec = (acceptedEnd - start) / 1e9;
        System.out.printf("accepted:  %d messages in %.2f s = %.0f messages/s%n", messages, acceptSec, messages / acceptSec);
        if (seen.get() < messages) {
            System.out.printf("delivered: only %d of %d visible after 120 s%n", seen.get(), messages);
            return;
        }
        double deliverSec = (lastVisible - start) / 1e9;
        System.out.printf("delivered: %d messages visible over IMAP %.2f s after the first MAIL = %.0f messages/s end to end%n",
                messages, deliverSec, messages / deliverSec);
        long[] lag = new long[messages];
        for (int i = 0; i < messages; i++) {
            lag[i] = Math.max(0, visible[i] - accepted[i]);
        }
        Arrays.sort(lag);
        System.out.printf("250 to visible in IMAP: p50 %.1f ms, p99 %.1f ms, max %.1f ms (EXISTS pushed by IDLE)%n",
                lag[messages / 2] / 1e6, lag[(int) Math.min(messages - 1, Math.ceil(messages * 0.99) - 1)] / 1e6,
                lag[messages - 1] / 1e6);
    }

    static final Pattern ID = Pattern.compile("X-Bench-Id: (\\S+)", Pattern.CASE_INSENSITIVE);
    static final Pattern EXISTS = Pattern.compile("^\\* (\\d+) EXISTS");

    static void watch(String user, String password, Map<String, Integer> ids, long[] visible, AtomicInteger seen,
                      int total, CountDownLatch ready) {
        try (Socket socket = new Socket(HOST, 2143)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            OutputStream out = socket.getOutputStream();
            in.readLine();
            imap(out, in, "a LOGIN \"" + user + "\" \"" + password + "\"");
            int known = exists(imap(out, in, "b SELECT INBOX"), 0);
            ready.countDown();
            int tag = 0;
            while (seen.get() < total) {
                socket.setSoTimeout(1000);
                // RFC 2177 IDLE: the server pushes EXISTS as deliveries commit; no polling load on the server
                String idleTag = "i" + (tag++);
                out.write((idleTag + " IDLE\r\n").getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                int now = known;
                while (now == known && seen.get() < total) {
                    String line;
                    try {
                        line = in.readLine();
                    } catch (java.net.SocketTimeoutException e) {
                        continue;
                    }
                    if (line == null) {
                        throw new IOException("IMAP connection closed");
                    }
                    now = exists(List.of(line), known);
                }
                long at = System.nanoTime();
                socket.setSoTimeout(60_000);
                out.write("DONE\r\n".getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
                while (true) {
                    String line = in.readLine();
                    now = exists(List.of(line), now);
                    if (line.startsWith(idleTag + " ")) {
                        break;
                    }
                }
                while (now > known) {
                    // a window reaching back: sequence numbers of late commits may land below 'known'
                    int from = Math.max(1, known - 20);
                    List<String> lines = imap(out, in, "f" + (tag++) + " FETCH " + from + ":" + now
                            + " (BODY.PEEK[HEADER.FIELDS (X-BENCH-ID)])");
                    for (String line : lines) {
                        Matcher m = ID.matcher(line);
                        if (m.find()) {
                            Integer i = ids.get(m.group(1));
                            if (i != null && visible[i] == 0) {
                                visible[i] = at;
                                seen.incrementAndGet();
                            }
                        }
                    }
                    known = now;
                    now = exists(lines, now); // EXISTS that arrived during the FETCH
                    at = System.nanoTime();
                }
            }
        } catch (Exception e) {
            System.err.println("watcher " + user + ": " + e);
            ready.countDown();
        }
    }

    static int exists(List<String> lines, int known) {
        for (String l : lines) {
            Matcher m = EXISTS.matcher(l);
            if (m.find()) {
                known = Math.max(known, Integer.parseInt(m.group(1)));
            }
        }
        return known;
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
                    throw new IOException(command.startsWith("a LOGIN") ? "LOGIN failed: " + line : command + ": " + line);
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

    static final class Rest {
        static final HttpClient HTTP = HttpClient.newHttpClient();

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
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8180/realms/parley/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)).build(),
                    HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("no token: " + r.statusCode() + " " + r.body());
            }
            return m.group(1);
        }

        static void send(String token, String method, String path, String json) throws Exception {
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json");
            b.method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException(method + " " + path + ": " + r.statusCode() + " " + r.body());
            }
        }
    }
}
