import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

/**
 * Issue 3's IDLE figure: N authenticated IMAP connections in IDLE on INBOX held with less than 1 GB of
 * added Payara heap, and a new message reaching every idler in less than 1 s.
 *
 * <p>Creates a fresh domain with a handful of accounts (REST API as parley-admin), opens N plain IMAP
 * connections to 127.0.0.1:2143 (LOGIN before TLS: parley.mail.plaintext-auth, loopback only), spread
 * over source addresses 127.0.0.2.. so that the per-address limit (500) does not refuse them, SELECTs
 * INBOX and IDLEs on all of them. Payara's heap after a full GC is read with jcmd before, every 1,000
 * connections and at the end. Then, a few rounds: one APPEND per account over IMAPS (another listener,
 * so the idlers may use all 5,000 of port 2143's connections), and the time until every idler has seen
 * its {@code * n EXISTS}. Everything is closed and the domain deleted at the end. All I/O of the idlers is
 * one selector thread; it stops by itself (time limit).
 *
 * <p>Run with bench/imap-idle/run.sh (JDK 17 single-file program, no dependencies).
 */
public final class ImapIdleBench {

    static String host = "127.0.0.1";
    static int imapPort = 2143;
    static int imapsPort = 2993;
    static int connections = 5000;
    static int accounts = 5;
    static int rounds = 5;
    static int perSource = 400;
    static int inFlight = 64;
    static long deadlineNanos;
    static String web = "http://localhost:8080";
    static String keycloak = "http://localhost:8180";
    static Path home = Path.of(".parley");
    static String payaraPid;
    static Path outDir;

    public static void main(String[] args) throws Exception {
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "-n" -> connections = Integer.parseInt(args[++i]);
                case "-a" -> accounts = Integer.parseInt(args[++i]);
                case "-r" -> rounds = Integer.parseInt(args[++i]);
                case "--pid" -> payaraPid = args[++i];
                case "--home" -> home = Path.of(args[++i]);
                case "--out" -> outDir = Path.of(args[++i]);
                case "--per-source" -> perSource = Integer.parseInt(args[++i]);
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        long limitSeconds = Long.parseLong(System.getenv().getOrDefault("BENCH_TIME_LIMIT", "900"));
        deadlineNanos = System.nanoTime() + limitSeconds * 1_000_000_000L;
        Thread watchdog = new Thread(() -> {
            try {
                Thread.sleep(limitSeconds * 1000);
                System.out.println("TIME LIMIT of " + limitSeconds + " s reached: exiting");
                System.exit(3);
            } catch (InterruptedException e) {
                // finished in time
            }
        }, "watchdog");
        watchdog.setDaemon(true);
        watchdog.start();

        String adminPassword = required("PARLEY_ADMIN_PASSWORD");
        Admin admin = new Admin(adminPassword);
        String domain = "bench-idle-" + UUID.randomUUID().toString().substring(0, 8) + ".test";
        List<String> users = new ArrayList<>();
        String password = "Idle-" + UUID.randomUUID().toString().substring(0, 12) + "-Pw1";
        System.out.printf(Locale.ROOT, "IDLE bench: %d connections, %d accounts, %d rounds; payara pid %s%n",
                connections, accounts, rounds, payaraPid);
        admin.post("/api/domains", "{\"name\":\"" + domain + "\"}");
        try {
            for (int a = 0; a < accounts; a++) {
                String local = "idle" + a;
                admin.post("/api/domains/" + domain + "/accounts",
                        "{\"localPart\":\"" + local + "\",\"password\":\"" + password + "\"}");
                users.add(local + "@" + domain);
            }
            run(users, password);
        } finally {
            Admin cleanup = new Admin(adminPassword);
            for (String u : users) {
                cleanup.delete("/api/domains/" + domain + "/accounts/" + u.substring(0, u.indexOf('@')));
            }
            cleanup.delete("/api/domains/" + domain);
            watchdog.interrupt();
        }
    }

