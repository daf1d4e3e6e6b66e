package dev.parley.mail.imap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BasicSessionTest {

    @Test
    void greetingListsCapabilities() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        String greeting = imap.read();
        assertTrue(greeting.startsWith("* OK [CAPABILITY IMAP4rev2 IMAP4rev1 "), greeting);
        assertTrue(greeting.contains("AUTH=PLAIN"), greeting);
        assertTrue(greeting.endsWith("server ready\r\n"), greeting);
    }

    @Test
    void capabilityNoopLogoutTranscript() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        String cap = imap.send("abcd CAPABILITY");
        assertTrue(cap.startsWith("* CAPABILITY IMAP4rev2 IMAP4rev1"), cap);
        assertTrue(cap.endsWith("abcd OK CAPABILITY completed\r\n"), cap);
        assertEquals("a002 OK NOOP completed\r\n", imap.send("a002 NOOP"));
        assertEquals("* BYE Logging out\r\na023 OK LOGOUT completed\r\n", imap.send("a023 LOGOUT"));
        assertFalse(imap.channel.isActive());
    }

    @Test
    void loginSendsCapabilitiesWithoutAuthMechanisms() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        String out = imap.send("a001 LOGIN alice wonderland");
        assertTrue(out.startsWith("a001 OK [CAPABILITY IMAP4rev2 IMAP4rev1 "), out);
        assertFalse(out.contains("AUTH="), out);
        assertTrue(out.endsWith("] Logged in\r\n"), out);
    }

    @Test
    void wrongPasswordIsAuthenticationFailed() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        assertEquals("a1 NO [AUTHENTICATIONFAILED] Authentication failed\r\n", imap.send("a1 LOGIN alice nope"));
    }

    @Test
    void unknownCommandIsBad() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        assertEquals("a1 BAD Unknown command FROBNICATE\r\n", imap.send("a1 FROBNICATE"));
    }

    @Test
    void commandInWrongStateIsBad() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        assertEquals("a1 BAD SELECT is not valid in the not authenticated state\r\n", imap.send("a1 SELECT INBOX"));
        imap.loggedIn();
        assertEquals("a2 BAD FETCH is not valid in the authenticated state\r\n", imap.send("a2 FETCH 1 FLAGS"));
    }

    @Test
    void tooManyBadCommandsEndTheSession() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        String out = "";
        for (int i = 0; i < 10; i++) {
            out = imap.send("x" + i + " GARBAGE");
        }
        assertTrue(out.endsWith("x9 BAD Unknown command GARBAGE\r\n* BYE Too many invalid commands\r\n"), out);
        assertFalse(imap.channel.isActive());
    }

    @Test
    void aGoodCommandResetsTheBadCounter() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        for (int i = 0; i < 9; i++) {
            imap.send("x" + i + " GARBAGE");
        }
        imap.send("n NOOP");
        imap.send("y GARBAGE");
        assertTrue(imap.channel.isActive());
    }

    @Test
    void missingTagIsUntaggedBad() {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());
        imap.read();
        assertEquals("* BAD Missing or invalid tag\r\n", imap.send("+++"));
        assertEquals("* BAD Missing or invalid tag\r\n", imap.send(""));
    }
}
