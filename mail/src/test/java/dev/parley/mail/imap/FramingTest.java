package dev.parley.mail.imap;

import dev.parley.mail.imap.session.ImapConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Split packets, literals (sync and non-sync), malformed and over-limit input. */
class FramingTest {

    private ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());

    @Test
    void commandSplitInsideCrlfAndWordsIsOneCommand() {
        imap.read();
        imap.write("a1 NO");
        assertEquals("", imap.read());
        imap.write("OP\r");
        assertEquals("", imap.read());
        imap.write("\n");
        assertEquals("a1 OK NOOP completed\r\n", imap.read());
    }

    @Test
    void pipelinedCommandsInOnePacket() {
        imap.read();
        imap.write("a NOOP\r\nb NOOP\r\nc CAPABILITY\r\n");
        String out = imap.read();
        assertTrue(out.startsWith("a OK NOOP completed\r\nb OK NOOP completed\r\n* CAPABILITY "), out);
    }

    @Test
    void synchronizingLiteralGetsContinuationAndMaySplitAnywhere() {
        imap.read();
        imap.write("a LOGIN {5}\r\n");
        assertEquals("+ Ready for literal data\r\n", imap.read());
        imap.write("ali");
        imap.write("ce {10}\r");
        assertEquals("", imap.read());
        imap.write("\n");
        assertEquals("+ Ready for literal data\r\n", imap.read());
        imap.write("wonder");
        imap.write("land\r");
        imap.write("\n");
        assertTrue(imap.read().startsWith("a OK [CAPABILITY"));
    }

    @Test
    void nonSynchronizingLiteralNeedsNoContinuation() {
        imap.read();
        imap.write("a LOGIN {5+}\r\nalice {10+}\r\nwonderland\r\n");
        assertTrue(imap.read().startsWith("a OK [CAPABILITY"));
    }

    @Test
    void literalContainingCrlfAndBracesStaysData() {
        imap.read();
        imap.loggedIn();
        String msg = "Subject: {5}\r\n\r\nline {3}\r\n";
        imap.write("a APPEND INBOX {" + msg.length() + "+}\r\n" + msg + "\r\n");
        assertTrue(imap.read().contains("a OK [APPENDUID"));
    }

    @Test
    void overlongLineIsBadAndSessionContinues() {
        imap = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withLimits(1024, 1024, 4096, 8192));
        imap.read();
        imap.write("a1 NOOP " + "x".repeat(2000) + "\r\n");
        String out = imap.read();
        assertTrue(out.startsWith("a1 BAD line too long: over "), out);
        assertTrue(out.endsWith(" bytes (limit 1024)\r\n"), out);
        assertEquals("a2 OK NOOP completed\r\n", imap.send("a2 NOOP"));
    }

    @Test
    void overlongLineArrivingInPiecesIsDiscardedWithoutBuffering() {
        imap = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withLimits(1024, 1024, 4096, 8192));
        imap.read();
        imap.write("a1 NOOP ");
        for (int i = 0; i < 100; i++) {
            imap.write("y".repeat(1000));
        }
        imap.write("\r\n");
        assertTrue(imap.read().startsWith("a1 BAD line too long"));
        assertEquals("a2 OK NOOP completed\r\n", imap.send("a2 NOOP"));
    }

    @Test
    void tooBigSynchronizingAppendLiteralIsRefusedBeforeSending() {
        imap = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withLimits(1024, 1024, 4096, 8192));
        imap.loggedIn();
        assertEquals("a NO [TOOBIG] literal too big: 5000 bytes (limit 4096)\r\n", imap.send("a APPEND INBOX {5000}"));
        assertEquals("b OK NOOP completed\r\n", imap.send("b NOOP"));
    }

    @Test
    void tooBigNonSynchronizingLiteralIsSkippedAndBad() {
        imap = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withLimits(1024, 1024, 4096, 8192));
        imap.loggedIn();
        imap.write("a APPEND INBOX {5000+}\r\n");
        imap.write("z".repeat(3000));
        assertEquals("", imap.read());
        imap.write("z".repeat(2000) + "\r\nb NOOP\r\n");
        assertEquals("a BAD [TOOBIG] literal too big: 5000 bytes (limit 4096)\r\nb OK NOOP completed\r\n", imap.read());
    }

    @Test
    void tooBigLiteralOutsideAppendIsBad() {
        imap = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withLimits(1024, 1024, 4096, 8192));
        imap.read();
        assertEquals("a BAD [TOOBIG] literal too big: 2000 bytes (limit 1024)\r\n", imap.send("a LOGIN {2000}"));
    }

    @Test
    void garbageNeverCrashes() {
        imap.read();
        String[] junk = {"\0\0\0", "a (((((", "a LOGIN \"unterminated", "a FETCH 1:* (((", "a UID", "a LOGIN {x}",
            "a SEARCH OR", "\u00ff\u00fe", "a STORE 1 +FLAGS", "a LOGIN a b c", "a ID (\"a\"", "a AUTHENTICATE PLAIN !!!"};
        for (String line : junk) {
            imap = new ImapHarness(ImapHarness.backendWithAlice());
            imap.read();
            String out = imap.send(line);
            assertTrue(out.contains(" BAD "), line + " -> " + out);
            assertTrue(imap.channel.isActive());
            assertEquals("z OK NOOP completed\r\n", imap.send("z NOOP"));
        }
    }

    @Test
    void invalidUtf8InQuotedStringIsBad() {
        imap.read();
        byte[] bad = "a LOGIN \"\u00ff\" x\r\n".getBytes(StandardCharsets.ISO_8859_1);
        imap.write(bad);
        assertEquals("a BAD invalid UTF-8\r\n", imap.read());
    }
}
