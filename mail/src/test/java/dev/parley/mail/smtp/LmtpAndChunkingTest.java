package dev.parley.mail.smtp;

import dev.parley.mail.smtp.backend.Verdict;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** LMTP (RFC 2033) per-recipient replies, and CHUNKING/BINARYMIME (RFC 3030). */
class LmtpAndChunkingTest {

    private static SmtpConfig lmtp() {
        return SmtpConfig.defaults(SmtpWire.HOST, SmtpMode.LMTP);
    }

    @Test
    void lmtpRepliesOncePerAcceptedRecipient() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        backend.recipientVerdicts.put("ghost@example.org", Verdict.reject(Verdict.Rejection.UNKNOWN_USER));
        backend.deliveryVerdicts.put("full@example.org", Verdict.reject(Verdict.Rejection.OVER_QUOTA));
        SmtpWire wire = new SmtpWire(lmtp(), backend);
        assertEquals("220 mx.example.org LMTP Parley ready\r\n", wire.read());
        assertEquals("500 5.5.1 command unrecognized\r\n", wire.command("EHLO c.example"), "RFC 2033 §4.1");
        assertEquals("500 5.5.1 command unrecognized\r\n", wire.command("HELO c.example"));
        assertTrue(wire.command("LHLO mta.example.org").startsWith("250-mx.example.org greets mta.example.org\r\n250-PIPELINING"));
        wire.send("MAIL FROM:<a@b.example>\r\nRCPT TO:<bob@example.org>\r\nRCPT TO:<ghost@example.org>\r\n"
                + "RCPT TO:<full@example.org>\r\nDATA\r\n");
        assertEquals("250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n550 5.1.1 no such user\r\n250 2.1.5 recipient OK\r\n"
                + "354 end data with <CR><LF>.<CR><LF>\r\n", wire.read());
        wire.send("Subject: hi\r\n\r\nbody\r\n.\r\n");
        assertEquals("250 2.1.5 <bob@example.org> delivered as Q1\r\n552 5.2.2 mailbox full: <full@example.org>\r\n", wire.read());
        assertTrue(backend.only().content().contains(" with LMTP id Q1"));
    }

    @Test
    void lmtpHasNoAuth() {
        SmtpWire wire = new SmtpWire(lmtp().withAuthWithoutTls(true), new InMemorySmtpBackend());
        wire.read();
        assertTrue(!wire.command("LHLO x.example").contains("AUTH"));
        assertEquals("500 5.5.1 command unrecognized\r\n", wire.command("AUTH PLAIN AGFsaWNlAHNlY3JldA=="));
    }

    @Test
    void bdatChunksWithLast() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        wire.send("MAIL FROM:<a@b.example> BODY=BINARYMIME\r\nRCPT TO:<bob@example.org>\r\n");
        wire.read();
        // RFC 3030 §4.2 style: chunks pipelined, data may contain anything, including "\r\n.\r\n".
        wire.send("BDAT 10\r\nline1\r\n.\r");
        wire.send("\nBDAT 7 LAST\r\n\0bin\r\nx");
        assertEquals("250 2.0.0 10 octets received\r\n250 2.0.0 OK queued as Q1\r\n", wire.read());
        assertEquals("line1\r\n.\r\n\0bin\r\nx", InMemorySmtpBackend.body(backend.only().content()));
        assertEquals("503 5.5.1 bad sequence of commands: need MAIL and RCPT first\r\n", wire.command("BDAT 0 LAST"));
    }

    @Test
    void bdatZeroLastAndSplitLengths() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        wire.send("MAIL FROM:<a@b.example>\r\nRCPT TO:<bob@example.org>\r\nBDAT 4\r\nab");
        wire.send("cd");
        wire.send("BDAT 0 LAST\r\n");
        assertEquals("250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n250 2.0.0 4 octets received\r\n"
                + "250 2.0.0 OK queued as Q1\r\n", wire.read());
        assertEquals("abcd", InMemorySmtpBackend.body(backend.only().content()));
    }

    @Test
    void dataAndBdatDoNotMix() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        wire.send("MAIL FROM:<a@b.example> BODY=BINARYMIME\r\nRCPT TO:<bob@example.org>\r\n");
        wire.read();
        assertEquals("503 5.5.1 bad sequence of commands: BODY=BINARYMIME needs BDAT\r\n", wire.command("DATA"));
        wire.send("BDAT 3\r\nabc");
        wire.read();
        assertEquals("503 5.5.1 bad sequence of commands: DATA and BDAT cannot be mixed\r\n", wire.command("DATA"));
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.send("BDAT 1 LAST\r\nd").read());
    }

    @Test
    void refusedChunkIsReadAndDropped() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend()).ehlo();
        wire.sendBytes("BDAT 10 LAST\r\nNOOP\r\nNOOP".getBytes(StandardCharsets.US_ASCII));
        assertEquals("503 5.5.1 bad sequence of commands: need MAIL and RCPT first\r\n", wire.read(),
                "the chunk's bytes are not read as commands");
        assertEquals("250 2.0.0 OK\r\n", wire.command("NOOP"));
    }

    @Test
    void oversizedChunksAreRefusedAfterReading() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx().withMaxMessageSize(5), backend).ehlo();
        wire.send("MAIL FROM:<a@b.example>\r\nRCPT TO:<bob@example.org>\r\nBDAT 6 LAST\r\n123456");
        assertTrue(wire.read().endsWith("552 5.3.4 message size exceeds fixed limit\r\n"));
        assertTrue(backend.messages.isEmpty());
    }
}
