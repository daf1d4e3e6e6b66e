package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Folder;
import jakarta.mail.Store;
import jakarta.mail.search.SubjectTerm;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sieve replies and forwards leave through the queue (issue 4): a vacation (RFC 5230) answers each external
 * sender once per period, from {@code <>}, and not a list; {@code redirect} (RFC 5228 §4.2, {@code :copy}
 * RFC 3894) reaches a local target and a remote one, and two users redirecting to each other get one
 * copy each (loop control). External senders are in {@code relay-it.test}, which the test run routes to
 * the shared {@link LoopbackSmtpServer#relay()} on 127.0.0.1:2627 ({@code bin/parley test}, docs/mta.md).
 */
class VacationIT {

    static final String DOMAIN = "relay-it.test";

    private static LoopbackSmtpServer hop;
    private static ImapMailAccounts accounts;
    private static String away;

    @BeforeAll
    static void start() throws Exception {
        hop = LoopbackSmtpServer.relay();
        accounts = new ImapMailAccounts();
        away = accounts.create("vacation");
        ManageSieveUpload.upload(away, accounts.password(away), """
                require "vacation";
                vacation :days 1 :subject "Away until Monday" :handle "it" "I am away until Monday.";
                """.replace("\n", "\r\n"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (accounts != null) {
            accounts.close();
        }
    }

    static String tag() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    static String message(String from, String to, String subject, String messageId, String extraHeaders) {
        return "From: <" + from + ">\r\nTo: <" + to + ">\r\nSubject: " + subject + "\r\nMessage-ID: " + messageId
                + "\r\nDate: Wed, 25 Nov 2026 06:00:00 +0000\r\n" + extraHeaders + "\r\nHello.\r\n";
    }

    /** In over MX (2525) as another server would send it. */
    static void mx(String from, String to, String message) throws Exception {
        List<String> replies = RawSmtp.send(SmtpIT.SMTP, null, null, "MAIL FROM:<" + from + ">",
                List.of("RCPT TO:<" + to + ">"), message);
        assertTrue(replies.stream().allMatch(r -> r.startsWith("250")), replies.toString());
    }

    /** How many messages with {@code subject} {@code user}'s INBOX holds once at least {@code atLeast} arrived (20 s). */
    static int inbox(String user, String subject, int atLeast) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        try (Store store = ImapMailAccounts.imap(user, accounts.password(user))) {
            while (true) {
                Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
                int n = inbox.search(new SubjectTerm(subject)).length;
                inbox.close(false);
                if (n >= atLeast || System.currentTimeMillis() > deadline) {
                    return n;
                }
                Thread.sleep(200);
            }
        }
    }

    @Test
    void aVacationReplyGoesOncePerSenderFromTheNullSenderAndNotToLists() throws Exception {
        String t = tag();
        String ext1 = "ext1-" + t + "@" + DOMAIN;
        String ext2 = "ext2-" + t + "@" + DOMAIN;
        String list = "list-" + t + "@" + DOMAIN;
        String id1 = "<" + t + ".1@" + DOMAIN + ">";
        mx(ext1, away, message(ext1, away, "first " + t, id1, ""));
        assertEquals(1, inbox(away, "first " + t, 1));
        mx(ext1, away, message(ext1, away, "second " + t, "<" + t + ".2@" + DOMAIN + ">", ""));
        assertEquals(1, inbox(away, "second " + t, 1));
        // RFC 5230 §4.5: no reply to list mail
        mx(list, away, message(list, away, "list " + t, "<" + t + ".3@" + DOMAIN + ">", "List-Id: <it.relay-it.test>\r\n"));
        assertEquals(1, inbox(away, "list " + t, 1));
        mx(ext2, away, message(ext2, away, "third " + t, "<" + t + ".4@" + DOMAIN + ">", ""));
        assertEquals(1, inbox(away, "third " + t, 1));

        LoopbackSmtpServer.Transaction r1 = hop.await(x -> x.to(ext1), 30_000, "the vacation reply to " + ext1);
        hop.await(x -> x.to(ext2), 30_000, "the vacation reply to " + ext2);
        assertEquals("", r1.from(), "RFC 5230 §5.1: MAIL FROM:<>");
        assertTrue(r1.data().contains("Auto-Submitted: auto-replied\r\n"), r1.data());
        assertTrue(r1.data().contains("In-Reply-To: " + id1 + "\r\n"), r1.data());
        assertTrue(r1.data().contains("Subject: Away until Monday\r\n"), r1.data());
        assertTrue(r1.data().contains("From: " + away + "\r\n"), r1.data());
        assertTrue(r1.data().contains("\r\n\r\nI am away until Monday.\r\n"), r1.data());
        Thread.sleep(3_000); // a second reply to ext1 would have been queued before ext2's
        assertEquals(1, hop.matching(x -> x.to(ext1)).size(), "one reply per sender and period: " + hop.received());
        assertEquals(0, hop.matching(x -> x.to(list)).size(), "no reply to a list");
    }

    @Test
    void redirectReachesLocalAndRemoteTargetsAndALoopEndsWithOneCopyEach() throws Exception {
        String t = tag();
        String target = accounts.create("redirect-target");
        String forwarder = accounts.create("redirect-source");
        String remote = "fwd-" + t + "@" + DOMAIN;
        ManageSieveUpload.upload(forwarder, accounts.password(forwarder), ("require \"copy\";\n"
                + "redirect :copy \"" + target + "\";\nredirect \"" + remote + "\";\n").replace("\n", "\r\n"));
        String sender = "sender-" + t + "@" + DOMAIN;
        mx(sender, forwarder, message(sender, forwarder, "forward " + t, "<" + t + ".f@" + DOMAIN + ">", ""));
        assertEquals(1, inbox(target, "forward " + t, 1), "redirect :copy to a local target");
        LoopbackSmtpServer.Transaction out = hop.await(x -> x.to(remote), 30_000, "the redirect to " + remote);
        assertEquals(sender, out.from(), "the redirect keeps the original envelope sender");
        assertTrue(out.data().contains("Subject: forward " + t), out.data());
        assertEquals(0, inbox(forwarder, "forward " + t, 0), "redirect without :copy cancels the implicit keep");

        String a = accounts.create("loop-a");
        String b = accounts.create("loop-b");
        ManageSieveUpload.upload(a, accounts.password(a), "require \"copy\";\r\nredirect :copy \"" + b + "\";\r\n");
        ManageSieveUpload.upload(b, accounts.password(b), "require \"copy\";\r\nredirect :copy \"" + a + "\";\r\n");
        mx(sender, a, message(sender, a, "loop " + t, "<" + t + ".l@" + DOMAIN + ">", ""));
        if (inbox(a, "loop " + t, 1) < 1 || inbox(b, "loop " + t, 1) < 1) {
            fail("the looping message did not reach both users");
        }
        Thread.sleep(3_000);
        assertEquals(1, inbox(a, "loop " + t, 0), "RFC 5228 §4.2 loop control: one copy for a");
        assertEquals(1, inbox(b, "loop " + t, 0), "one copy for b");
    }
}
