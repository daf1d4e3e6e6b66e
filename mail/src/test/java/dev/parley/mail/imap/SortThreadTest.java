package dev.parley.mail.imap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** RFC 5256 SORT and THREAD. */
class SortThreadTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();

    private void deliver(String from, String subject, String date, String id, String references) {
        imap.deliver("INBOX", "From: " + from + "\r\nSubject: " + subject + "\r\nDate: " + date + "\r\nMessage-ID: " + id
                + (references == null ? "" : "\r\nReferences: " + references) + "\r\n\r\nbody\r\n");
    }

    private void mailbox() {
        deliver("zed@example.org", "Plans", "Mon, 7 Feb 1994 10:00:00 +0000", "<1@x>", null);
        deliver("amy@example.org", "Re: Plans", "Mon, 7 Feb 1994 12:00:00 +0000", "<2@x>", "<1@x>");
        deliver("Bob <bob@example.org>", "Lunch", "Sun, 6 Feb 1994 09:00:00 +0000", "<3@x>", null);
        deliver("carl@example.org", "Re: Re: Plans", "Mon, 7 Feb 1994 11:00:00 +0000", "<4@x>", "<1@x> <2@x>");
        deliver("amy@example.org", "Re: Plans", "Tue, 8 Feb 1994 08:00:00 +0000", "<5@x>", "<1@x>");
        imap.selected("INBOX");
    }

    @Test
    void sortByCriteria() {
        mailbox();
        assertEquals("* SORT 3 1 4 2 5\r\na OK SORT completed\r\n", imap.send("a SORT (DATE) UTF-8 ALL"));
        assertEquals("* SORT 5 2 4 1 3\r\nb OK SORT completed\r\n", imap.send("b SORT (REVERSE DATE) UTF-8 ALL"));
        assertEquals("* SORT 2 5 3 4 1\r\nc OK SORT completed\r\n", imap.send("c SORT (FROM) UTF-8 ALL"));
        assertEquals("* SORT 3 1 2 4 5\r\nd OK SORT completed\r\n", imap.send("d SORT (SUBJECT) UTF-8 ALL"));
        // same arrival second: ties go by sequence number, not reversed (RFC 5256 §3)
        assertEquals("* SORT 2 4 5\r\ne OK UID SORT completed\r\n", imap.send("e UID SORT (REVERSE ARRIVAL) UTF-8 SUBJECT re"));
        assertEquals("* SORT 2 5 3 4 1\r\nf OK SORT completed\r\n", imap.send("f SORT (DISPLAYFROM) UTF-8 ALL"));
        assertEquals("g NO [BADCHARSET (UTF-8 US-ASCII)] Unsupported charset\r\n", imap.send("g SORT (DATE) KOI8-R ALL"));
        assertEquals("h BAD unknown sort criterion SHOESIZE\r\n", imap.send("h SORT (SHOESIZE) UTF-8 ALL"));
    }

    @Test
    void threadByReferences() {
        mailbox();
        assertEquals("* THREAD (3)(1 (2 4)(5))\r\na OK THREAD completed\r\n", imap.send("a THREAD REFERENCES UTF-8 ALL"));
    }

    @Test
    void threadByOrderedSubject() {
        mailbox();
        assertEquals("* THREAD (3)(1 (4)(2)(5))\r\na OK THREAD completed\r\n", imap.send("a THREAD ORDEREDSUBJECT UTF-8 ALL"));
    }

    @Test
    void threadMergesSameSubjectWithoutReferences() {
        deliver("a@x", "Party", "Mon, 7 Feb 1994 10:00:00 +0000", "<a@x>", null);
        deliver("b@x", "Re: Party", "Mon, 7 Feb 1994 11:00:00 +0000", "<b@x>", null);
        imap.selected("INBOX");
        assertEquals("* THREAD (1 2)\r\na OK THREAD completed\r\n", imap.send("a THREAD REFERENCES UTF-8 ALL"));
        assertEquals("* THREAD (1 2)\r\nb OK UID THREAD completed\r\n", imap.send("b UID THREAD REFERENCES US-ASCII ALL"));
    }
}
