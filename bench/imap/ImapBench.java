import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
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
import java.util.Locale;
import java.util.Properties;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IMAP benchmark against the running suite (bin/parley up), over real IMAP on loopback with a raw
 * socket client (no Jakarta Mail: one command is one timed round trip, nothing cached client-side).
 *
 *   java bench/imap/ImapBench.java [--messages N] [--reuse] [--runs R] [--clients C] [--seconds S] [--skip-load]
 *
 * 1. a fresh domain and account through the REST API (token: Keycloak password grant for
 *    parley-admin on the public client parley-cli, password from .parley/secrets.env);
 * 2. fills its INBOX with N generated messages (APPEND with LITERAL+, several connections, pipelined)
 *    and prints the fill rate; --reuse takes the account of the last run instead (.parley/bench-imap.properties);
 * 3. SELECT INBOX, FETCH newest-50 (ENVELOPE FLAGS UID), UID SEARCH header, SEARCH TEXT/BODY: median and
 *    p99 of R runs (after one warm-up) against the issue-3 targets;
 * 4. mixed load: C clients looping LOGIN, SELECT, FETCH, STORE, APPEND, STORE \Deleted, EXPUNGE, LOGOUT on
 *    a folder of their own for S seconds; sustained commands/s and p50/p99 latency.
 */
public final class ImapBench {

    static final String HOST = "127.0.0.1";
    static final int PORT = 2143;
    static final Path HOME = Path.of(System.getenv().getOrDefault("PARLEY_HOME", ".parley"));

    public static void main(String[] args) throws Exception {
        int messages = 100_000;
        int runs = 11;
        int clients = 50;
        int seconds = 60;
        boolean reuse = false;
        boolean skipLoad = false;
        boolean loadOnly = false;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--messages" -> messages = Integer.parseInt(args[++i]);
                case "--runs" -> runs = Integer.parseInt(args[++i]);
                case "--clients" -> clients = Integer.parseInt(args[++i]);
                case "--seconds" -> seconds = Integer.parseInt(args[++i]);
                case "--reuse" -> reuse = true;
                case "--skip-load" -> skipLoad = true;
                case "--load-only" -> loadOnly = true;
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        Path state = HOME.resolve("bench-imap.properties");
        String user;
        String password;
        String domain;
        if (reuse && Files.exists(state)) {
            Properties p = new Properties();
            try (var in = Files.newInputStream(state)) {
                p.load(in);
            }
            user = p.getProperty("user");
            password = p.getProperty("password");
            domain = p.getProperty("domain");
            System.out.println("reusing account " + user + " (" + p.getProperty("messages") + " messages)");
        } else {
            domain = "bench-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
            password = "Bench-" + UUID.randomUUID().toString().substring(0, 12) + "-Pw1";
            user = Rest.createAccount(domain, "bench", password);
            System.out.println("created account " + user);
            // one login first: Keycloak's brute-force detection disables a user on concurrent first
            // password grants; later logins are answered from the suite's auth cache
            Imap.login(user, password).close();
            long t0 = System.nanoTime();
            fill(user, password, "INBOX", 0, messages, 8);
            double s = (System.nanoTime() - t0) / 1e9;
            System.out.printf(Locale.ROOT, "fill: %d messages in %.1f s = %.0f msg/s (APPEND, LITERAL+, 8 connections, 32 in flight each)%n",
                    messages, s, messages / s);
            Properties p = new Properties();
            p.setProperty("user", user);
            p.setProperty("password", password);
            p.setProperty("domain", domain);
            p.setProperty("messages", String.valueOf(messages));
            try (var out = Files.newOutputStream(state)) {
                p.store(out, "bench/imap account");
            }
        }
        if (!loadOnly) {
            measure(user, password, runs);
        }
        if (!skipLoad) {
            mixedLoad(domain, password, clients, seconds);
        }
    }

    // ---------------------------------------------------------------- fill

    static final String[] WORDS = words();

    static String[] words() {
        Random r = new Random(42);
        String[] w = new String[4000];
        for (int i = 0; i < w.length; i++) {
            StringBuilder b = new StringBuilder();
            int len = 4 + r.nextInt(6);
            for (int j = 0; j < len; j++) {
                b.append((char) ('a' + r.nextInt(26)));
            }
            w[i] = b.toString();
        }
        return w;
    }

