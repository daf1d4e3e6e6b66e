package dev.parley.mail.imap;

import dev.parley.mail.imap.memory.MemoryBackend;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Sequence-number bookkeeping and change delivery between sessions (RFC 9051 §5.5, §7.5.1). */
class ConcurrentSessionsTest {

    private final MemoryBackend backend = ImapHarness.backendWithAlice();
    private final ImapHarness a = new ImapHarness(backend).loggedIn();
    private final ImapHarness b = new ImapHarness(backend).loggedIn();

    private void threeMessages() {
        for (int i = 1; i <= 3; i++) {
            a.deliver("INBOX", ImapHarness.message("m" + i, "" + i));
        }
        a.send("e ENABLE IMAP4rev2");
        b.send("e ENABLE IMAP4rev2");
        a.selected("INBOX");
        b.selected("INBOX");
    }

    @Test
    void expungeFromOtherSessionIsHeldDuringFetchAndSentOnNoop() {
        threeMessages();
        b.send("b1 STORE 2 +FLAGS.SILENT (\\Deleted)");
        assertEquals("* 2 EXPUNGE\r\nb2 OK EXPUNGE completed\r\n", b.send("b2 EXPUNGE"));
        // Session A still numbers the expunged message 2: no EXPUNGE during FETCH.
        String fetch = a.send("a1 FETCH 1:3 UID");
        assertEquals("* 1 FETCH (UID 1)\r\n* 2 FETCH (UID 2)\r\n* 3 FETCH (UID 3)\r\na1 OK FETCH completed\r\n", fetch);
        // ... nor during SEARCH (RFC 2180 §4.4: the expunged message need not match)
        assertEquals("* ESEARCH (TAG \"a2\") ALL 1,3\r\na2 OK SEARCH completed\r\n", a.send("a2 SEARCH ALL"));
        // NOOP delivers it; numbers shift afterwards.
        assertEquals("* 2 EXPUNGE\r\na3 OK NOOP completed\r\n", a.send("a3 NOOP"));
        assertEquals("* 2 FETCH (UID 3)\r\na4 OK FETCH completed\r\n", a.send("a4 FETCH 2 UID"));
    }

    @Test
    void uidFetchMayReportExpungeAtItsEnd() {
        threeMessages();
        b.send("b1 STORE 1 +FLAGS.SILENT (\\Deleted)");
        b.send("b2 EXPUNGE");
        a.send("n NOOP");
        b.send("b3 STORE 1 +FLAGS.SILENT (\\Deleted)");
        b.send("b4 EXPUNGE");
        String out = a.send("a1 UID FETCH 3 FLAGS");
        assertEquals("* 2 FETCH (UID 3 FLAGS ())\r\n* 1 EXPUNGE\r\na1 OK UID FETCH completed\r\n", out);
    }

    @Test
    void flagChangesFromOtherSessionArriveAsFetch() {
        threeMessages();
        b.send("b1 STORE 3 +FLAGS.SILENT (\\Flagged)");
        assertEquals("* 3 FETCH (UID 3 FLAGS (\\Flagged))\r\na1 OK NOOP completed\r\n", a.send("a1 NOOP"));
        assertEquals("a2 OK NOOP completed\r\n", a.send("a2 NOOP"));
    }

    @Test
    void newMessagesArriveAsExists() {
        threeMessages();
        a.deliver("INBOX", ImapHarness.message("m4", "4"));
        assertEquals("* 4 EXISTS\r\nb1 OK NOOP completed\r\n", b.send("b1 NOOP"));
    }

    @Test
    void idleIsWokenByAnotherSessionsAppend() {
        threeMessages();
        assertEquals("+ idling\r\n", a.send("a1 IDLE"));
        b.write("b1 APPEND INBOX {3+}\r\nxyz\r\n");
        assertTrue(b.read().contains("b1 OK [APPENDUID"));
        assertEquals("* 4 EXISTS\r\n", a.read());
        b.send("b2 STORE 1 +FLAGS.SILENT (\\Deleted)");
        b.send("b3 EXPUNGE");
        assertEquals("* 1 FETCH (UID 1 FLAGS (\\Deleted))\r\n* 1 EXPUNGE\r\n", a.read());
        assertEquals("a1 OK IDLE terminated\r\n", a.send("DONE"));
    }

    @Test
    void idleEndsWithBadOnAnythingButDone() {
        threeMessages();
        a.send("a1 IDLE");
        assertEquals("a1 BAD Expected DONE\r\n", a.send("a2 NOOP"));
        assertEquals("a3 OK NOOP completed\r\n", a.send("a3 NOOP"));
    }

    @Test
    void idleInAuthenticatedStateIsAllowed() {
        assertEquals("+ idling\r\n", a.send("a1 IDLE"));
        assertEquals("a1 OK IDLE terminated\r\n", a.send("done"));
    }

    @Test
    void recentIsClaimedByOneRev1SessionOnly() {
        ImapHarness c = new ImapHarness(backend).loggedIn();
        ImapHarness d = new ImapHarness(backend).loggedIn();
        c.selected("INBOX");
        d.selected("INBOX");
        c.deliver("INBOX", ImapHarness.message("new", "n"));
        String first = c.send("c1 NOOP");
        String second = d.send("d1 NOOP");
        assertEquals("* 1 EXISTS\r\n* 1 RECENT\r\nc1 OK NOOP completed\r\n", first);
        assertEquals("* 1 EXISTS\r\n* 0 RECENT\r\nd1 OK NOOP completed\r\n", second);
    }

    @Test
    void storeInOneSessionAndExpungeInAnotherKeepsNumbersConsistent() {
        threeMessages();
        b.send("b1 STORE 1:3 +FLAGS.SILENT (\\Deleted)");
        b.send("b2 EXPUNGE");
        // A has not been told; STORE on its old numbers succeeds for nothing and sends no EXPUNGE.
        String store = a.send("a1 STORE 2 +FLAGS (\\Seen)");
        assertEquals("a1 OK STORE completed\r\n", store);
        assertEquals("* 3 EXPUNGE\r\n* 2 EXPUNGE\r\n* 1 EXPUNGE\r\na2 OK CHECK completed\r\n", a.send("a2 CHECK"));
        assertEquals("a3 BAD Invalid message sequence number: 1 (mailbox has 0)\r\n", a.send("a3 FETCH 1 UID"));
    }
}
