package dev.parley.mail.smtp.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The client against a scripted server on loopback: what it sends, and how replies map to recipients. */
class SmtpConnectionTest {

    private ServerSocket server;
    private final List<String> received = Collections.synchronizedList(new ArrayList<>());

    /** A server answering each command line with {@code answer}; the data lines are recorded. */
    private int serve(String ehlo, Function<String, String> answer) throws IOException {
        server = new ServerSocket(0);
        Thread t = new Thread(() -> {
            try (Socket s = server.accept()) {
                BufferedReader r = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
                OutputStream o = s.getOutputStream();
                o.write("220 test ESMTP\r\n".getBytes(StandardCharsets.US_ASCII));
                boolean data = false;
                String line;
                while ((line = r.readLine()) != null) {
                    received.add(line);
                    String reply;
                    if (data) {
                        if (!line.equals(".")) {
                            continue;
                        }
                        data = false;
                        reply = answer.apply(".");
                    } else if (line.startsWith("EHLO")) {
                        reply = ehlo;
                    } else {
                        reply = answer.apply(line);
                        data = line.equals("DATA") && reply.startsWith("354");
                    }
                    o.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
                    o.flush();
                    if (line.equals("QUIT")) {
                        return;
                    }
                }
            } catch (IOException ignored) {
                // test ends
            }
        });
        t.setDaemon(true);
        t.start();
        return server.getLocalPort();
    }

    @AfterEach
    void stop() throws IOException {
        server.close();
    }

    private static Function<String, String> standard() {
        return line -> {
            if (line.startsWith("RCPT TO:<bad")) {
                return "550 5.1.1 no such user";
            }
            if (line.startsWith("RCPT TO:<later")) {
                return "451 4.2.0 try later";
            }
            return switch (line.split("[ :]")[0]) {
                case "DATA" -> "354 go ahead";
                case "QUIT" -> "221 bye";
                case "." -> "250 2.0.0 queued";
                default -> "250 2.0.0 ok";
            };
        };
    }

    @Test
    void sendsPipelinedWithSizeAnd8bitAndMapsRepliesPerRecipient() throws Exception {
        int port = serve("250-test\r\n250-PIPELINING\r\n250-SIZE 100000\r\n250 8BITMIME", standard());
        byte[] msg = "Subject: x\r\n\r\n.dot line\nbare lf\r\nend".getBytes(StandardCharsets.UTF_8);
        List<SmtpReply> replies;
        try (SmtpConnection c = SmtpConnection.open("127.0.0.1", port, SmtpClientSettings.defaults("us.test"))) {
            replies = c.send(new Envelope("a@x.test", List.of(new Envelope.Rcpt("good@y.test", null, null),
                    new Envelope.Rcpt("bad@y.test", null, null), new Envelope.Rcpt("later@y.test", null, null)),
                    msg.length, true), new ByteArrayInputStream(msg));
            assertTrue(c.usable());
        }
        assertEquals(250, replies.get(0).code());
        assertEquals("250 2.0.0 queued", replies.get(0).text());
        assertTrue(replies.get(1).permanent());
        assertEquals(451, replies.get(2).code());
        assertTrue(received.contains("MAIL FROM:<a@x.test> SIZE=" + msg.length + " BODY=8BITMIME"), received.toString());
        assertTrue(received.contains("..dot line"), "dot-stuffed: " + received);
        assertTrue(received.contains("bare lf"));
        assertTrue(received.contains("end"));
        assertEquals("QUIT", received.get(received.size() - 1));
    }

