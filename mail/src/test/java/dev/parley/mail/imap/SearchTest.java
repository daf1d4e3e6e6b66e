package dev.parley.mail.imap;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 9051 §6.4.4 SEARCH, RFC 4731 ESEARCH, RFC 5182 SEARCHRES. */
class SearchTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();

    @BeforeEach
    void fiveMessages() {
        imap.deliver("INBOX", ImapHarness.message("Meeting tomorrow", "Let us meet at noon"));
        imap.deliver("INBOX", "From: Carol <carol@example.net>\r\nSubject: =?UTF-8?Q?Gr=C3=BC=C3=9Fe?=\r\n"
                + "Date: Tue, 8 Feb 1994 10:00:00 +0000\r\n\r\nHallo\r\n");
        imap.deliver("INBOX", ImapHarness.message("Invoice", "x".repeat(3000)));
        imap.deliver("INBOX", ImapHarness.message("Lunch", "noon again"));
        imap.deliver("INBOX", ImapHarness.message("Bye", "ciao"));
        imap.selected("INBOX");
        imap.send("s1 STORE 1,4 +FLAGS.SILENT (\\Seen)");
        imap.send("s2 STORE 3 +FLAGS.SILENT (\\Flagged $Work)");
    }

    @Test
    void rev1SearchResponse() {
        assertEquals("* SEARCH 2 3 5\r\na OK SEARCH completed\r\n", imap.send("a SEARCH UNSEEN"));
        assertEquals("* SEARCH 1 4\r\nb OK SEARCH completed\r\n", imap.send("b SEARCH BODY noon"));
        assertEquals("* SEARCH 2\r\nc OK SEARCH completed\r\n", imap.send("c SEARCH FROM carol"));
        assertEquals("* SEARCH 2\r\nd OK SEARCH completed\r\n", imap.send("d SEARCH SUBJECT \"grüße\""));
        assertEquals("* SEARCH 3\r\ne OK SEARCH completed\r\n", imap.send("e SEARCH KEYWORD $work LARGER 1000"));
        assertEquals("* SEARCH 1 2 4 5\r\nf OK SEARCH completed\r\n", imap.send("f SEARCH NOT FLAGGED"));
        assertEquals("* SEARCH 3 4\r\ng OK SEARCH completed\r\n", imap.send("g SEARCH OR FLAGGED SUBJECT lunch"));
        assertEquals("* SEARCH 2 3\r\nh OK SEARCH completed\r\n", imap.send("h SEARCH 2:3"));
        assertEquals("* SEARCH 5\r\ni OK UID SEARCH completed\r\n", imap.send("i UID SEARCH UID 5"));
        assertEquals("* SEARCH 2\r\nj OK SEARCH completed\r\n", imap.send("j SEARCH SENTON 8-Feb-1994"));
        assertEquals("* SEARCH\r\nk OK SEARCH completed\r\n", imap.send("k SEARCH HEADER X-Nothing \"\""));
        assertEquals("* SEARCH 1 2 3 4 5\r\nl OK SEARCH completed\r\n", imap.send("l SEARCH CHARSET UTF-8 ALL"));
    }

    @Test
    void objectIdKeysParseAndAMalformedIdIsBad() {
        // RFC 8474 §6; the memory back end has no object ids, so nothing matches
        assertEquals("* SEARCH\r\na OK SEARCH completed\r\n", imap.send("a SEARCH EMAILID M0123abc"));
        assertEquals("* SEARCH\r\nb OK SEARCH completed\r\n", imap.send("b SEARCH OR THREADID T1 EMAILID x_y-z"));
        assertTrue(imap.send("c SEARCH EMAILID bad!id").startsWith("c BAD"));
        assertTrue(imap.send("d SEARCH THREADID " + "x".repeat(256)).startsWith("d BAD"));
        // FETCH of the ids without a back end that has them: NIL (RFC 8474 §5.2 allows NIL for THREADID)
        assertEquals("* 1 FETCH (EMAILID NIL THREADID NIL)\r\ne OK FETCH completed\r\n", imap.send("e FETCH 1 (EMAILID THREADID)"));
    }

    @Test
    void esearchReturnOptions() {
        assertEquals("* ESEARCH (TAG \"a\") MIN 2 MAX 5 COUNT 3\r\na OK SEARCH completed\r\n",
                imap.send("a SEARCH RETURN (MIN MAX COUNT) UNSEEN"));
        assertEquals("* ESEARCH (TAG \"b\") UID ALL 2:3,5\r\nb OK UID SEARCH completed\r\n",
                imap.send("b UID SEARCH RETURN () UNSEEN"));
        assertEquals("* ESEARCH (TAG \"c\") COUNT 0\r\nc OK SEARCH completed\r\n",
                imap.send("c SEARCH RETURN (MIN COUNT) SUBJECT nothing-like-this"));
    }

    @Test
    void savedResultIsUsableAsDollar() {
        assertEquals("d OK SEARCH completed\r\n", imap.send("d SEARCH RETURN (SAVE) FLAGGED"));
        assertEquals("* 3 FETCH (UID 3)\r\ne OK FETCH completed\r\n", imap.send("e FETCH $ UID"));
        assertEquals("* SEARCH 3\r\nf OK SEARCH completed\r\n", imap.send("f SEARCH $"));
    }

    @Test
    void rev2AlwaysGetsEsearch() {
        ImapHarness rev2 = new ImapHarness(imap.backend).loggedIn();
        rev2.send("e ENABLE IMAP4rev2");
        rev2.selected("INBOX");
        assertEquals("* ESEARCH (TAG \"a\") ALL 1,4\r\na OK SEARCH completed\r\n", rev2.send("a SEARCH SEEN"));
        assertEquals("* ESEARCH (TAG \"b\") UID\r\nb OK UID SEARCH completed\r\n", rev2.send("b UID SEARCH DELETED"));
    }

    @Test
    void badCharsetAndBadSyntax() {
        assertEquals("a NO [BADCHARSET (UTF-8 US-ASCII)] Unsupported charset\r\n", imap.send("a SEARCH CHARSET KOI8-R ALL"));
        assertEquals("b BAD unknown search key BOGUS\r\n", imap.send("b SEARCH BOGUS"));
        assertEquals("c BAD bad date: 32-Feb-1994\r\n", imap.send("c SEARCH SINCE 32-Feb-1994"));
        assertTrue(imap.send("d SEARCH " + "NOT ".repeat(100) + "ALL").startsWith("d BAD search criteria nested too deeply"));
    }

    @Test
    void recentAndNewForRev1() {
        assertEquals("* SEARCH 2 3 5\r\na OK SEARCH completed\r\n", imap.send("a SEARCH NEW"));
        assertEquals("* SEARCH\r\nb OK SEARCH completed\r\n", imap.send("b SEARCH OLD"));
    }
}
