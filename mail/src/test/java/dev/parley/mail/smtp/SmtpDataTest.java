package dev.parley.mail.smtp;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 2920 pipelining and the DATA reader: split packets, dot-stuffing, line endings, size. */
class SmtpDataTest {

    private static SmtpWire transaction(InMemorySmtpBackend backend, SmtpConfig config) {
        SmtpWire wire = new SmtpWire(config, backend).ehlo();
        wire.send("MAIL FROM:<a@b.example>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
        assertEquals("250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n354 end data with <CR><LF>.<CR><LF>\r\n", wire.read());
        return wire;
    }

    @Test
    void rfc2920Example() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        backend.localDomains.add("foo.com");
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend);
        wire.read();
        wire.send("EHLO dbc.mtview.ca.us\r\n");
        wire.read();
        wire.send("MAIL FROM:<mrose@dbc.mtview.ca.us>\r\nRCPT TO:<ned@foo.com>\r\nRCPT TO:<dan@foo.com>\r\n"
                + "RCPT TO:<kvc@foo.com>\r\nDATA\r\n");
        assertEquals("250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n250 2.1.5 recipient OK\r\n"
                + "250 2.1.5 recipient OK\r\n354 end data with <CR><LF>.<CR><LF>\r\n", wire.read());
        wire.send("Date: Thu, 21 May 1998 05:33:29 -0700\r\n\r\nmessage\r\n.\r\nMAIL FROM:<mrose@dbc.mtview.ca.us>\r\n"
                + "RCPT TO:<srose@foo.com>\r\nRCPT TO:<mrose@foo.com>\r\nDATA\r\n");
        assertEquals("250 2.0.0 OK queued as Q1\r\n250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n"
                + "250 2.1.5 recipient OK\r\n354 end data with <CR><LF>.<CR><LF>\r\n", wire.read());
        wire.send("second\r\n.\r\nQUIT\r\n");
        assertEquals("250 2.0.0 OK queued as Q2\r\n221 2.0.0 bye\r\n", wire.read());
        assertEquals(2, backend.messages.size());
    }

    @Test
    void endOfDataSplitAcrossPacketsAndDotStuffing() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = transaction(backend, SmtpWire.mx());
        String message = "Subject: dots\r\n\r\n..leading dot\r\n...two\r\n.\r\n";
        for (char c : message.toCharArray()) {
            wire.send(String.valueOf(c)); // one octet per packet
        }
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.read());
        assertEquals("Subject: dots\r\n\r\n.leading dot\r\n..two\r\n", InMemorySmtpBackend.body(backend.only().content()));
    }

    @Test
    void crlfDotCrlfSplitInTheMiddle() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = transaction(backend, SmtpWire.mx());
        wire.send("body\r\n.");
        assertEquals("", wire.read());
        wire.send("\r");
        assertEquals("", wire.read());
        wire.send("\nNOOP\r\n");
        assertEquals("250 2.0.0 OK queued as Q1\r\n250 2.0.0 OK\r\n", wire.read());
        assertEquals("body\r\n", InMemorySmtpBackend.body(backend.only().content()));
    }

    @Test
    void emptyMessage() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = transaction(backend, SmtpWire.mx());
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.send(".\r\n").read());
    }

    @Test
    void bareLineFeedsAreRefusedAndCannotEndTheMessage() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = transaction(backend, SmtpWire.mx());
        // SMTP smuggling: "\n.\n" and "\n.\r\n" are not end-of-data.
        wire.send("a\n.\nMAIL FROM:<evil@x.example>\r\nb\n.\r\nc\r\n");
        assertEquals("", wire.read());
        wire.send(".\r\n");
        assertEquals("550 5.6.0 bare CR or LF in message data not allowed (RFC 5321 section 2.3.8)\r\n", wire.read());
        assertTrue(backend.messages.isEmpty());
        assertEquals(1, backend.aborted);
        assertEquals("250 2.1.0 sender OK\r\n", wire.command("MAIL FROM:<a@b.example>"), "transaction was reset");
    }

    @Test
    void oversizedMessageIsReadToTheEndThenRefused() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = transaction(backend, SmtpWire.mx().withMaxMessageSize(1000));
        wire.send("x".repeat(600) + "\r\n");
        wire.send("y".repeat(600) + "\r\n");
        assertEquals("", wire.read(), "no reply before the end of the data");
        wire.send(".\r\n");
        assertEquals("552 5.3.4 message size exceeds fixed limit\r\n", wire.read());
        assertTrue(backend.messages.isEmpty());
        assertEquals("250 2.0.0 OK\r\n", wire.command("NOOP"));
    }

    @Test
    void declaredSizeTooBigIsRefusedAtMail() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx().withMaxMessageSize(1000), new InMemorySmtpBackend()).ehlo();
        assertEquals("552 5.3.4 message size exceeds fixed limit\r\n", wire.command("MAIL FROM:<a@b.example> SIZE=1001"));
        assertEquals("250 2.1.0 sender OK\r\n", wire.command("MAIL FROM:<a@b.example> SIZE=1000"));
    }

    @Test
    void replyWaitsForTheDurableCommit() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        backend.holdCommits = true;
        SmtpWire wire = transaction(backend, SmtpWire.mx());
        wire.send("hello\r\n.\r\nNOOP\r\n");
        assertEquals("", wire.read(), "no 250 before the commit completes, and NOOP waits its turn");
        backend.heldCommits.get(0).complete(dev.parley.mail.smtp.backend.DeliveryResult.queued("Q1"));
        assertEquals("250 2.0.0 OK queued as Q1\r\n250 2.0.0 OK\r\n", wire.read());
    }

    @Test
    void failedCommitIsTemporary() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        backend.holdCommits = true;
        SmtpWire wire = transaction(backend, SmtpWire.mx());
        wire.send("hello\r\n.\r\n");
        backend.heldCommits.get(0).completeExceptionally(new java.io.IOException("disk full"));
        assertEquals("451 4.3.0 temporary failure, try again later\r\n", wire.read());
    }

    @Test
    void eightBitAndUtf8BodiesPassUntouched() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        wire.send("MAIL FROM:<a@b.example> BODY=8BITMIME\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
        wire.read();
        wire.sendBytes("Subject: Grüße\r\n\r\nÄpfel\r\n.\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.read());
        assertEquals("Subject: Grüße\r\n\r\nÄpfel\r\n", InMemorySmtpBackend.body(backend.only().content()));
    }
}
