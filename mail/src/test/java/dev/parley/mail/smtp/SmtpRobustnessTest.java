package dev.parley.mail.smtp;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Limits, garbage and back-end faults. */
class SmtpRobustnessTest {

    @Test
    void longLinesAreRejectedWithTheirLength() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx().withMaxLineLength(512), new InMemorySmtpBackend()).ehlo();
        assertEquals("500 5.5.2 line too long: 600 bytes (limit 512)\r\n", wire.command("NOOP " + "x".repeat(595)));
        wire.send("NOOP " + "y".repeat(1000));
        wire.send("z".repeat(1000) + "\r\nNOOP\r\n");
        assertEquals("500 5.5.2 line too long: 2005 bytes (limit 512)\r\n250 2.0.0 OK\r\n", wire.read());
    }

    @Test
    void tooManyRecipients() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx().withMaxRecipients(2), new InMemorySmtpBackend()).ehlo();
        wire.send("MAIL FROM:<a@b.example>\r\nRCPT TO:<a@example.org>\r\nRCPT TO:<b@example.org>\r\nRCPT TO:<c@example.org>\r\n");
        assertTrue(wire.read().endsWith("250 2.1.5 recipient OK\r\n452 4.5.3 too many recipients\r\n"));
    }

    @Test
    void tooManyBadCommandsCloses() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx().withMaxBadCommands(3), new InMemorySmtpBackend()).ehlo();
        wire.send("FOO\r\nBAR\r\nBAZ\r\nNOOP\r\n");
        assertEquals("500 5.5.1 command unrecognized\r\n500 5.5.1 command unrecognized\r\n"
                + "500 5.5.1 command unrecognized\r\n421 4.7.0 too many errors, closing\r\n", wire.read());
        assertFalse(wire.channel.isOpen());
    }

    @Test
    void backendFaultIsTemporaryAndLoggedWithoutStackTrace() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        backend.failRecipientChecks = true;
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        wire.command("MAIL FROM:<a@b.example>");
        assertEquals("451 4.3.0 temporary failure, try again later\r\n", wire.command("RCPT TO:<bob@example.org>"));
        assertEquals("250 2.0.0 OK\r\n", wire.command("NOOP"));
    }

    @Test
    void randomGarbageNeverBreaksTheSession() {
        Random random = new Random(5321);
        for (int round = 0; round < 50; round++) {
            SmtpWire wire = new SmtpWire(SmtpWire.mx().withMaxBadCommands(1000), new InMemorySmtpBackend()).ehlo();
            byte[] junk = new byte[random.nextInt(3000)];
            random.nextBytes(junk);
            wire.sendBytes(junk);
            wire.read();
            if (wire.channel.isOpen()) {
                // Whatever state the junk left (maybe inside DATA or a BDAT chunk), the wire stays framed.
                wire.send("\r\n.\r\nRSET\r\n");
                String reply = wire.read();
                assertTrue(reply.isEmpty() || reply.matches("(?s)([2-5]\\d\\d[ -][^\r\n]*\r\n)+"), reply);
            }
        }
    }

    @Test
    void earlyTalkersAreRefusedDuringTheGreetingDelay() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx().withGreetingDelay(Duration.ofSeconds(5)), new InMemorySmtpBackend());
        assertEquals("", wire.read());
        wire.send("EHLO spam.example\r\n");
        assertEquals("554 5.5.0 protocol error: command sent before greeting\r\n", wire.read());
        assertFalse(wire.channel.isOpen());
    }

    @Test
    void patientClientsGetTheGreetingAfterTheDelay() throws Exception {
        SmtpWire wire = new SmtpWire(SmtpWire.mx().withGreetingDelay(Duration.ofMillis(20)), new InMemorySmtpBackend());
        Thread.sleep(40);
        assertEquals("220 mx.example.org ESMTP Parley ready\r\n", wire.read());
        assertTrue(wire.command("EHLO ok.example").startsWith("250-"));
    }

    @Test
    void dotStuffedCommandLookalikesStayInTheBody() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        wire.send("MAIL FROM:<a@b.example>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
        wire.read();
        wire.send("..\r\nQUIT\r\n.\r\n");
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.read());
        assertEquals(".\r\nQUIT\r\n", InMemorySmtpBackend.body(backend.only().content()));
        assertTrue(wire.channel.isOpen());
    }
}
