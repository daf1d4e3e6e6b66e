package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.mail.Address;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.search.SubjectTerm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Mail in through the running suite: submission (2587, STARTTLS + AUTH), MX (2525) and LMTP (2424),
 * queued durably and delivered into the store, checked over IMAP. Fresh accounts, aliases and groups of
 * a domain of its own, removed at the end.
 */
class SmtpIT {

    static final int SMTP = 2525;
    static final int SUBMISSION = 2587;
    static final int LMTP = 2424;

    private static ImapMailAccounts accounts;
    private static String admin;
    private static String alice;
    private static String bob;
    private static String carol;
    private static String domain;

    @BeforeAll
    static void setUp() {
        accounts = new ImapMailAccounts();
        domain = accounts.domain;
        admin = Http.token("parley-admin", Suite.adminPassword());
        alice = accounts.create("alice");
        bob = accounts.create("bob");
        carol = accounts.create("carol");
        post("/aliases", Json.createObjectBuilder().add("address", "info@" + domain).add("target", carol).build());
        post("/groups", Json.createObjectBuilder().add("localPart", "team").add("postingPolicy", "anyone")
                .add("members", Json.createArrayBuilder().add(bob).add(carol)).build());
        post("/groups", Json.createObjectBuilder().add("localPart", "staff").add("postingPolicy", "members")
                .add("members", Json.createArrayBuilder().add(bob)).build());
    }

    private static void post(String path, jakarta.json.JsonObject body) {
        Http.Response r = Http.post(admin, "/api/domains/" + domain + path, body);
        assertEquals(201, r.status(), r::toString);
    }

    @AfterAll
    static void cleanUp() {
        if (accounts == null) {
            return;
        }
        String token = Http.token("parley-admin", Suite.adminPassword());
        Http.delete(token, "/api/domains/" + domain + "/aliases/info@" + domain);
        Http.delete(token, "/api/domains/" + domain + "/groups/team");
        Http.delete(token, "/api/domains/" + domain + "/groups/staff");
        accounts.close();
    }

