package dev.parley.mail.smtp;

import dev.parley.mail.smtp.backend.Verdict;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5321 Appendix D scenarios and one test per simple reply branch. */
class SmtpTranscriptTest {

    static final String EHLO_REPLY = "250-mx.example.org greets bar.com\r\n250-PIPELINING\r\n250-SIZE 52428800\r\n"
            + "250-8BITMIME\r\n250-SMTPUTF8\r\n250-ENHANCEDSTATUSCODES\r\n250-DSN\r\n250-CHUNKING\r\n250 BINARYMIME\r\n";

    @Test
    void appendixD1TypicalTransaction() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        backend.localDomains.add("foo.com");
        backend.recipientVerdicts.put("Green@foo.com", Verdict.reject(Verdict.Rejection.UNKNOWN_USER));
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend);
        assertEquals("220 mx.example.org ESMTP Parley ready\r\n", wire.read());
        assertEquals(EHLO_REPLY, wire.command("EHLO bar.com"));
        assertEquals("250 2.1.0 sender OK\r\n", wire.command("MAIL FROM:<Smith@bar.com>"));
        assertEquals("250 2.1.5 recipient OK\r\n", wire.command("RCPT TO:<Jones@foo.com>"));
        assertEquals("550 5.1.1 no such user\r\n", wire.command("RCPT TO:<Green@foo.com>"));
        assertEquals("250 2.1.5 recipient OK\r\n", wire.command("RCPT TO:<Brown@foo.com>"));
        assertEquals("354 end data with <CR><LF>.<CR><LF>\r\n", wire.command("DATA"));
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.send("Blah blah blah...\r\n...etc. etc. etc.\r\n.\r\n").read());
        assertEquals("221 2.0.0 bye\r\n", wire.command("QUIT"));
        assertFalse(wire.channel.isOpen());

        InMemorySmtpBackend.Stored stored = backend.only();
        assertEquals(2, stored.envelope().recipients().size());
        assertEquals("Blah blah blah...\r\n..etc. etc. etc.\r\n", InMemorySmtpBackend.body(stored.content()));
        assertTrue(stored.content().startsWith("Received: from bar.com\r\n\tby mx.example.org (Parley) with ESMTP id Q1; "),
                stored.content());
    }

    @Test
    void receivedNamesTheSingleRecipient() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        wire.send("MAIL FROM:<a@b.example>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
        wire.send("Subject: x\r\n\r\nhi\r\n.\r\n");
        assertTrue(backend.only().content().contains("with ESMTP id Q1\r\n\tfor <bob@example.org>; "),
                backend.only().content());
    }

    @Test
    void heloSessionHasNoExtensions() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend());
        wire.read();
        assertEquals("250 mx.example.org greets client.example\r\n", wire.command("HELO client.example"));
        assertEquals("555 5.5.4 MAIL FROM/RCPT TO parameters not recognized or not implemented: no parameters after HELO\r\n",
                wire.command("MAIL FROM:<a@b.example> SIZE=10"));
        assertEquals("250 2.1.0 sender OK\r\n", wire.command("MAIL FROM:<>"));
    }

    @Test
    void simpleCommands() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend()).ehlo();
        assertEquals("250 2.0.0 OK\r\n", wire.command("NOOP"));
        assertEquals("252 2.5.0 cannot VRFY user, but will accept message and attempt delivery\r\n", wire.command("VRFY bob"));
        assertTrue(wire.command("HELP").startsWith("214 2.0.0 commands:"));
        assertEquals("250 2.0.0 reset\r\n", wire.command("RSET"));
        assertEquals("500 5.5.1 command unrecognized\r\n", wire.command("EXPN staff"));
        assertEquals("500 5.5.1 command unrecognized\r\n", wire.command("LHLO x"), "LHLO is LMTP only");
        assertEquals("501 5.5.4 syntax error in parameters or arguments: EHLO needs a domain or address literal\r\n",
                wire.command("EHLO"));
    }

    @Test
    void sequenceErrors() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend());
        wire.read();
        assertEquals("503 5.5.1 bad sequence of commands: send EHLO first\r\n", wire.command("MAIL FROM:<a@b.example>"));
        wire.command("EHLO c.example");
        assertEquals("503 5.5.1 bad sequence of commands: need MAIL before RCPT\r\n", wire.command("RCPT TO:<bob@example.org>"));
        assertEquals("503 5.5.1 bad sequence of commands: need MAIL and RCPT first\r\n", wire.command("DATA"));
        wire.command("MAIL FROM:<a@b.example>");
        assertEquals("503 5.5.1 bad sequence of commands: nested MAIL command\r\n", wire.command("MAIL FROM:<a@b.example>"));
        assertEquals("554 5.5.1 no valid recipients\r\n", wire.command("DATA"));
        assertEquals("250 2.0.0 OK\r\n", wire.command("NOOP"), "commands after a refused DATA are read as commands");
    }

    @Test
    void addressSyntax() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend()).ehlo();
        assertTrue(wire.command("MAIL FROM:a@b.example").startsWith("501 5.1.7 "));
        assertEquals("250 2.1.0 sender OK\r\n", wire.command("MAIL FROM:<\"john doe\"@b.example>"));
        assertTrue(wire.command("RCPT TO:<bob@@example.org>").startsWith("501 5.1.3 "));
        assertTrue(wire.command("RCPT TO:<>").startsWith("501 5.1.3 "));
        assertEquals("250 2.1.5 recipient OK\r\n", wire.command("RCPT TO:<@relay.example:bob@example.org>"), "source route ignored");
        assertEquals("250 2.1.5 recipient OK\r\n", wire.command("RCPT TO:<Postmaster>"));
        assertEquals("554 5.7.1 relay access denied\r\n", wire.command("RCPT TO:<someone@elsewhere.example>"));
    }
}
