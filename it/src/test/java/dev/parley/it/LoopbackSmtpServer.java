package dev.parley.it;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

/**
 * A next hop for remote delivery in tests: a minimal RFC 5321 server on loopback that takes every
 * recipient (but answers {@code defer-*} with 451, always) and records each transaction with its MAIL and RCPT command lines as sent (so the test sees
 * the RFC 3461 parameters). It advertises the EHLO keywords it is given (e.g. {@code DSN}).
 */
final class LoopbackSmtpServer implements AutoCloseable {

    /** One transaction: the MAIL FROM line, the RCPT TO lines, the message as received (dots unstuffed). */
    record Transaction(String mail, List<String> rcpts, String data) {

        /** The reverse path without brackets. */
        String from() {
            return mail.substring(mail.indexOf('<') + 1, mail.indexOf('>'));
        }

        boolean to(String address) {
            return rcpts.stream().anyMatch(r -> r.toLowerCase(Locale.ROOT).contains("<" + address.toLowerCase(Locale.ROOT) + ">"));
        }
    }

    /** The port of {@code relay-it.test}'s test route (docs/mta.md#test-only-routes-and-schedules). */
    static final int RELAY_PORT = Integer.parseInt(System.getenv().getOrDefault("PARLEY_IT_RELAY_SMTP_PORT", "2627"));
    private static LoopbackSmtpServer relay;

    /**
     * The next hop of {@code relay-it.test}, offering PIPELINING and DSN, shared by the test classes of this
     * JVM and never closed: the MTA caches its connections for 30 s, so a server per class would see the
     * previous class's connection reused.
     */
    static synchronized LoopbackSmtpServer relay() throws Exception {
        if (relay == null) {
            relay = new LoopbackSmtpServer(RELAY_PORT, List.of("PIPELINING", "DSN"));
        }
        return relay;
    }

    private final ServerSocket server;
    private final List<String> keywords;
    private final List<Transaction> received = new CopyOnWriteArrayList<>();

    LoopbackSmtpServer(int port, List<String> keywords) throws Exception {
        this.server = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        this.keywords = List.copyOf(keywords);
        Thread t = new Thread(this::accept, "loopback-smtp-" + port);
        t.setDaemon(true);
        t.start();
    }

    List<Transaction> received() {
        return List.copyOf(received);
    }

    List<Transaction> matching(Predicate<Transaction> p) {
        return received.stream().filter(p).toList();
    }

    /** The first transaction matching {@code p}, waiting up to {@code millis}. */
    Transaction await(Predicate<Transaction> p, long millis, String what) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            for (Transaction t : received) {
                if (p.test(t)) {
                    return t;
                }
            }
            Thread.sleep(200);
        }
        fail(what + " did not reach the loopback server within " + millis + " ms; got " + received.size()
                + " transaction(s)");
        return null;
    }

    @Override
    public void close() throws Exception {
        server.close();
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> session(s), "loopback-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (Exception e) {
                return;
            }
        }
    }

    private void session(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            write(out, "220 loopback.test ESMTP");
            String mail = null;
            List<String> rcpts = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    StringBuilder r = new StringBuilder("250-loopback.test");
                    for (String k : keywords) {
                        r.append("\r\n250-").append(k);
                    }
                    write(out, r.append("\r\n250 8BITMIME").toString());
                } else if (upper.startsWith("MAIL FROM:")) {
                    mail = line;
                    rcpts.clear();
                    write(out, "250 2.1.0 ok");
                } else if (upper.startsWith("RCPT TO:<DEFER-")) {
                    write(out, "451 4.2.0 try again later");
                } else if (upper.startsWith("RCPT TO:")) {
                    rcpts.add(line);
                    write(out, "250 2.1.5 ok");
                } else if (upper.equals("DATA")) {
                    if (rcpts.isEmpty()) {
                        write(out, "554 5.5.1 no valid recipients");
                        continue;
                    }
                    write(out, "354 go ahead");
                    ByteArrayOutputStream data = new ByteArrayOutputStream();
                    while ((line = in.readLine()) != null && !line.equals(".")) {
                        data.write((line.startsWith(".") ? line.substring(1) : line).getBytes(StandardCharsets.UTF_8));
                        data.write("\r\n".getBytes(StandardCharsets.US_ASCII));
                    }
                    received.add(new Transaction(mail, List.copyOf(rcpts), data.toString(StandardCharsets.UTF_8)));
                    write(out, "250 2.0.0 accepted");
                } else if (upper.equals("RSET") || upper.equals("NOOP")) {
                    write(out, "250 2.0.0 ok");
                } else if (upper.equals("QUIT")) {
                    write(out, "221 2.0.0 bye");
                    return;
                } else {
                    write(out, "502 5.5.2 not implemented");
                }
            }
        } catch (Exception e) {
            // the client went away
        }
    }

    private static void write(OutputStream out, String reply) throws Exception {
        out.write((reply + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
    }
}