    private static Session session(int port, boolean auth) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", ImapMailAccounts.HOST);
        p.put("mail.smtp.port", String.valueOf(port));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.localhost", "it.client.test");
        if (port == SUBMISSION) {
            p.put("mail.smtp.starttls.enable", "true");
            p.put("mail.smtp.starttls.required", "true");
            p.put("mail.smtp.ssl.socketFactory", ImapMailAccounts.trustingSuiteCertificate());
        }
        p.put("mail.smtp.auth", String.valueOf(auth));
        return Session.getInstance(p);
    }

    private static MimeMessage message(Session session, String from, String to, String subject) throws MessagingException {
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject(subject);
        m.setText("Hello from SmtpIT.\r\n");
        m.saveChanges();
        return m;
    }

    private static void send(Session session, MimeMessage m, String user, String... rcpts) throws Exception {
        try (Transport t = session.getTransport("smtp")) {
            if (user != null) {
                t.connect(user, accounts.password(user));
            } else {
                t.connect();
            }
            Address[] to = new Address[rcpts.length];
            for (int i = 0; i < rcpts.length; i++) {
                to[i] = new InternetAddress(rcpts[i]);
            }
            t.sendMessage(m, to);
        }
    }

    /** Waits until the account's INBOX holds a message with this subject (delivery is asynchronous). */
    private static void awaitInInbox(String address, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        try (Store store = ImapMailAccounts.imap(address, accounts.password(address))) {
            while (true) {
                Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
                int found = inbox.search(new SubjectTerm(subject)).length;
                inbox.close(false);
                if (found > 0) {
                    return;
                }
                if (System.currentTimeMillis() > deadline) {
                    fail(subject + " did not reach " + address + " within 10 s");
                }
                Thread.sleep(100);
            }
        }
    }

    private static String subject(String what) {
        return what + " " + UUID.randomUUID();
    }

    @Test
    void submissionWithStartTlsAndAuthReachesTheRecipientsInbox() throws Exception {
        Session s = session(SUBMISSION, true);
        String subject = subject("submitted");
        send(s, message(s, alice, bob, subject), alice, bob);
        awaitInInbox(bob, subject);
    }

    @Test
    void submissionWithoutAuthIsRefused() throws Exception {
        Session s = session(SUBMISSION, false);
        SMTPSendFailedException e = assertThrows(SMTPSendFailedException.class,
                () -> send(s, message(s, alice, bob, subject("no auth")), null, bob));
        assertEquals(530, e.getReturnCode(), e.getMessage());
    }

    @Test
    void submissionAsSomeoneElseIsRefused() throws Exception {
        Session s = session(SUBMISSION, true);
        MimeMessage m = message(s, carol, bob, subject("forged"));
        SMTPSendFailedException e = assertThrows(SMTPSendFailedException.class, () -> send(s, m, alice, bob));
        assertTrue(e.getMessage().contains("5.7.1"), e.getMessage());
    }

    @Test
    void mxDeliversToAnAliasAndToAGroupsMembers() throws Exception {
        Session s = session(SMTP, false);
        String toAlias = subject("alias");
        send(s, message(s, "someone@outside.example", "info@" + domain, toAlias), null, "info@" + domain);
        String toGroup = subject("group");
        send(s, message(s, "someone@outside.example", "team@" + domain, toGroup), null, "team@" + domain);
        awaitInInbox(carol, toAlias);
        awaitInInbox(bob, toGroup);
        awaitInInbox(carol, toGroup);
    }

    @Test
    void unknownRecipientIsRejectedWith550_5_1_1() throws Exception {
        Session s = session(SMTP, false);
        SMTPAddressFailedException e = addressFailure(() -> send(s, message(s, "someone@outside.example",
                "nobody@" + domain, subject("unknown")), null, "nobody@" + domain));
        assertEquals(550, e.getReturnCode());
        assertTrue(e.getMessage().contains("5.1.1"), e.getMessage());
    }

    @Test
    void openRelayIsRefusedWith554_5_7_1() throws Exception {
        Session s = session(SMTP, false);
        SMTPAddressFailedException e = addressFailure(() -> send(s, message(s, "someone@outside.example",
                "victim@elsewhere.example", subject("relay")), null, "victim@elsewhere.example"));
        assertEquals(554, e.getReturnCode());
        assertTrue(e.getMessage().contains("5.7.1"), e.getMessage());
    }

    private interface Sending {
        void run() throws Exception;
    }

    private static SMTPAddressFailedException addressFailure(Sending sending) throws Exception {
        SendFailedException e = assertThrows(SendFailedException.class, sending::run);
        for (Exception next = e; next != null; next = next instanceof MessagingException me ? me.getNextException() : null) {
            if (next instanceof SMTPAddressFailedException a) {
                return a;
            }
        }
        throw new AssertionError("no SMTPAddressFailedException in " + e, e);
    }

    @Test
    void lmtpAnswersPerRecipientAfterTheData() throws Exception {
        String subject = subject("lmtp");
        try (Socket socket = new Socket(ImapMailAccounts.HOST, LMTP)) {
            socket.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            assertTrue(reply(in).get(0).startsWith("220"));
            assertTrue(command(out, in, "LHLO it.client.test").get(0).startsWith("250"));
            assertEquals("250 2.1.0 sender OK", command(out, in, "MAIL FROM:<outsider@outside.example>").get(0));
            assertTrue(command(out, in, "RCPT TO:<" + bob + ">").get(0).startsWith("250 2.1.5"));
            assertTrue(command(out, in, "RCPT TO:<nobody@" + domain + ">").get(0).startsWith("550 5.1.1"));
            // staff accepts members only: refused after the data, for that recipient alone
            assertTrue(command(out, in, "RCPT TO:<staff@" + domain + ">").get(0).startsWith("250 2.1.5"));
            assertTrue(command(out, in, "RCPT TO:<" + carol + ">").get(0).startsWith("250 2.1.5"));
            assertTrue(command(out, in, "DATA").get(0).startsWith("354"));
            out.write(("Subject: " + subject + "\r\nFrom: outsider@outside.example\r\n\r\nvia LMTP\r\n.\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String first = reply(in).get(0);
            String second = reply(in).get(0);
            String third = reply(in).get(0);
            assertTrue(first.startsWith("250 2.1.5") && first.contains(bob), first);
            assertTrue(second.startsWith("550 5.7.1"), second);
            assertTrue(third.startsWith("250 2.1.5") && third.contains(carol), third);
            command(out, in, "QUIT");
        }
        // LMTP replies after delivery: already visible
        awaitInInbox(bob, subject);
        awaitInInbox(carol, subject);
    }

    private static List<String> command(OutputStream out, BufferedReader in, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply(in);
    }

    private static List<String> reply(BufferedReader in) throws Exception {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new AssertionError("connection closed after " + lines);
            }
            lines.add(line);
            if (line.length() < 4 || line.charAt(3) == ' ') {
                return lines;
            }
        }
    }
}