    /** Message i: subject "Invoice <i>" with two words, from user<i%997>@sender<i%31>.test, ~1.5 KB body. */
    static byte[] message(int i) {
        Random r = new Random(i);
        StringBuilder b = new StringBuilder(2048);
        b.append("From: Sender ").append(i % 997).append(" <user").append(i % 997).append("@sender").append(i % 31).append(".test>\r\n");
        b.append("To: Bench <bench@example.test>\r\n");
        b.append("Subject: Invoice ").append(i).append(' ').append(WORDS[r.nextInt(WORDS.length)]).append(' ')
                .append(WORDS[r.nextInt(WORDS.length)]).append("\r\n");
        b.append("Date: Mon, 1 Jan 2024 ").append(String.format(Locale.ROOT, "%02d:%02d:%02d", (i / 3600) % 24, (i / 60) % 60, i % 60))
                .append(" +0000\r\n");
        b.append("Message-ID: <bench.").append(i).append("@example.test>\r\n");
        b.append("MIME-Version: 1.0\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\n");
        for (int line = 0; line < 20; line++) {
            for (int w = 0; w < 10; w++) {
                b.append(WORDS[r.nextInt(WORDS.length)]).append(' ');
            }
            b.append("\r\n");
        }
        return b.toString().getBytes(StandardCharsets.US_ASCII);
    }

