package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.SubjectTerm;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 3461 through the MTA (issue 4): a user submits with NOTIFY=SUCCESS,DELAY, ORCPT, RET and ENVID. To a
 * next hop that offers DSN ({@link LoopbackSmtpServer} on 127.0.0.1:2627, the test route of
 * {@code relay-it.test}) the parameters are passed on (§4) and we send no success report ourselves; to a
 * local recipient the success report (RFC 3464, {@code Action: delivered}, with the ENVID and ORCPT) comes
 * back to the sender's INBOX.
 */
class DsnIT {

    private static LoopbackSmtpServer hop;
    private static ImapMailAccounts accounts;
    private static String sender;
    private static String local;

    @BeforeAll
    static void start() throws Exception {
        hop = LoopbackSmtpServer.relay();
        accounts = new ImapMailAccounts();
        sender = accounts.create("dsn-sender");
        local = accounts.create("dsn-rcpt");
    }

    @AfterAll
    static void stop() throws Exception {
        if (accounts != null) {
            accounts.close();
        }
    }

    private static void submit(String envId, String rcpt, String orcpt, String subject) throws Exception {
        List<String> replies = RawSmtp.send(SmtpIT.SUBMISSION, sender, accounts.password(sender),
                "MAIL FROM:<" + sender + "> RET=HDRS ENVID=" + envId,
                List.of("RCPT TO:<" + rcpt + "> NOTIFY=SUCCESS,DELAY" + (orcpt == null ? "" : " ORCPT=rfc822;" + orcpt)),
                VacationIT.message(sender, rcpt, subject, "<" + envId + "@it.test>", ""));
        assertTrue(replies.stream().allMatch(r -> r.startsWith("250")), replies.toString());
    }

    /** The delivery-status part of the first report in the sender's INBOX naming {@code rcpt}; null after {@code millis}. */
    private static String report(String rcpt, long millis) throws Exception {
        return report("Mail Delivery Report", rcpt, millis);
    }

    private static String report(String subject, String rcpt, long millis) throws Exception {
        long deadline = System.currentTimeMillis() + millis;
        try (Store store = ImapMailAccounts.imap(sender, accounts.password(sender))) {
            while (true) {
                Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
                for (Message m : inbox.search(new SubjectTerm(subject))) {
                    String status = statusOf(m);
                    if (status != null && status.contains(rcpt)) {
                        return status;
                    }
                }
                inbox.close(false);
                if (System.currentTimeMillis() > deadline) {
                    return null;
                }
                Thread.sleep(300);
            }
        }
    }

    private static String statusOf(Message m) throws Exception {
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

    @Test
    void parametersGoToADsnCapableHopAndLocalSuccessIsReported() throws Exception {
        String t = VacationIT.tag();
        String remote = "ok-" + t + "@" + VacationIT.DOMAIN;
        submit("it-env-" + t, remote, "Ok-" + t + "@" + VacationIT.DOMAIN, "dsn remote " + t);
        LoopbackSmtpServer.Transaction x = hop.await(tr -> tr.to(remote), 30_000, "the message to " + remote);
        // RFC 3461 §4.3, §4.4 on MAIL; §4.1, §4.2 on RCPT
        assertTrue(x.mail().contains(" RET=HDRS"), x.mail());
        assertTrue(x.mail().contains(" ENVID=it-env-" + t), x.mail());
        String rcpt = x.rcpts().get(0);
        assertTrue(rcpt.contains(" NOTIFY=DELAY,SUCCESS"), rcpt);
        assertTrue(rcpt.contains(" ORCPT=rfc822;Ok-" + t + "@" + VacationIT.DOMAIN), rcpt);

        submit("it-local-" + t, local, local, "dsn local " + t);
        String status = report(local, 30_000);
        if (status == null) {
            fail("no success report for <" + local + "> in the sender's INBOX within 30 s");
        }
        assertTrue(status.contains("Action: delivered"), status);
        assertTrue(status.contains("Status: 2."), status);
        assertTrue(status.contains("Original-Envelope-Id: it-local-" + t), status);
        assertTrue(status.contains("Original-Recipient: rfc822;" + local) || status.contains("Original-Recipient: rfc822; " + local),
                status);
        // the remote one was sent before the local one: its report, had there been one, would be there by now
        assertNull(report(remote, 2_000), "RFC 3461 §4.1: the DSN-capable next hop reports success, not us");
        assertEquals(1, inbox(local, "dsn local " + t), "delivered once");
    }

    /**
     * A recipient the next hop keeps deferring: once the message is older than the first delay warning
     * ({@code parley.mta.delay-warnings}, 20 s in the it configuration of {@code bin/parley test}), the
     * next attempt — made at once through the queue admin's retry — reports the delay (RFC 3464
     * {@code Action: delayed}, 4.x.x). The message is deleted from the queue afterwards.
     */
    @Test
    void aRecipientStillDeferredAfterTheFirstWarningAgeIsReportedDelayed() throws Exception {
        String t = VacationIT.tag();
        String deferred = "defer-" + t + "@" + VacationIT.DOMAIN;
        submit("it-delay-" + t, deferred, null, "dsn delay " + t);
        String admin = Http.token("parley-admin", Suite.adminPassword());
        String id = null;
        long deadline = System.currentTimeMillis() + 30_000;
        while (id == null && System.currentTimeMillis() < deadline) {
            for (jakarta.json.JsonObject m : Http.get(admin, "/api/queue?domain=" + VacationIT.DOMAIN).jsonArray()
                    .getValuesAs(jakarta.json.JsonObject.class)) {
                jakarta.json.JsonObject r = m.getJsonArray("recipients").getJsonObject(0);
                if (r.getString("address").equals(deferred) && "deferred".equals(r.getString("state"))) {
                    id = m.getString("queueId");
                }
            }
            Thread.sleep(300);
        }
        assertTrue(id != null, "no deferred queue entry for " + deferred);
        try {
            assertNull(report("Delayed Mail", deferred, 0), "no warning before the first warning age");
            Thread.sleep(21_000);
            assertEquals(200, Http.postRaw(admin, "/api/queue/" + id + "/retry", "").status());
            String status = report("Delayed Mail", deferred, 30_000);
            if (status == null) {
                fail("no delay report for <" + deferred + "> within 30 s of the retry (is parley.mta.delay-warnings"
                        + " 20s,… as bin/parley test sets it?)");
            }
            assertTrue(status.contains("Action: delayed"), status);
            assertTrue(status.contains("Status: 4."), status);
            assertTrue(status.contains("Original-Envelope-Id: it-delay-" + t), status);
            assertTrue(status.contains("Will-Retry-Until: "), status);
        } finally {
            Http.delete(admin, "/api/queue/" + id);
        }
    }

    private static int inbox(String user, String subject) throws Exception {
        try (Store store = ImapMailAccounts.imap(user, accounts.password(user))) {
            Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
            return inbox.search(new SubjectTerm(subject)).length;
        }
    }
}
