package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.SubjectTerm;
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
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Remote delivery (issue 4, ADR 0041): a local user submits mail for {@code remote-it.test}, which the
 * suite routes ({@code parley.mta.routes}, set by {@code bin/parley}) to 127.0.0.1:2626 — a small SMTP
 * server this test runs. It accepts {@code ok-*}, refuses {@code bad-*} with 550 5.1.1 and answers
 * {@code later-*} 451 on the first attempt and 250 after. Checked: the message arrives with its
 * envelope, the temporary failure is retried and delivered, and the permanent failure comes back as an
 * RFC 3464 report in the sender's INBOX (read over IMAP).
 */
class MtaRemoteIT {

    static final String DOMAIN = "remote-it.test";
    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PARLEY_IT_REMOTE_SMTP_PORT", "2626"));

    record Transaction(String from, List<String> rcpts, String data) {
    }

    private static ServerSocket server;
    private static final List<Transaction> RECEIVED = new CopyOnWriteArrayList<>();
    private static final Map<String, Integer> TRIES = new ConcurrentHashMap<>();
    private static ImapMailAccounts accounts;
    private static String sender;

    @BeforeAll
    static void start() throws Exception {
        server = new ServerSocket(PORT, 50, InetAddress.getLoopbackAddress());
        Thread t = new Thread(MtaRemoteIT::accept, "remote-smtp");
        t.setDaemon(true);
        t.start();
        accounts = new ImapMailAccounts();
        sender = accounts.create("remote-sender");
    }

    @AfterAll
    static void stop() throws Exception {
        if (server != null) {
            server.close();
        }
        if (accounts != null) {
            accounts.close();
        }
    }

    private static void accept() {
        while (!server.isClosed()) {
            try {
                Socket s = server.accept();
                Thread t = new Thread(() -> session(s), "remote-smtp-session");
                t.setDaemon(true);
                t.start();
            } catch (Exception e) {
                return;
            }
        }
    }

    /** A minimal RFC 5321 server: EHLO with PIPELINING and 8BITMIME, MAIL, RCPT, DATA, RSET, QUIT. */
    private static void session(Socket s) {
        try (s) {
            BufferedReader in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            OutputStream out = s.getOutputStream();
            write(out, "220 remote-it.test ESMTP");
            String from = null;
            List<String> rcpts = new ArrayList<>();
            String line;
            while ((line = in.readLine()) != null) {
                String upper = line.toUpperCase(java.util.Locale.ROOT);
                if (upper.startsWith("EHLO")) {
                    write(out, "250-remote-it.test\r\n250-PIPELINING\r\n250-8BITMIME\r\n250 SIZE 10000000");
                } else if (upper.startsWith("MAIL FROM:")) {
                    from = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    rcpts.clear();
                    write(out, "250 2.1.0 ok");
                } else if (upper.startsWith("RCPT TO:")) {
                    String rcpt = line.substring(line.indexOf('<') + 1, line.indexOf('>'));
                    int n = TRIES.merge(rcpt, 1, Integer::sum);
                    if (rcpt.startsWith("bad-")) {
                        write(out, "550 5.1.1 <" + rcpt + ">: no such user here");
                    } else if (rcpt.startsWith("later-") && n == 1) {
                        write(out, "451 4.3.0 try again later");
                    } else {
                        rcpts.add(rcpt);
                        write(out, "250 2.1.5 ok");
                    }
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
                    RECEIVED.add(new Transaction(from, List.copyOf(rcpts), data.toString(StandardCharsets.UTF_8)));
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

    private static void submit(String subject, String... rcpts) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", ImapMailAccounts.HOST);
        p.put("mail.smtp.port", String.valueOf(SmtpIT.SUBMISSION));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.starttls.enable", "true");
        p.put("mail.smtp.starttls.required", "true");
        p.put("mail.smtp.ssl.socketFactory", ImapMailAccounts.trustingSuiteCertificate());
        p.put("mail.smtp.auth", "true");
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(sender));
        m.setRecipients(Message.RecipientType.TO, String.join(",", rcpts));
        m.setSubject(subject);
        m.setText("Hello from MtaRemoteIT.\r\n.a line starting with a dot\r\n");
        m.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect(sender, accounts.password(sender));
            Address[] to = new Address[rcpts.length];
            for (int i = 0; i < rcpts.length; i++) {
                to[i] = new InternetAddress(rcpts[i]);
            }
            t.sendMessage(m, to);
        }
    }

    private static Transaction awaitReceived(String subject, String rcpt, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < deadline) {
            for (Transaction t : RECEIVED) {
                if (t.data().contains(subject) && t.rcpts().contains(rcpt)) {
                    return t;
                }
            }
            Thread.sleep(200);
        }
        fail(subject + " for <" + rcpt + "> did not reach the remote server within " + millis + " ms; got "
                + RECEIVED.size() + " transaction(s)");
        return null;
    }