    static void run(List<String> users, String password) throws Exception {
        // appenders first: they also provision each account (first login) before the baseline
        List<Appender> appenders = new ArrayList<>();
        for (String u : users) {
            appenders.add(new Appender(u, password));
        }
        long base = heap("baseline");
        Idlers idlers = new Idlers(users, password);
        Thread io = new Thread(idlers::loop, "idlers");
        io.setDaemon(true);
        io.start();
        List<long[]> steps = new ArrayList<>();
        steps.add(new long[] {0, base});
        long started = System.nanoTime();
        for (int target = Math.min(1000, connections); ; target = Math.min(target + 1000, connections)) {
            idlers.open(target);
            while (idlers.idling.get() + idlers.failed.get() < target) {
                checkTime();
                abortIfDropped(idlers);
                Thread.sleep(20);
            }
            long h = heap(idlers.idling.get() + " idling");
            steps.add(new long[] {idlers.idling.get(), h});
            if (target == connections) {
                break;
            }
        }
        double setup = (System.nanoTime() - started) / 1e9;
        int idling = idlers.idling.get();
        System.out.printf(Locale.ROOT, "%d idling, %d failed; set-up %.1f s (%.0f connections/s incl. heap checks)%n",
                idling, idlers.failed.get(), setup, idling / setup);
        for (String f : idlers.failures) {
            System.out.println("  failure: " + f);
        }
        long added = steps.get(steps.size() - 1)[1] - base;
        System.out.println("heap after full GC (jcmd GC.heap_info, used):");
        System.out.println("  (latencies below are from sending APPEND to reading EXISTS; client and server share the machine's cores)");
        for (long[] s : steps) {
            System.out.printf(Locale.ROOT, "  %5d idling: %7.1f MB%n", s[0], s[1] / 1048576.0);
        }
        histogram("histogram-" + idling + ".txt");

        List<Double> maxes = new ArrayList<>();
        List<Double> p99s = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            checkTime();
            abortIfDropped(idlers);
            idlers.expectNext();
            long[] sent = new long[users.size()];
            long[] acked = new long[users.size()];
            Thread[] threads = new Thread[users.size()];
            for (int a = 0; a < users.size(); a++) {
                int ai = a;
                threads[a] = new Thread(() -> {
                    sent[ai] = System.nanoTime();
                    appenders.get(ai).append();
                    acked[ai] = System.nanoTime();
                });
            }
            for (Thread t : threads) {
                t.start();
            }
            for (Thread t : threads) {
                t.join();
            }
            long waitUntil = System.nanoTime() + 30_000_000_000L;
            while (!idlers.allSeen() && System.nanoTime() < waitUntil) {
                Thread.sleep(5);
            }
            String during = payaraPid == null ? "" : procStatus();
            double[] latency = idlers.latencies(sent);
            double[] afterOk = Arrays.stream(idlers.latencies(acked)).filter(d -> !Double.isNaN(d)).sorted().toArray();
            int missing = (int) Arrays.stream(latency).filter(Double::isNaN).count();
            double[] seen = Arrays.stream(latency).filter(d -> !Double.isNaN(d)).sorted().toArray();
            double maxAppend = 0;
            for (int a = 0; a < sent.length; a++) {
                maxAppend = Math.max(maxAppend, (acked[a] - sent[a]) / 1e6);
            }
            double max = seen.length == 0 ? Double.NaN : seen[seen.length - 1];
            double p99 = seen.length == 0 ? Double.NaN : seen[Math.min(seen.length - 1, (int) Math.ceil(seen.length * 0.99) - 1)];
            double p50 = seen.length == 0 ? Double.NaN : seen[seen.length / 2];
            System.out.printf(Locale.ROOT,
                    "round %d: APPEND OK after max %.0f ms; EXISTS at %d of %d idlers: p50 %.0f ms, p99 %.0f ms, max %.0f ms%s"
                            + " (max %.0f ms after APPEND OK; Payara %s)%n",
                    r, maxAppend, seen.length, latency.length, p50, p99, max, missing > 0 ? " (" + missing + " NEVER)" : "",
                    afterOk.length == 0 ? Double.NaN : afterOk[afterOk.length - 1], during);
            maxes.add(missing > 0 ? Double.POSITIVE_INFINITY : max);
            p99s.add(p99);
            Thread.sleep(500);
        }
        long after = heap("after rounds");
        idlers.closeAll();
        for (Appender ap : appenders) {
            ap.close();
        }

