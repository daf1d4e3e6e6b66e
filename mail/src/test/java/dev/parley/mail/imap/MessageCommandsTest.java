package dev.parley.mail.imap;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MessageCommandsTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();

    private String append(String tag, String mailbox, String flags, String message) {
        int size = message.getBytes(StandardCharsets.UTF_8).length;
        String first = imap.send(tag + " APPEND " + mailbox + (flags == null ? "" : " " + flags) + " {" + size + "}");
        assertEquals("+ Ready for literal data\r\n", first);
        imap.write(message);
        return imap.send("");
    }

    @Test
    void appendWithSynchronizingLiteralReturnsAppendUid() {
        String out = append("A003", "INBOX", "(\\Seen)", ImapHarness.message("afternoon", "Hello Joe"));
        assertTrue(out.matches("A003 OK \\[APPENDUID \\d+ 1\\] APPEND completed\r\n"), out);
    }

    @Test
    void appendToMissingMailboxSaysTryCreate() {
        imap.write("a APPEND nope {3+}\r\nabc\r\n");
        assertEquals("a NO [TRYCREATE] Mailbox does not exist\r\n", imap.read());
    }

    @Test
    void multiAppendAssignsConsecutiveUids() {
        imap.write("a APPEND INBOX {3+}\r\nabc {3+}\r\ndef\r\n");
        assertTrue(imap.read().matches("a OK \\[APPENDUID \\d+ 1:2\\] APPEND completed\r\n"));
    }

    @Test
    void appendUtf8DataItem() {
        imap.send("e ENABLE UTF8=ACCEPT");
        imap.write("a APPEND INBOX UTF8 (~{15+}\r\nSubject: \u00e9\r\n\r\n)\r\n");
        String out = imap.read();
        assertTrue(out.matches("a OK \\[APPENDUID \\d+ 1\\] APPEND completed\r\n"), out);
    }

    @Test
    void appendWithDateSetsInternalDate() {
        imap.write("a APPEND INBOX (\\Flagged) \" 7-Feb-1994 21:52:25 -0800\" {3+}\r\nabc\r\n");
        imap.read();
        imap.selected("INBOX");
        assertEquals("* 1 FETCH (FLAGS (\\Flagged \\Recent) INTERNALDATE \"08-Feb-1994 05:52:25 +0000\" RFC822.SIZE 3)\r\n"
                + "f OK FETCH completed\r\n", imap.send("f FETCH 1 FAST"));
    }

    @Test
    void selectTranscriptForRev1() {
        imap.deliver("INBOX", ImapHarness.message("one", "1"));
        imap.deliver("INBOX", ImapHarness.message("two", "2"));
        String out = imap.send("A142 SELECT INBOX");
        assertTrue(out.startsWith("* FLAGS (\\Answered \\Deleted \\Draft \\Flagged \\Seen)\r\n* 2 EXISTS\r\n* 2 RECENT\r\n"
                + "* OK [UNSEEN 1] First unseen\r\n* OK [PERMANENTFLAGS (\\Answered \\Deleted \\Draft \\Flagged \\Seen \\*)] Limited\r\n"
                + "* OK [UIDVALIDITY "), out);
        assertTrue(out.contains("* OK [UIDNEXT 3] Predicted next UID\r\n"), out);
        assertTrue(out.endsWith("A142 OK [READ-WRITE] SELECT completed\r\n"), out);
        // RFC 3501 §2.3.2: \Recent belongs to the first session only
        ImapHarness other = new ImapHarness(imap.backend).loggedIn();
        assertTrue(other.send("B SELECT INBOX").contains("* 0 RECENT\r\n"));
    }

    @Test
    void examineIsReadOnlyAndStoreIsRefused() {
        imap.deliver("INBOX", ImapHarness.message("one", "1"));
        String out = imap.send("A932 EXAMINE INBOX");
        assertTrue(out.contains("* OK [PERMANENTFLAGS ()] Limited\r\n"), out);
        assertTrue(out.endsWith("A932 OK [READ-ONLY] EXAMINE completed\r\n"), out);
        assertEquals("b NO [READ-ONLY] Mailbox is read-only\r\n", imap.send("b STORE 1 +FLAGS (\\Deleted)"));
        // RFC 9051 §6.4.5: BODY[] does not set \Seen in a read-only mailbox
        imap.send("c FETCH 1 BODY[]");
        assertEquals("* 1 FETCH (FLAGS ())\r\nd OK FETCH completed\r\n", imap.send("d FETCH 1 FLAGS"));
    }

    @Test
    void rev2SelectSendsListAndNoRecent() {
        imap.send("e ENABLE IMAP4rev2");
        String out = imap.send("s SELECT inbox");
        assertTrue(out.contains("* LIST () \"/\" INBOX\r\n"), out);
        assertTrue(!out.contains("RECENT") && !out.contains("UNSEEN"), out);
    }

    @Test
    void fetchFlagsUidSizeAndEnvelope() {
        imap.deliver("INBOX", ImapHarness.message("Hello", "Hi there"));
        imap.selected("INBOX");
        String out = imap.send("a FETCH 1 (UID RFC822.SIZE ENVELOPE)");
        assertEquals("* 1 FETCH (UID 1 RFC822.SIZE 154 ENVELOPE (\"Mon, 7 Feb 1994 21:52:25 -0800\" \"Hello\" "
                + "((\"Bob\" NIL \"bob\" \"example.org\")) ((\"Bob\" NIL \"bob\" \"example.org\")) "
                + "((\"Bob\" NIL \"bob\" \"example.org\")) ((NIL NIL \"alice\" \"example.org\")) NIL NIL NIL "
                + "\"<69609650@example.org>\"))\r\na OK FETCH completed\r\n", out);
    }

    @Test
    void fetchBodySetsSeenAndPeekDoesNot() {
        imap.deliver("INBOX", ImapHarness.message("s", "body text"));
        imap.selected("INBOX");
        assertEquals("* 1 FETCH (BODY[TEXT] {11}\r\nbody text\r\n)\r\na OK FETCH completed\r\n",
                imap.send("a FETCH 1 BODY.PEEK[TEXT]"));
        assertEquals("* 1 FETCH (BODY[TEXT]<5> {4}\r\ntext FLAGS (\\Seen \\Recent))\r\nb OK FETCH completed\r\n",
                imap.send("b FETCH 1 BODY[TEXT]<5.4>"));
    }

    @Test
    void fetchHeaderFieldsAndMissingPart() {
        imap.deliver("INBOX", ImapHarness.message("s", "x"));
        imap.selected("INBOX");
        assertEquals("* 1 FETCH (UID 1 BODY[HEADER.FIELDS (SUBJECT)] {14}\r\nSubject: s\r\n\r\n)\r\n"
                + "a OK UID FETCH completed\r\n", imap.send("a UID FETCH 1 BODY.PEEK[HEADER.FIELDS (Subject)]"));
        assertEquals("* 1 FETCH (BODY[3] NIL)\r\nb OK FETCH completed\r\n", imap.send("b FETCH 1 BODY.PEEK[3]"));
    }

    @Test
    void fetchBodyStructureOfMultipart() {
        String mime = "From: a@b.c\r\nSubject: m\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary=XX\r\n\r\n"
                + "--XX\r\nContent-Type: text/plain; charset=us-ascii\r\n\r\nhello\r\n"
                + "--XX\r\nContent-Type: application/octet-stream\r\nContent-Transfer-Encoding: base64\r\n"
                + "Content-Disposition: attachment; filename=a.bin\r\n\r\nAAEC\r\n--XX--\r\n";
        imap.deliver("INBOX", mime);
        imap.selected("INBOX");
        assertEquals("* 1 FETCH (BODYSTRUCTURE ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 5 1 NIL NIL NIL NIL)"
                + "(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 4 NIL (\"ATTACHMENT\" (\"FILENAME\" \"a.bin\")) NIL NIL) "
                + "\"MIXED\" (\"BOUNDARY\" \"XX\") NIL NIL NIL))\r\na OK FETCH completed\r\n",
                imap.send("a FETCH 1 BODYSTRUCTURE"));
        assertEquals("* 1 FETCH (BINARY.SIZE[2] 3)\r\nb OK FETCH completed\r\n", imap.send("b FETCH 1 BINARY.SIZE[2]"));
        assertEquals("* 1 FETCH (BINARY[2] ~{3}\r\n\0\1\2)\r\nc OK FETCH completed\r\n",
                imap.send("c FETCH 1 BINARY.PEEK[2]"));
        assertEquals("* 1 FETCH (BODY ((\"TEXT\" \"PLAIN\" (\"CHARSET\" \"us-ascii\") NIL NIL \"7BIT\" 5 1)"
                + "(\"APPLICATION\" \"OCTET-STREAM\" NIL NIL NIL \"BASE64\" 4) \"MIXED\"))\r\nd OK FETCH completed\r\n",
                imap.send("d FETCH 1 BODY"));
    }

    @Test
    void fetchOutOfRangeIsBad() {
        imap.deliver("INBOX", ImapHarness.message("s", "x"));
        imap.selected("INBOX");
        assertEquals("a BAD Invalid message sequence number: 5 (mailbox has 1)\r\n", imap.send("a FETCH 5 FLAGS"));
        assertEquals("b OK UID FETCH completed\r\n", imap.send("b UID FETCH 5 FLAGS"));
        assertEquals("* 1 FETCH (UID 1 FLAGS (\\Recent))\r\nc OK UID FETCH completed\r\n", imap.send("c UID FETCH 1:* FLAGS"));
        assertEquals("d BAD unknown FETCH attribute BOGUS\r\n", imap.send("d FETCH 1 BOGUS"));
    }

    @Test
    void storeTranscript() {
        imap.deliver("INBOX", ImapHarness.message("a", "1"));
        imap.deliver("INBOX", ImapHarness.message("b", "2"));
        imap.send("e ENABLE IMAP4rev2");
        imap.selected("INBOX");
        assertEquals("* 1 FETCH (FLAGS (\\Deleted \\Seen))\r\n* 2 FETCH (FLAGS (\\Deleted \\Seen))\r\nA003 OK STORE completed\r\n",
                imap.send("A003 STORE 1:2 +FLAGS (\\Deleted \\Seen)"));
        assertEquals("A004 OK STORE completed\r\n", imap.send("A004 STORE 2 -FLAGS.SILENT \\Deleted"));
        assertEquals("* 2 FETCH (UID 2 FLAGS ($Label1))\r\nA005 OK UID STORE completed\r\n",
                imap.send("A005 UID STORE 2 FLAGS ($Label1)"));
    }

    @Test
    void expungeTranscriptRenumbers() {
        for (int i = 1; i <= 11; i++) {
            imap.deliver("INBOX", ImapHarness.message("m" + i, "" + i));
        }
        imap.selected("INBOX");
        imap.send("a STORE 3:5,8 +FLAGS.SILENT (\\Deleted)");
        // RFC 9051 §6.4.3 example: 3, 4, 5 and 8 deleted gives EXPUNGE 3, 3, 3, 5 in ascending order;
        // Parley sends highest first, each number valid when sent.
        assertEquals("* 8 EXPUNGE\r\n* 5 EXPUNGE\r\n* 4 EXPUNGE\r\n* 3 EXPUNGE\r\nA202 OK EXPUNGE completed\r\n",
                imap.send("A202 EXPUNGE"));
        assertEquals("* 3 FETCH (UID 6)\r\nb OK FETCH completed\r\n", imap.send("b FETCH 3 UID"));
    }

    @Test
    void uidExpungeOnlyTouchesTheGivenUids() {
        for (int i = 1; i <= 3; i++) {
            imap.deliver("INBOX", ImapHarness.message("m" + i, "" + i));
        }
        imap.selected("INBOX");
        imap.send("a STORE 1:3 +FLAGS.SILENT (\\Deleted)");
        assertEquals("* 2 EXPUNGE\r\nb OK UID EXPUNGE completed\r\n", imap.send("b UID EXPUNGE 2"));
    }

    @Test
    void copyAndMoveReportUidPlus() {
        imap.deliver("INBOX", ImapHarness.message("a", "1"));
        imap.deliver("INBOX", ImapHarness.message("b", "2"));
        imap.send("c CREATE Archive");
        imap.selected("INBOX");
        assertTrue(imap.send("d COPY 1:2 Archive").matches("d OK \\[COPYUID \\d+ 1:2 1:2\\] COPY completed\r\n"));
        String moved = imap.send("e UID MOVE 1 Archive");
        assertTrue(moved.matches("\\* OK \\[COPYUID \\d+ 1 3\\] Moved\r\n\\* 1 EXPUNGE\r\ne OK UID MOVE completed\r\n"), moved);
        assertEquals("f NO [TRYCREATE] Target mailbox does not exist\r\n", imap.send("f COPY 1 Nowhere"));
    }

    @Test
    void closeExpungesSilentlyAndUnselectDoesNot() {
        imap.deliver("INBOX", ImapHarness.message("a", "1"));
        imap.selected("INBOX");
        imap.send("a STORE 1 +FLAGS.SILENT (\\Deleted)");
        assertEquals("b OK UNSELECT completed\r\n", imap.send("b UNSELECT"));
        imap.selected("INBOX");
        assertEquals("c OK CLOSE completed\r\n", imap.send("c CLOSE"));
        assertTrue(imap.send("d STATUS INBOX (MESSAGES)").startsWith("* STATUS INBOX (MESSAGES 0)"));
    }
}