    @Test
    void passesTheRfc3461ParametersOnOnlyWhenTheServerOffersDsn() throws Exception {
        Envelope env = new Envelope("a@x.test", List.of(new Envelope.Rcpt("good@y.test", "DELAY,SUCCESS",
                "rfc822;Good+Old=Name@y.test"), new Envelope.Rcpt("plain@y.test", null, null)), 0, false, "hdrs", "id 42+=");
        int port = serve("250-test\r\n250-PIPELINING\r\n250 DSN", standard());
        try (SmtpConnection c = SmtpConnection.open("127.0.0.1", port, SmtpClientSettings.defaults("us.test"))) {
            c.send(env, new ByteArrayInputStream("Subject: x\r\n\r\nx".getBytes(StandardCharsets.US_ASCII)));
        }
        // RFC 3461 §4.2-§4.4: ORCPT and ENVID as xtext, NOTIFY and RET as given
        assertTrue(received.contains("MAIL FROM:<a@x.test> RET=HDRS ENVID=id+2042+2B+3D"), received.toString());
        assertTrue(received.contains("RCPT TO:<good@y.test> NOTIFY=DELAY,SUCCESS ORCPT=rfc822;Good+2BOld+3DName@y.test"),
                received.toString());
        assertTrue(received.contains("RCPT TO:<plain@y.test>"), received.toString());
        server.close();
        received.clear();
        port = serve("250-test\r\n250 PIPELINING", standard());
        try (SmtpConnection c = SmtpConnection.open("127.0.0.1", port, SmtpClientSettings.defaults("us.test"))) {
            c.send(env, new ByteArrayInputStream("Subject: x\r\n\r\nx".getBytes(StandardCharsets.US_ASCII)));
        }
        assertTrue(received.contains("MAIL FROM:<a@x.test>"), "§4: no DSN parameters without DSN: " + received);
        assertTrue(received.contains("RCPT TO:<good@y.test>"), received.toString());
    }

    @Test
    void refusesLocallyWhatExceedsTheServersSize() throws Exception {
        int port = serve("250-test\r\n250 SIZE 10", standard());
        try (SmtpConnection c = SmtpConnection.open("127.0.0.1", port, SmtpClientSettings.defaults("us.test"))) {
            List<SmtpReply> r = c.send(new Envelope("", List.of(new Envelope.Rcpt("good@y.test", null, null)), 11, false),
                    new ByteArrayInputStream(new byte[11]));
            assertEquals(552, r.get(0).code());
        }
        assertFalse(received.stream().anyMatch(l -> l.startsWith("MAIL")));
    }

    @Test
    void withoutPipeliningStopsAtARefusedMail() throws Exception {
        int port = serve("250 test", line -> line.startsWith("MAIL") ? "550 5.7.1 go away"
                : line.equals("QUIT") ? "221 bye" : "250 ok");
        try (SmtpConnection c = SmtpConnection.open("127.0.0.1", port, SmtpClientSettings.defaults("us.test"))) {
            List<SmtpReply> r = c.send(new Envelope("", List.of(new Envelope.Rcpt("good@y.test", null, null)), 0, false),
                    new ByteArrayInputStream(new byte[0]));
            assertEquals("550 5.7.1 go away", r.get(0).text());
        }
        assertTrue(received.contains("MAIL FROM:<>"));
        assertFalse(received.stream().anyMatch(l -> l.startsWith("RCPT")));
    }

    @Test
    void authenticatesWithPlain() throws Exception {
        int port = serve("250-test\r\n250 AUTH LOGIN PLAIN", line -> line.startsWith("AUTH") ? "235 2.7.0 ok"
                : line.equals("QUIT") ? "221 bye" : "250 ok");
        var settings = new SmtpClientSettings("us.test", java.time.Duration.ofSeconds(5), java.time.Duration.ofSeconds(5),
                false, "u", "p");
        try (SmtpConnection c = SmtpConnection.open("127.0.0.1", port, settings)) {
            assertTrue(c.usable());
        }
        assertTrue(received.contains("AUTH PLAIN AHUAcA=="), received.toString());
    }

    @Test
    void aRefusedConnectionIsATemporaryFailure() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        server = new ServerSocket(0);
        int closed = port;
        SmtpException e = assertThrows(SmtpException.class,
                () -> SmtpConnection.open("127.0.0.1", closed, SmtpClientSettings.defaults("us.test")));
        assertEquals(421, e.reply().code());
        assertFalse(e.reply().permanent());
    }
}