        System.out.println();
        System.out.println("== figures against issue 3 ==");
        System.out.printf(Locale.ROOT, "idlers held:          %d of %d%n", idling, connections);
        System.out.printf(Locale.ROOT, "added heap:           %.1f MB total, %.1f MB per 1,000 connections (after rounds: %.1f MB)"
                        + "  target < 1024 MB for 5,000: %s%n",
                added / 1048576.0, idling == 0 ? 0 : added / 1048576.0 / idling * 1000, (after - base) / 1048576.0,
                idling == connections && added < (1L << 30) * connections / 5000 ? "MET" : "NOT MET");
        double worst = maxes.stream().mapToDouble(d -> d).max().orElse(Double.NaN);
        System.out.printf(Locale.ROOT, "EXISTS to all idlers: max per round %s ms; p99 per round %s ms  target < 1000 ms: %s%n",
                fmt(maxes), fmt(p99s), worst < 1000 && idling == connections ? "MET" : "NOT MET");
    }

    /** Another `bin/parley up` redeploying meanwhile closes every connection: no figure then. */
    static void abortIfDropped(Idlers idlers) {
        int dropped = idlers.dropped.get();
        if (dropped > Math.max(10, connections / 20)) {
            System.out.println("ABORTED: the server closed " + dropped + " idling connections (a redeployment during the run?)");
            for (String f : idlers.failures) {
                System.out.println("  failure: " + f);
            }
            throw new IllegalStateException("connections dropped by the server");
        }
    }

    static String fmt(List<Double> values) {
        StringBuilder sb = new StringBuilder();
        for (double v : values) {
            sb.append(sb.length() == 0 ? "" : " ").append(Double.isInfinite(v) ? "never" : String.format(Locale.ROOT, "%.0f", v));
        }
        return sb.toString();
    }

    static void checkTime() {
        if (System.nanoTime() > deadlineNanos) {
            throw new IllegalStateException("time limit reached");
        }
    }

    static String required(String name) {
        String v = System.getenv(name);
        if (v == null || v.isEmpty()) {
            throw new IllegalStateException(name + " is not set (run.sh reads .parley/secrets.env)");
        }
        return v;
    }

    // ---- Payara heap ----

    static final Pattern USED = Pattern.compile("used (\\d+)K");

    /** Heap used after a full GC, in bytes (sum of the "used" figures of GC.heap_info's first line). */
    static long heap(String label) throws Exception {
        if (payaraPid == null) {
            return 0;
        }
        jcmd("GC.run");
        Thread.sleep(300);
        jcmd("GC.run");
        String info = jcmd("GC.heap_info");
        Matcher m = USED.matcher(info);
        if (!m.find()) {
            throw new IllegalStateException("cannot read jcmd GC.heap_info: " + info);
        }
        long used = Long.parseLong(m.group(1)) * 1024;
        System.out.printf(Locale.ROOT, "  [%s] heap used %.1f MB, Payara %s%n", label, used / 1048576.0, procStatus());
        return used;
    }

    /** Resident memory (heap, direct buffers, thread stacks) and thread count of Payara, from /proc. */
    static String procStatus() {
        try {
            String rss = "?", threads = "?";
            for (String l : Files.readAllLines(Path.of("/proc", payaraPid, "status"))) {
                if (l.startsWith("VmRSS:")) {
                    rss = l.substring(6).trim();
                } else if (l.startsWith("Threads:")) {
                    threads = l.substring(8).trim();
                }
            }
            return "RSS " + rss + ", " + threads + " threads";
        } catch (IOException e) {
            return "(no /proc status)";
        }
    }

    static void histogram(String file) throws Exception {
        if (payaraPid == null || outDir == null) {
            return;
        }
        Files.createDirectories(outDir);
        Files.writeString(outDir.resolve(file), jcmd("GC.class_histogram"));
        System.out.println("class histogram: " + outDir.resolve(file));
    }

    static String jcmd(String command) throws Exception {
        Process p = new ProcessBuilder("jcmd", payaraPid, command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) {
            throw new IllegalStateException("jcmd " + command + " failed: " + out);
        }
        return out;
    }

    // ---- REST admin ----

    static final class Admin {
        final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        final String token;

        Admin(String password) throws Exception {
            String form = "grant_type=password&client_id=parley-cli&username=parley-admin&password="
                    + URLEncoder.encode(password, StandardCharsets.UTF_8);
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(keycloak + "/realms/parley/protocol/openid-connect/token"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
            Matcher m = Pattern.compile("\"access_token\"\\s*:\\s*\"([^\"]+)\"").matcher(r.body());
            if (r.statusCode() != 200 || !m.find()) {
                throw new IllegalStateException("no token for parley-admin: HTTP " + r.statusCode());
            }
            token = m.group(1);
        }

        void post(String path, String json) throws Exception {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(web + path))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .timeout(Duration.ofSeconds(60))
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
            if (r.statusCode() != 201) {
                throw new IllegalStateException("POST " + path + ": HTTP " + r.statusCode() + " " + r.body());
            }
        }

        void delete(String path) {
            try {
                http.send(HttpRequest.newBuilder(URI.create(web + path)).header("Authorization", "Bearer " + token)
                        .timeout(Duration.ofSeconds(60)).DELETE().build(), HttpResponse.BodyHandlers.discarding());
            } catch (Exception e) {
                System.out.println("cleanup: DELETE " + path + " failed: " + e);
            }
        }
    }

    // ---- the appender: one blocking IMAPS connection per account ----

    static final class Appender {
        final SSLSocket socket;
        final BufferedReader in;
        final OutputStream out;
        int tag;
        int n;

        Appender(String user, String password) throws Exception {
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            try (InputStream cert = Files.newInputStream(home.resolve("tls/cert.pem"))) {
                trust.setCertificateEntry("parley", CertificateFactory.getInstance("X.509").generateCertificate(cert));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext tls = SSLContext.getInstance("TLS");
            tls.init(null, tmf.getTrustManagers(), null);
            socket = (SSLSocket) tls.getSocketFactory().createSocket(host, imapsPort);
            socket.setSoTimeout(60_000);
            in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
            out = socket.getOutputStream();
            expectOk(null);
            command("LOGIN \"" + user + "\" \"" + password + "\"");
            command("SELECT INBOX");
        }

        void command(String line) {
            String t = "p" + (++tag);
            write(t + " " + line + "\r\n");
            expectOk(t);
        }

        void append() {
            n++;
            String body = "From: bench@example.test\r\nTo: idle@example.test\r\nSubject: idle bench " + n
                    + "\r\nMessage-ID: <" + UUID.randomUUID() + "@bench.test>\r\n\r\nnew mail " + n + "\r\n";
            String t = "p" + (++tag);
            // RFC 7888 LITERAL+: no continuation round trip
            write(t + " APPEND INBOX {" + body.getBytes(StandardCharsets.ISO_8859_1).length + "+}\r\n" + body + "\r\n");
            expectOk(t);
        }

        void write(String s) {
            try {
                out.write(s.getBytes(StandardCharsets.ISO_8859_1));
                out.flush();
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void expectOk(String t) {
            try {
                while (true) {
                    String line = in.readLine();
                    if (line == null) {
                        throw new IllegalStateException("appender: connection closed");
                    }
                    if (t == null ? line.startsWith("* ") : line.startsWith(t + " ")) {
                        if (!line.startsWith(t == null ? "* OK" : t + " OK")) {
                            throw new IllegalStateException("appender: " + line);
                        }
                        return;
                    }
                }
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        }

        void close() {
            try {
                write("z LOGOUT\r\n");
                socket.close();
            } catch (Exception e) {
                // gone already
            }
        }
    }

    // ---- the idlers: one selector, one state machine per connection ----

    static final class Idlers {
        static final int GREETING = 0, LOGIN = 1, SELECT = 2, IDLE = 3, IDLING = 4, DEAD = 5;
        final List<String> users;
        final String password;
        final Selector selector;
        final AtomicInteger idling = new AtomicInteger();
        final AtomicInteger failed = new AtomicInteger();
        final AtomicInteger dropped = new AtomicInteger();
        final ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        final ConcurrentLinkedQueue<Runnable> tasks = new ConcurrentLinkedQueue<>();
        final ByteBuffer read = ByteBuffer.allocateDirect(64 * 1024);
        Conn[] conns = new Conn[0];
        volatile int wanted;
        int opened;
        int handshaking;
        /** per account: the EXISTS count the current round waits for. */
        final int[] expected;
        final int[] exists0;
        volatile boolean closing;

        Idlers(List<String> users, String password) throws IOException {
            this.users = users;
            this.password = password;
            this.selector = Selector.open();
            this.expected = new int[users.size()];
            this.exists0 = new int[users.size()];
            this.conns = new Conn[connections];
        }

        final class Conn {
            final int index;
            final int account;
            SocketChannel ch;
            int state;
            final StringBuilder line = new StringBuilder(64);
            volatile int exists = -1;
            volatile long existsAt;

            Conn(int index) {
                this.index = index;
                this.account = index % users.size();
            }
        }

        void open(int target) {
            wanted = target;
            selector.wakeup();
        }

        /** Next round: every idler waits for one more message than its account's current count. */
        void expectNext() {
            for (int a = 0; a < expected.length; a++) {
                int max = -1;
                for (Conn c : conns) {
                    if (c != null && c.account == a && c.state == IDLING) {
                        max = Math.max(max, c.exists);
                    }
                }
                expected[a] = max + 1;
            }
        }

        boolean allSeen() {
            for (Conn c : conns) {
                if (c != null && c.state == IDLING && c.exists < expected[c.account]) {
                    return false;
                }
            }
            return true;
        }

        /** ms from the account's APPEND being sent to this idler's EXISTS; NaN when not seen. */
        double[] latencies(long[] sent) {
            List<Double> out = new ArrayList<>();
            for (Conn c : conns) {
                if (c == null || c.state != IDLING) {
                    continue;
                }
                out.add(c.exists >= expected[c.account] ? (c.existsAt - sent[c.account]) / 1e6 : Double.NaN);
            }
            return out.stream().mapToDouble(d -> d).toArray();
        }

        void closeAll() throws InterruptedException {
            closing = true;
            selector.wakeup();
            Thread.sleep(200);
            for (Conn c : conns) {
                if (c != null && c.ch != null) {
                    try {
                        c.ch.close();
                    } catch (IOException e) {
                        // closing anyway
                    }
                }
            }
        }

        void loop() {
            try {
                while (!closing) {
                    while (opened < wanted && handshaking < inFlight) {
                        connect(opened++);
                    }
                    selector.select(100);
                    Iterator<SelectionKey> it = selector.selectedKeys().iterator();
                    while (it.hasNext()) {
                        SelectionKey key = it.next();
                        it.remove();
                        Conn c = (Conn) key.attachment();
                        try {
                            if (key.isConnectable()) {
                                c.ch.finishConnect();
                                key.interestOps(SelectionKey.OP_READ);
                            } else if (key.isReadable()) {
                                read(c);
                            }
                        } catch (IOException | RuntimeException e) {
                            fail(c, e.toString());
                        }
                    }
                }
            } catch (IOException e) {
                failures.add("selector: " + e);
            }
        }

        void connect(int i) {
            Conn c = new Conn(i);
            conns[i] = c;
            handshaking++;
            try {
                c.ch = SocketChannel.open();
                // spread over 127.0.0.2.. : parley.mail.max-connections-per-ip is 500 by default
                int src = 2 + i / perSource;
                c.ch.bind(new InetSocketAddress(InetAddress.getByAddress(new byte[] {127, 0, (byte) (src >> 8), (byte) src}), 0));
                c.ch.configureBlocking(false);
                c.ch.connect(new InetSocketAddress(host, imapPort));
                c.ch.register(selector, SelectionKey.OP_CONNECT, c);
            } catch (IOException e) {
                fail(c, e.toString());
            }
        }

        void fail(Conn c, String why) {
            if (c.state == DEAD) {
                return;
            }
            if (c.state != IDLING) {
                handshaking--;
            } else {
                idling.decrementAndGet();
                dropped.incrementAndGet();
            }
            c.state = DEAD;
            failed.incrementAndGet();
            if (failures.size() < 10) {
                failures.add("#" + c.index + ": " + why);
            }
            try {
                c.ch.close();
            } catch (IOException | RuntimeException e) {
                // already gone
            }
        }

        void read(Conn c) throws IOException {
            read.clear();
            int n = c.ch.read(read);
            if (n < 0) {
                fail(c, "closed by server in state " + c.state + " after: " + c.line);
                return;
            }
            long now = System.nanoTime();
            read.flip();
            while (read.hasRemaining()) {
                char ch = (char) (read.get() & 0xff);
                if (ch == '\n') {
                    String l = c.line.toString();
                    c.line.setLength(0);
                    onLine(c, l.endsWith("\r") ? l.substring(0, l.length() - 1) : l, now);
                    if (c.state == DEAD) {
                        return;
                    }
                } else if (c.line.length() < 8192) {
                    c.line.append(ch);
                }
            }
        }

        static final Pattern EXISTS = Pattern.compile("^\\* (\\d+) EXISTS$");

        void onLine(Conn c, String l, long now) throws IOException {
            Matcher m = EXISTS.matcher(l);
            if (m.matches()) {
                c.exists = Integer.parseInt(m.group(1));
                c.existsAt = now;
                return;
            }
            switch (c.state) {
                case GREETING -> {
                    if (!l.startsWith("* OK")) {
                        fail(c, "greeting: " + l);
                        return;
                    }
                    c.state = LOGIN;
                    send(c, "a LOGIN \"" + users.get(c.account) + "\" \"" + password + "\"\r\n");
                }
                case LOGIN -> {
                    if (l.startsWith("a ")) {
                        if (!l.startsWith("a OK")) {
                            fail(c, "LOGIN: " + l);
                            return;
                        }
                        c.state = SELECT;
                        send(c, "b SELECT INBOX\r\n");
                    }
                }
                case SELECT -> {
                    if (l.startsWith("b ")) {
                        if (!l.startsWith("b OK")) {
                            fail(c, "SELECT: " + l);
                            return;
                        }
                        c.state = IDLE;
                        send(c, "c IDLE\r\n");
                    }
                }
                case IDLE -> {
                    if (l.startsWith("+")) {
                        c.state = IDLING;
                        handshaking--;
                        idling.incrementAndGet();
                    } else if (l.startsWith("c ")) {
                        fail(c, "IDLE: " + l);
                    }
                }
                case IDLING -> {
                    if (l.startsWith("* BYE") || l.startsWith("c ")) {
                        fail(c, "while idling: " + l);
                    }
                }
                default -> {
                }
            }
        }

        void send(Conn c, String s) throws IOException {
            ByteBuffer b = ByteBuffer.wrap(s.getBytes(StandardCharsets.ISO_8859_1));
            for (int tries = 0; b.hasRemaining(); tries++) {
                if (tries > 1000) {
                    throw new IOException("cannot write a command line");
                }
                c.ch.write(b);
            }
        }
    }
}
