package dev.parley.mail.imap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class MailboxCommandsTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();

    @Test
    void createListDeleteTranscript() {
        assertEquals("A1 OK CREATE completed\r\n", imap.send("A1 CREATE owatagusiam/"));
        assertEquals("A2 OK CREATE completed\r\n", imap.send("A2 CREATE owatagusiam/blurdybloop"));
        assertEquals("* LIST (\\HasChildren) \"/\" owatagusiam\r\n"
                + "* LIST (\\HasNoChildren) \"/\" owatagusiam/blurdybloop\r\n"
                + "A3 OK LIST completed\r\n", imap.send("A3 LIST \"\" owatagusiam*"));
        assertEquals("A4 NO [HASCHILDREN] Mailbox has children, delete them first\r\n", imap.send("A4 DELETE owatagusiam"));
        assertEquals("A5 OK DELETE completed\r\n", imap.send("A5 DELETE owatagusiam/blurdybloop"));
        assertEquals("A6 NO [NONEXISTENT] Mailbox does not exist: nothere\r\n", imap.send("A6 DELETE nothere"));
    }

    @Test
    void createExistingIsAlreadyExists() {
        imap.send("a CREATE Work");
        assertEquals("b NO [ALREADYEXISTS] Mailbox already exists\r\n", imap.send("b CREATE Work"));
        assertEquals("c NO [ALREADYEXISTS] INBOX always exists\r\n", imap.send("c CREATE inbox"));
    }

    @Test
    void deleteInboxIsRefused() {
        assertEquals("a NO [CANNOT] INBOX cannot be deleted\r\n", imap.send("a DELETE INBOX"));
    }

    @Test
    void listPercentStopsAtDelimiter() {
        imap.send("a CREATE foo/bar/baz");
        assertEquals("* LIST (\\HasNoChildren) \"/\" INBOX\r\n* LIST (\\HasChildren) \"/\" foo\r\nb OK LIST completed\r\n",
                imap.send("b LIST \"\" %"));
        assertEquals("* LIST (\\HasChildren) \"/\" foo/bar\r\nc OK LIST completed\r\n", imap.send("c LIST foo %"));
    }

    @Test
    void emptyPatternGivesDelimiter() {
        assertEquals("* LIST (\\Noselect) \"/\" \"\"\r\na OK LIST completed\r\n", imap.send("a LIST \"\" \"\""));
    }

    @Test
    void renameMovesChildren() {
        imap.send("a CREATE old/child");
        assertEquals("b OK RENAME completed\r\n", imap.send("b RENAME old new"));
        assertEquals("* LIST (\\HasChildren) \"/\" new\r\n* LIST (\\HasNoChildren) \"/\" new/child\r\nc OK LIST completed\r\n",
                imap.send("c LIST \"\" new*"));
    }

    @Test
    void subscribeAndListSubscribedWithNonExistent() {
        imap.send("a CREATE news");
        imap.send("b SUBSCRIBE news");
        imap.send("c DELETE news");
        String out = imap.send("d LIST (SUBSCRIBED) \"\" *");
        assertEquals("* LIST (\\HasNoChildren \\Subscribed) \"/\" INBOX\r\n* LIST (\\NonExistent \\Subscribed) \"/\" news\r\n"
                + "d OK LIST completed\r\n", out);
        assertEquals("* LSUB (\\HasNoChildren) \"/\" INBOX\r\n* LSUB (\\NonExistent) \"/\" news\r\ne OK LSUB completed\r\n",
                imap.send("e LSUB \"\" *"));
    }

    @Test
    void recursiveMatchReportsChildInfo() {
        imap.send("a CREATE Foo/Bar");
        imap.send("b SUBSCRIBE Foo/Bar");
        String out = imap.send("c LIST (SUBSCRIBED RECURSIVEMATCH) \"\" %");
        assertTrue(out.contains("* LIST () \"/\" Foo (\"CHILDINFO\" (\"SUBSCRIBED\"))\r\n"), out);
    }

    @Test
    void specialUseCreateAndSelection() {
        assertEquals("a OK CREATE completed\r\n", imap.send("a CREATE Sent (USE (\\Sent))"));
        assertEquals("* LIST (\\HasNoChildren \\Sent) \"/\" Sent\r\nb OK LIST completed\r\n",
                imap.send("b LIST (SPECIAL-USE) \"\" *"));
    }

    @Test
    void listReturnStatus() {
        imap.deliver("INBOX", ImapHarness.message("hi", "body"));
        String out = imap.send("a LIST \"\" INBOX RETURN (STATUS (MESSAGES UNSEEN))");
        assertEquals("* LIST (\\HasNoChildren) \"/\" INBOX\r\n* STATUS INBOX (MESSAGES 1 UNSEEN 1)\r\na OK LIST completed\r\n", out);
    }

    @Test
    void statusReportsCounters() {
        imap.deliver("INBOX", ImapHarness.message("one", "1"));
        imap.deliver("INBOX", ImapHarness.message("two", "2"));
        String out = imap.send("a STATUS INBOX (MESSAGES UIDNEXT UNSEEN DELETED HIGHESTMODSEQ APPENDLIMIT)");
        assertTrue(out.matches("\\* STATUS INBOX \\(MESSAGES 2 UIDNEXT 3 UNSEEN 2 DELETED 0 HIGHESTMODSEQ \\d+ APPENDLIMIT 1048576\\)\r\n"
                + "a OK STATUS completed\r\n"), out);
        assertEquals("b NO [NONEXISTENT] Mailbox does not exist: nope\r\n", imap.send("b STATUS nope (MESSAGES)"));
        assertEquals("c BAD unknown STATUS item BOGUS\r\n", imap.send("c STATUS INBOX (BOGUS)"));
    }

    @Test
    void namespace() {
        assertEquals("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\na OK NAMESPACE completed\r\n", imap.send("a NAMESPACE"));
    }

    @Test
    void modifiedUtf7NamesForRev1AndUtf8ForRev2() {
        assertEquals("a OK CREATE completed\r\n", imap.send("a CREATE &ZeVnLIqe-"));
        assertEquals("* LIST (\\HasNoChildren) \"/\" &ZeVnLIqe-\r\nb OK LIST completed\r\n", imap.send("b LIST \"\" &ZeVnLIqe-"));
        assertEquals("* ENABLED IMAP4rev2\r\nc OK ENABLE completed\r\n", imap.send("c ENABLE IMAP4rev2"));
        assertEquals("* LIST (\\HasNoChildren) \"/\" \"日本語\"\r\nd OK LIST completed\r\n", imap.send("d LIST \"\" 日本語"));
    }

    @Test
    void idAnswersWithServerFields() {
        String out = imap.send("a ID (\"name\" \"sodr\" \"version\" \"19.34\")");
        assertEquals("* ID (\"name\" \"Parley\" \"vendor\" \"Parley\")\r\na OK ID completed\r\n", out);
        assertEquals("* ID (\"name\" \"Parley\" \"vendor\" \"Parley\")\r\nb OK ID completed\r\n", imap.send("b ID NIL"));
    }

    @Test
    void enableIgnoresUnknownAndIsRefusedWhenSelected() {
        assertEquals("* ENABLED CONDSTORE\r\na OK ENABLE completed\r\n", imap.send("a ENABLE CONDSTORE X-GOOD-IDEA"));
        imap.selected("INBOX");
        assertEquals("b BAD ENABLE is not valid in the selected state\r\n", imap.send("b ENABLE QRESYNC"));
    }
}
