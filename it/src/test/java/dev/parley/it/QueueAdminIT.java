package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.JsonObject;
import jakarta.mail.Message;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Queue administration over REST (issue 4): a message accepted for a local account that is over its quota
 * at delivery stays in the queue (deferred, {@code 452 4.2.2}, retried on the schedule); it is listed by
 * recipient domain and state, held (and stays held), released, bounced and deleted through
 * {@code /api/queue}, and a user who is not an admin is refused.
 */
class QueueAdminIT {

    private static ImapMailAccounts accounts;
    private static String admin;
    private static String sender;

    @BeforeAll
    static void setUp() {
        accounts = new ImapMailAccounts();
        admin = Http.token("parley-admin", Suite.adminPassword());
        sender = accounts.create("queuer");
    }

    @AfterAll
    static void cleanUp() {
        if (accounts != null) {
            accounts.close();
        }
    }

    /** Over MX (2525): 4 KB for a recipient whose quota (1,000 octets) is not yet used up at RCPT time. */
    private static void send(String to) throws Exception {
        Properties p = new Properties();
        p.put("mail.smtp.host", ImapMailAccounts.HOST);
        p.put("mail.smtp.port", String.valueOf(SmtpIT.SMTP));
        p.put("mail.smtp.connectiontimeout", "10000");
        p.put("mail.smtp.timeout", "20000");
        p.put("mail.smtp.localhost", "it.client.test");
        Session session = Session.getInstance(p);
        MimeMessage m = new MimeMessage(session);
        m.setFrom(new InternetAddress("someone@outside.example"));
        m.setRecipients(Message.RecipientType.TO, to);
        m.setSubject("queued " + UUID.randomUUID());
        m.setText("x".repeat(76) .concat("\r\n").repeat(50));
        m.saveChanges();
        try (Transport t = session.getTransport("smtp")) {
            t.connect();
            t.sendMessage(m, new InternetAddress[] {new InternetAddress(to)});
        }
    }

    /** The queued message for this recipient, once its first delivery attempt is over (not 'delivering'). */
    private static JsonObject settled(String to) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            Http.Response r = Http.get(admin, "/api/queue?domain=" + accounts.domain);
            assertEquals(200, r.status(), r::toString);
            List<JsonObject> found = r.jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(m -> m.getJsonArray("recipients").getJsonObject(0).getString("address").equals(to)).toList();
            if (found.size() == 1 && !"delivering".equals(state(found.get(0)))) {
                return found.get(0);
            }
            Thread.sleep(200);
        }
        fail("no settled queue entry for " + to);
        return null;
    }

    private static String state(JsonObject message) {
        return message.getJsonArray("recipients").getJsonObject(0).getString("state");
    }

    @Test
    void holdReleaseAndDeleteAMessageThatCannotBeDelivered() throws Exception {
        String to = accounts.create("full", 1000L);
        send(to);
        JsonObject queued = settled(to);
        String id = queued.getString("queueId");
        assertEquals("someone@outside.example", queued.getString("envelopeFrom"));
        assertEquals("deferred", state(queued), queued::toString);
        assertTrue(queued.getJsonArray("recipients").getJsonObject(0).getString("lastReply").startsWith("452 4.2.2"),
                queued::toString);

        Http.Response held = Http.postRaw(admin, "/api/queue/" + id + "/hold", "");
        assertEquals(200, held.status(), held::toString);
        assertEquals("held", state(held.json()));
        Http.Response retried = Http.postRaw(admin, "/api/queue/" + id + "/retry", "");
        assertEquals("held", state(retried.json()), "retry leaves held recipients alone");
        Thread.sleep(1500);
        assertEquals("held", state(Http.get(admin, "/api/queue/" + id).json()), "a held message stays held");
        Http.Response listed = Http.get(admin, "/api/queue?state=held&domain=" + accounts.domain);
        assertEquals(1, listed.jsonArray().size(), listed::toString);

        Http.Response released = Http.postRaw(admin, "/api/queue/" + id + "/release", "");
        assertEquals(200, released.status(), released::toString);
        assertTrue(List.of("queued", "delivering", "deferred").contains(state(released.json())), released::toString);
        // released recipients are due at once: tried again (still over quota) within seconds
        long deadline = System.currentTimeMillis() + 20_000;
        JsonObject again = Http.get(admin, "/api/queue/" + id).json();
        while (again.getJsonArray("recipients").getJsonObject(0).getInt("attempts") < 2
                && System.currentTimeMillis() < deadline) {
            Thread.sleep(200);
            again = Http.get(admin, "/api/queue/" + id).json();
        }
        assertEquals(2, again.getJsonArray("recipients").getJsonObject(0).getInt("attempts"), again::toString);

        assertEquals(204, Http.delete(admin, "/api/queue/" + id).status());
        Http.Response gone = Http.get(admin, "/api/queue/" + id);
        assertEquals(404, gone.status(), gone::toString);
        assertTrue(gone.header("Content-Type").startsWith("application/problem+json"), gone::toString);
        assertEquals(404, Http.delete(admin, "/api/queue/" + id).status());
    }

    @Test
    void bounceFailsTheUndeliveredRecipients() throws Exception {
        String to = accounts.create("fuller", 1000L);
        send(to);
        String id = settled(to).getString("queueId");
        Http.Response bounced = Http.postRaw(admin, "/api/queue/" + id + "/bounce", "");
        assertEquals(200, bounced.status(), bounced::toString);
        JsonObject rcpt = bounced.json().getJsonArray("recipients").getJsonObject(0);
        assertEquals("failed", rcpt.getString("state"));
        assertTrue(rcpt.getString("lastReply").startsWith("554 5.0.0"), rcpt::toString);
        Http.delete(admin, "/api/queue/" + id);
    }

    @Test
    void onlyAdminsMayUseTheQueue() {
        String user = Http.token(sender, accounts.password(sender));
        Http.Response refused = Http.get(user, "/api/queue");
        assertEquals(403, refused.status(), refused::toString);
        Http.Response badState = Http.get(admin, "/api/queue?state=lost");
        assertEquals(400, badState.status(), badState::toString);
    }
}
