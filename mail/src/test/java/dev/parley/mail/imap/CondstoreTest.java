package dev.parley.mail.imap;

import org.junit.jupiter.api.Test;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 7162 CONDSTORE and QRESYNC. */
class CondstoreTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();

    private long highestModSeq(String selectOutput) {
        Matcher m = Pattern.compile("\\[HIGHESTMODSEQ (\\d+)\\]").matcher(selectOutput);
        assertTrue(m.find(), selectOutput);
        return Long.parseLong(m.group(1));
    }

    @Test
    void selectCondstoreAndFetchModseq() {
        imap.deliver("INBOX", ImapHarness.message("a", "1"));
        imap.deliver("INBOX", ImapHarness.message("b", "2"));
        String select = imap.send("a SELECT INBOX (CONDSTORE)");
        long modseq = highestModSeq(select);
        imap.send("b STORE 2 +FLAGS.SILENT (\\Answered)");
        String changed = imap.send("c FETCH 1:* (FLAGS) (CHANGEDSINCE " + modseq + ")");
        assertTrue(changed.matches("\\* 2 FETCH \\(FLAGS \\(\\\\Answered \\\\Recent\\) MODSEQ \\(\\d+\\)\\)\r\nc OK FETCH completed\r\n"),
                changed);
    }

    @Test
    void unchangedSinceReportsModified() {
        imap.deliver("INBOX", ImapHarness.message("a", "1"));
        imap.deliver("INBOX", ImapHarness.message("b", "2"));
        imap.send("e ENABLE CONDSTORE");
        String select = imap.send("a SELECT INBOX");
        long modseq = highestModSeq(select);
        imap.send("b STORE 1 +FLAGS.SILENT (\\Seen)");
        String out = imap.send("c STORE 1:2 (UNCHANGEDSINCE " + modseq + ") +FLAGS.SILENT (\\Flagged)");
        assertTrue(out.matches("\\* 2 FETCH \\(MODSEQ \\(\\d+\\)\\)\r\nc OK \\[MODIFIED 1\\] Conditional STORE failed for some messages\r\n"),
                out);
    }

    @Test
    void qresyncSelectReportsVanishedAndChanged() {
        for (int i = 1; i <= 4; i++) {
            imap.deliver("INBOX", ImapHarness.message("m" + i, "" + i));
        }
        imap.send("e ENABLE QRESYNC");
        String first = imap.send("a SELECT INBOX");
        long modseq = highestModSeq(first);
        long validity = Long.parseLong(first.replaceAll("(?s).*\\[UIDVALIDITY (\\d+)\\].*", "$1"));
        imap.send("b STORE 2 +FLAGS.SILENT (\\Deleted)");
        assertEquals("* VANISHED 2\r\nc OK EXPUNGE completed\r\n", imap.send("c EXPUNGE"));
        imap.send("d STORE 2 +FLAGS.SILENT (\\Seen)");
        imap.send("f UNSELECT");
        String resync = imap.send("g SELECT INBOX (QRESYNC (" + validity + " " + modseq + " 1:4))");
        assertTrue(resync.contains("* VANISHED (EARLIER) 2\r\n"), resync);
        assertTrue(resync.matches("(?s).*\\* 2 FETCH \\(UID 3 FLAGS \\(\\\\Seen\\) MODSEQ \\(\\d+\\)\\)\r\n.*"), resync);
    }

    @Test
    void selectWhileSelectedSendsClosedWithQresync() {
        imap.send("e ENABLE QRESYNC");
        imap.send("a SELECT INBOX");
        assertTrue(imap.send("b EXAMINE INBOX").startsWith("* OK [CLOSED] Previous mailbox closed\r\n"));
    }

    @Test
    void qresyncParameterNeedsEnable() {
        assertEquals("a BAD QRESYNC must be enabled first (RFC 7162 section 3.2.5)\r\n", imap.send("a SELECT INBOX (QRESYNC (1 1))"));
    }

    @Test
    void searchModseq() {
        imap.deliver("INBOX", ImapHarness.message("a", "1"));
        imap.selected("INBOX");
        String out = imap.send("a SEARCH MODSEQ 1");
        assertTrue(out.matches("\\* SEARCH 1 \\(MODSEQ \\d+\\)\r\na OK SEARCH completed\r\n"), out);
    }
}