    @Test
    void deliversToTheRoutedServerWithTheEnvelopeAndBody() throws Exception {
        String subject = "remote ok " + UUID.randomUUID();
        String rcpt = "ok-" + UUID.randomUUID().toString().substring(0, 8) + "@" + DOMAIN;
        submit(subject, rcpt);
        Transaction t = awaitReceived(subject, rcpt, 30_000);
        assertEquals(sender, t.from());
        assertTrue(t.data().contains("\r\n.a line starting with a dot\r\n"), t.data());
        assertTrue(t.data().contains("Received: "), "trace header added at submission: " + t.data());
    }

    @Test
    void aTemporaryFailureIsRetriedAndThenDelivered() throws Exception {
        String subject = "remote later " + UUID.randomUUID();
        String rcpt = "later-" + UUID.randomUUID().toString().substring(0, 8) + "@" + DOMAIN;
        submit(subject, rcpt);
        // the first retry is due 1 minute after the first attempt (parley.mta.retry-schedule), plus the poll
        awaitReceived(subject, rcpt, 120_000);
        assertEquals(2, TRIES.get(rcpt), "one refused attempt, one accepted");
    }

    @Test
    void aPermanentFailureComesBackAsADeliveryStatusNotification() throws Exception {
        String subject = "remote bad " + UUID.randomUUID();
        String bad = "bad-" + UUID.randomUUID().toString().substring(0, 8) + "@" + DOMAIN;
        submit(subject, bad);
        long deadline = System.currentTimeMillis() + 30_000;
        try (Store store = ImapMailAccounts.imap(sender, accounts.password(sender))) {
            while (true) {
                Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
                for (Message m : inbox.search(new SubjectTerm("Undelivered Mail Returned to Sender"))) {
                    String report = reportOf(m);
                    if (report != null && report.contains(bad)) {
                        assertTrue(m.isMimeType("multipart/report"), m.getContentType());
                        assertTrue(report.contains("Action: failed"), report);
                        assertTrue(report.contains("Status: 5.1.1"), report);
                        assertTrue(report.contains("Final-Recipient: rfc822; " + bad), report);
                        assertTrue(report.contains("Diagnostic-Code: smtp; 550 5.1.1"), report);
                        return;
                    }
                }
                inbox.close(false);
                if (System.currentTimeMillis() > deadline) {
                    fail("no delivery status notification for <" + bad + "> in " + sender + "'s INBOX within 30 s");
                }
                Thread.sleep(300);
            }
        }
    }

    @Test
    void aSuccessReportForARelayToAServerWithoutDsnSaysRelayed() throws Exception {
        // RFC 3461 §4.1 / RFC 3464 §2.3.3: this server does not offer DSN, so we report the relay ourselves
        String subject = "remote relayed " + UUID.randomUUID();
        String rcpt = "ok-" + UUID.randomUUID().toString().substring(0, 8) + "@" + DOMAIN;
        List<String> replies = RawSmtp.send(SmtpIT.SUBMISSION, sender, accounts.password(sender), "MAIL FROM:<" + sender + ">",
                List.of("RCPT TO:<" + rcpt + "> NOTIFY=SUCCESS"), "From: <" + sender + ">\r\nTo: <" + rcpt
                        + ">\r\nSubject: " + subject + "\r\n\r\nrelay me\r\n");
        assertTrue(replies.stream().allMatch(r -> r.startsWith("250")), replies.toString());
        Transaction t = awaitReceived(subject, rcpt, 30_000);
        assertTrue(t.rcpts().contains(rcpt));
        long deadline = System.currentTimeMillis() + 30_000;
        try (Store store = ImapMailAccounts.imap(sender, accounts.password(sender))) {
            while (true) {
                Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
                for (Message m : inbox.search(new SubjectTerm("Successful Mail Delivery Report"))) {
                    String report = reportOf(m);
                    if (report != null && report.contains(rcpt)) {
                        assertTrue(report.contains("Action: relayed"), report);
                        assertTrue(report.contains("Status: 2."), report);
                        return;
                    }
                }
                inbox.close(false);
                if (System.currentTimeMillis() > deadline) {
                    fail("no relayed report for <" + rcpt + "> in " + sender + "'s INBOX within 30 s");
                }
                Thread.sleep(300);
            }
        }
    }

    /** The message/delivery-status part's text, or null. */
    private static String reportOf(Message m) throws Exception {
        if (!(m.getContent() instanceof MimeMultipart mp)) {
            return null;
        }
        for (int i = 0; i < mp.getCount(); i++) {
            if (mp.getBodyPart(i).isMimeType("message/delivery-status")) {
                ByteArrayOutputStream b = new ByteArrayOutputStream();
                mp.getBodyPart(i).getInputStream().transferTo(b);
                return b.toString(StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
