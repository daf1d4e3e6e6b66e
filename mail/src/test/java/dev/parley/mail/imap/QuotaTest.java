package dev.parley.mail.imap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 9208 QUOTA. */
class QuotaTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();

    @Test
    void noQuotaMeansNoRoot() {
        assertEquals("* QUOTAROOT INBOX\r\na OK GETQUOTAROOT completed\r\n", imap.send("a GETQUOTAROOT INBOX"));
        assertEquals("b NO [NONEXISTENT] No such quota root\r\n", imap.send("b GETQUOTA \"\""));
    }

    @Test
    void quotaRootAndUsage() {
        imap.alice().quotaLimits(10 * 1024, 2);
        imap.deliver("INBOX", "Subject: x\r\n\r\n" + "y".repeat(2000));
        assertEquals("* QUOTAROOT INBOX \"\"\r\n* QUOTA \"\" (STORAGE 2 10 MESSAGE 1 2)\r\na OK GETQUOTAROOT completed\r\n",
                imap.send("a GETQUOTAROOT INBOX"));
        assertEquals("* QUOTA \"\" (STORAGE 2 10 MESSAGE 1 2)\r\nb OK GETQUOTA completed\r\n", imap.send("b GETQUOTA \"\""));
        assertEquals("c NO [NOPERM] Quotas are set by the administrator\r\n", imap.send("c SETQUOTA \"\" (STORAGE 512)"));
    }

    @Test
    void appendOverQuotaIsRefused() {
        imap.alice().quotaLimits(-1, 1);
        imap.deliver("INBOX", "Subject: x\r\n\r\nfirst");
        imap.write("a APPEND INBOX {3+}\r\nabc\r\n");
        assertEquals("a NO [OVERQUOTA] Quota exceeded\r\n", imap.read());
    }
}