    static void fill(String user, String password, String mailbox, int from, int count, int connections) throws Exception {
        AtomicLong next = new AtomicLong(from);
        long end = (long) from + count;
        List<Thread> threads = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        AtomicLong done = new AtomicLong();
        long t0 = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            Thread t = new Thread(() -> {
                try (Imap imap = Imap.login(user, password)) {
                    int inFlight = 0;
                    while (true) {
                        while (inFlight < 32) {
                            long i = next.getAndIncrement();
                            if (i >= end) {
                                break;
                            }
                            imap.sendAppend(mailbox, message((int) i));
                            inFlight++;
                        }
                        if (inFlight == 0) {
                            break;
                        }
                        imap.flush();
                        imap.readTagged(true);
                        inFlight--;
                        long d = done.incrementAndGet();
                        if (d % 10000 == 0) {
                            System.out.printf(Locale.ROOT, "  ... %d appended (%.0f msg/s)%n", d, d / ((System.nanoTime() - t0) / 1e9));
                        }
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("fill failed", errors.peek());
        }
    }

    // ---------------------------------------------------------------- single-command figures

    static void measure(String user, String password, int runs) throws Exception {
        try (Imap imap = Imap.login(user, password)) {
            Imap.Result sel = imap.command("SELECT INBOX");
            long exists = sel.exists();
            System.out.printf(Locale.ROOT, "INBOX: %d messages; %d runs each after one warm-up (median / p99 / min, ms)%n", exists, runs);
            List<String[]> rows = new ArrayList<>();
            rows.add(time(imap, runs, "SELECT INBOX", "SELECT INBOX", 50));
            long first = Math.max(1, exists - 49);
            rows.add(time(imap, runs, "FETCH newest 50 (ENVELOPE FLAGS UID)", "FETCH " + first + ":* (ENVELOPE FLAGS UID)", 50));
            int probe = (int) (exists * 0.73);
            rows.add(time(imap, runs, "UID SEARCH HEADER SUBJECT", "UID SEARCH HEADER SUBJECT \"Invoice " + probe + " \"", 200));
            rows.add(time(imap, runs, "UID SEARCH FROM", "UID SEARCH FROM \"user" + (probe % 997) + "@sender" + (probe % 31) + ".\"", 200));
            Random r = new Random(probe);
            String w1 = WORDS[r.nextInt(WORDS.length)];
            // a word in the subject of message `probe` and of ~0.05 % of the others
            String subjectWord = subjectWord(probe);
            rows.add(time(imap, runs, "SEARCH TEXT (1 word)", "SEARCH TEXT \"" + subjectWord + "\"", 500));
            rows.add(time(imap, runs, "SEARCH BODY (2 words)", "SEARCH BODY \"" + w1 + " " + WORDS[(probe * 7) % WORDS.length] + "\"", 500));
            rows.add(time(imap, runs, "UID SEARCH TEXT (1 word)", "UID SEARCH TEXT \"" + w1 + "\"", 500));
            for (String[] row : rows) {
                System.out.println(String.join("", row));
            }
            imap.command("LOGOUT");
        }
    }

    static String subjectWord(int i) {
        Random r = new Random(i);
        return WORDS[r.nextInt(WORDS.length)];
    }

    static String[] time(Imap imap, int runs, String label, String command, double targetMs) throws IOException {
        Imap.Result warm = imap.command(command);
        double[] ms = new double[runs];
        long bytes = 0;
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            Imap.Result res = imap.command(command);
            ms[i] = (System.nanoTime() - t) / 1e6;
            bytes = res.bytes;
            if (!res.ok()) {
                throw new IllegalStateException(command + ": " + res.tagged);
            }
        }
        Arrays.sort(ms);
        double median = ms[runs / 2];
        double p99 = ms[Math.min(runs - 1, (int) Math.ceil(runs * 0.99) - 1)];
        String verdict = median < targetMs ? "ok" : "MISSED";
        return new String[] {String.format(Locale.ROOT, "  %-38s median %8.1f  p99 %8.1f  min %8.1f   target < %4.0f  %-6s  (%d untagged lines, %d bytes)",
                label, median, p99, ms[0], targetMs, verdict, warm.untagged.size(), bytes)};
    }

    // ---------------------------------------------------------------- mixed load

    static void mixedLoad(String domain, String password, int clients, int seconds) throws Exception {
        int seed = 200;
        System.out.printf(Locale.ROOT, "mixed load: %d clients, %d s, each its own account (load<n>@%s) with %d messages in INBOX%n",
                clients, seconds, domain, seed);
        String token = Rest.token();
        String[] users = new String[clients];
        for (int c = 0; c < clients; c++) {
            users[c] = "load" + c + "@" + domain;
            Rest.createAccountIfMissing(token, domain, "load" + c, password);
            Imap.login(users[c], password).close(); // one grant per user before any concurrency
        }
        // seed each folder up to `seed` messages
        List<Thread> seeders = new ArrayList<>();
        ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
        for (int c = 0; c < clients; c++) {
            int cc = c;
            Thread t = new Thread(() -> {
                try {
                    long have;
                    try (Imap imap = Imap.login(users[cc], password)) {
                        have = imap.command("EXAMINE INBOX").exists();
                        imap.command("LOGOUT");
                    }
                    if (have < seed) {
                        fill(users[cc], password, "INBOX", 1_000_000 + cc * 10_000, (int) (seed - have), 1);
                    }
                } catch (Throwable e) {
                    errors.add(e);
                }
            });
            t.start();
            seeders.add(t);
            if (seeders.size() % 8 == 0) {
                for (Thread s : seeders) {
                    s.join();
                }
            }
        }
        for (Thread s : seeders) {
            s.join();
        }
        if (!errors.isEmpty()) {
            throw new IllegalStateException("seeding failed", errors.peek());
        }
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        ConcurrentLinkedQueue<long[]> samples = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<byte[]> sampleKinds = new ConcurrentLinkedQueue<>();
        AtomicLong commands = new AtomicLong();
        AtomicLong failures = new AtomicLong();
        AtomicLong loops = new AtomicLong();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        String[] kinds = {"LOGIN", "SELECT", "FETCH", "STORE", "APPEND", "STORE-D", "EXPUNGE", "LOGOUT"};
        for (int c = 0; c < clients; c++) {
            int cc = c;
            Thread t = new Thread(() -> {
                Random r = new Random(cc);
                long[] lat = new long[1 << 20];
                byte[] kind = new byte[lat.length];
                int n = 0;
                try {
                    start.await();
                    int msg = 2_000_000 + cc * 100_000;
                    while (System.nanoTime() < deadline) {
                        long t0 = System.nanoTime();
                        Imap imap = Imap.connect();
                        Imap.Result res = imap.command("LOGIN " + quote(users[cc]) + " " + quote(password));
                        lat[n++] = System.nanoTime() - t0;
                        check(res, failures);
                        String[] cmds = new String[6];
                        t0 = System.nanoTime();
                        res = imap.command("SELECT INBOX");
                        kind[n] = 1;
                        lat[n++] = System.nanoTime() - t0;
                        check(res, failures);
                        long exists = Math.max(1, res.exists());
                        long a = 1 + r.nextInt((int) Math.max(1, exists - 20));
                        cmds[0] = "FETCH " + a + ":" + (a + 19) + " (FLAGS UID ENVELOPE RFC822.SIZE)";
                        cmds[1] = "STORE " + (1 + r.nextInt((int) exists)) + " +FLAGS (\\Seen)";
                        cmds[2] = null; // append
                        cmds[3] = "STORE " + (1 + r.nextInt((int) exists)) + " +FLAGS.SILENT (\\Deleted)";
                        cmds[4] = "EXPUNGE";
                        cmds[5] = "LOGOUT";
                        for (int ci = 0; ci < cmds.length; ci++) {
                            String cmd = cmds[ci];
                            t0 = System.nanoTime();
                            if (cmd == null) {
                                imap.sendAppend("INBOX", message(msg++));
                                imap.flush();
                                res = imap.readTagged(false);
                            } else {
                                res = imap.command(cmd);
                            }
                            kind[n] = (byte) (2 + ci);
                            lat[n++] = System.nanoTime() - t0;
                            check(res, failures);
                        }
                        imap.close();
                        loops.incrementAndGet();
                        commands.addAndGet(8);
                        if (n > lat.length - 16) {
                            break;
                        }
                    }
                } catch (Throwable e) {
                    failures.incrementAndGet();
                    e.printStackTrace();
                }
                synchronized (samples) { // the two queues stay in step
                    samples.add(Arrays.copyOf(lat, n));
                    sampleKinds.add(Arrays.copyOf(kind, n));
                }
            });
            t.start();
            threads.add(t);
        }
        long t0 = System.nanoTime();
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - t0) / 1e9;
        long total = 0;
        for (long[] s : samples) {
            total += s.length;
        }
        long[] all = new long[(int) total];
        int k = 0;
        for (long[] s : samples) {
            System.arraycopy(s, 0, all, k, s.length);
            k += s.length;
        }
        Arrays.sort(all);
        System.out.printf(Locale.ROOT, "  %d commands in %.1f s (%d loops, %d failures) = %.0f commands/s   target >= 1000  %s%n",
                all.length, elapsed, loops.get(), failures.get(), all.length / elapsed, all.length / elapsed >= 1000 ? "ok" : "MISSED");
        System.out.printf(Locale.ROOT, "  latency over all commands: p50 %.1f ms  p90 %.1f ms  p99 %.1f ms  max %.1f ms%n",
                pct(all, 0.50), pct(all, 0.90), pct(all, 0.99), all.length == 0 ? 0 : all[all.length - 1] / 1e6);
        System.out.println("  (kinds per loop: " + String.join(", ", kinds) + ")");
        // per kind: where the time goes
        List<long[]> sl = new ArrayList<>(samples);
        List<byte[]> kl = new ArrayList<>(sampleKinds);
        for (int kd = 0; kd < kinds.length; kd++) {
            int count = 0;
            for (int i = 0; i < sl.size(); i++) {
                for (byte b : kl.get(i)) {
                    if (b == kd) {
                        count++;
                    }
                }
            }
            long[] of = new long[count];
            int j = 0;
            for (int i = 0; i < sl.size(); i++) {
                byte[] kb = kl.get(i);
                long[] lb = sl.get(i);
                for (int x = 0; x < kb.length; x++) {
                    if (kb[x] == kd) {
                        of[j++] = lb[x];
                    }
                }
            }
            Arrays.sort(of);
            long sum = 0;
            for (long v : of) {
                sum += v;
            }
            System.out.printf(Locale.ROOT, "    %-8s n=%d  mean %.1f ms  p50 %.1f  p99 %.1f%n", kinds[kd], count,
                    count == 0 ? 0 : sum / 1e6 / count, pct(of, 0.5), pct(of, 0.99));
        }
    }

    static double pct(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(sorted.length * p) - 1)] / 1e6;
    }

    static void check(Imap.Result res, AtomicLong failures) {
        if (!res.ok()) {
            if (failures.incrementAndGet() < 5) {
                System.err.println("failed: " + res.tagged);
            }
        }
    }

    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    // ---------------------------------------------------------------- raw IMAP client

    static final class Imap implements AutoCloseable {
        final Socket socket;
        final InputStream in;
        final OutputStream out;
        int tag;
        int sent;
        int read;

        record Result(String tagged, List<String> untagged, long bytes) {
            boolean ok() {
                return tagged.contains(" OK");
            }

            long exists() {
                for (String u : untagged) {
                    if (u.endsWith(" EXISTS")) {
                        return Long.parseLong(u.substring(2, u.indexOf(' ', 2)));
                    }
                }
                return -1;
            }
        }

        Imap(Socket socket) throws IOException {
            this.socket = socket;
            socket.setTcpNoDelay(true);
            this.in = new BufferedInputStream(socket.getInputStream(), 65536);
            this.out = new java.io.BufferedOutputStream(socket.getOutputStream(), 65536);
        }

        static Imap connect() throws IOException {
            Imap imap = new Imap(new Socket(HOST, PORT));
            imap.line(); // greeting
            return imap;
        }

        static Imap login(String user, String password) throws IOException {
            Imap imap = connect();
            Result r = imap.command("LOGIN " + quote(user) + " " + quote(password));
            if (!r.ok()) {
                throw new IllegalStateException("LOGIN failed: " + r.tagged);
            }
            return imap;
        }

        Result command(String command) throws IOException {
            String t = "a" + (++tag);
            out.write((t + " " + command + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            sent++;
            return readTagged(false);
        }

        void sendAppend(String mailbox, byte[] message) throws IOException {
            String t = "a" + (++tag);
            out.write((t + " APPEND " + mailbox + " {" + message.length + "+}\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(message);
            out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            sent++;
        }

        void flush() throws IOException {
            out.flush();
        }

        /** Reads up to the next tagged response (commands complete in order on one connection). */
        Result readTagged(boolean mustBeOk) throws IOException {
            List<String> untagged = new ArrayList<>();
            long bytes = 0;
            while (true) {
                String l = line();
                bytes += l.length() + 2;
                if (l.startsWith("* ")) {
                    untagged.add(l);
                } else if (l.startsWith("a")) {
                    read++;
                    Result r = new Result(l, untagged, bytes);
                    if (mustBeOk && !r.ok()) {
                        throw new IllegalStateException(l);
                    }
                    return r;
                }
            }
        }

        static final Pattern LITERAL = Pattern.compile("\\{(\\d+)\\}$");

        /** One response line with its literals inlined (as "<n octets>"). */
        String line() throws IOException {
            StringBuilder b = new StringBuilder();
            while (true) {
                String raw = rawLine();
                Matcher m = LITERAL.matcher(raw);
                if (m.find()) {
                    int n = Integer.parseInt(m.group(1));
                    byte[] skip = in.readNBytes(n);
                    if (skip.length < n) {
                        throw new IOException("connection closed in a literal");
                    }
                    b.append(raw, 0, m.start()).append("<").append(n).append(" octets>");
                } else {
                    return b.append(raw).toString();
                }
            }
        }

        private String rawLine() throws IOException {
            ByteArrayOutputStream buf = new ByteArrayOutputStream(128);
            int c;
            while ((c = in.read()) != -1) {
                if (c == '\n') {
                    byte[] a = buf.toByteArray();
                    int len = a.length > 0 && a[a.length - 1] == '\r' ? a.length - 1 : a.length;
                    return new String(a, 0, len, StandardCharsets.UTF_8);
                }
                buf.write(c);
            }
            throw new IOException("connection closed");
        }

        @Override
        public void close() {
            try {
                socket.close();
            } catch (IOException ignored) {
                // nothing to do
            }
        }
    }

    // ---------------------------------------------------------------- REST

    static final class Rest {
        static final HttpClient HTTP = HttpClient.newHttpClient();

        static String secret(String key) throws IOException {
            String env = System.getenv(key);
            if (env != null && !env.isBlank()) {
                return env;
            }
            for (String line : Files.readAllLines(HOME.resolve("secrets.env"))) {
                if (line.startsWith(key + "=")) {
                    return line.substring(key.length() + 1).trim();
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

        static String post(String token, String path, String json) throws Exception {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080" + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() / 100 != 2) {
                throw new IllegalStateException("POST " + path + ": " + r.statusCode() + " " + r.body());
            }
            return r.body();
        }

        static void createAccountIfMissing(String token, String domain, String local, String password) throws Exception {
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/api/domains/" + domain
                    + "/accounts/" + local)).header("Authorization", "Bearer " + token).GET().build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() == 200) {
                return;
            }
            post(token, "/api/domains/" + domain + "/accounts", "{\"localPart\":\"" + local + "\",\"password\":\"" + password + "\"}");
        }

        static String createAccount(String domain, String local, String password) throws Exception {
            String token = token();
            post(token, "/api/domains", "{\"name\":\"" + domain + "\"}");
            post(token, "/api/domains/" + domain + "/accounts", "{\"localPart\":\"" + local + "\",\"password\":\"" + password
                    + "\",\"quotaBytes\":" + (64L << 30) + "}");
            return local + "@" + domain;
        }
    }
}
