package dev.parley.mail.smtp;

import dev.parley.mail.smtp.backend.BodyType;
import dev.parley.mail.smtp.backend.MailFrom;
import dev.parley.mail.smtp.backend.Recipient;
import dev.parley.mail.smtp.codec.Xtext;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** DSN (RFC 3461), AUTH= (RFC 4954 §5), SIZE/BODY and SMTPUTF8 (RFC 6531) parameters. */
class SmtpParametersTest {

    @Test
    void dsnParametersAreParsedAndXtextDecoded() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        assertEquals("250 2.1.0 sender OK\r\n",
                wire.command("MAIL FROM:<a@b.example> RET=HDRS ENVID=QQ314159+2Bx SIZE=100 BODY=8BITMIME AUTH=<>"));
        assertEquals("250 2.1.5 recipient OK\r\n",
                wire.command("RCPT TO:<bob@example.org> NOTIFY=SUCCESS,delay ORCPT=rfc822;Bob+2BTag+3D@Example.org"));
        assertEquals("250 2.1.5 recipient OK\r\n", wire.command("RCPT TO:<eve@example.org> NOTIFY=NEVER"));
        MailFrom from = backend.senders.get(0);
        assertEquals(MailFrom.Ret.HDRS, from.ret());
        assertEquals("QQ314159+x", from.envelopeId());
        assertEquals(100, from.declaredSize());
        assertEquals(BodyType.EIGHT_BIT_MIME, from.body());
        assertEquals("<>", from.auth());
        Recipient bob = backend.recipients.get(0);
        assertEquals(Set.of(Recipient.Notify.SUCCESS, Recipient.Notify.DELAY), bob.notifyOn());
        assertEquals(new Recipient.OriginalRecipient("rfc822", "Bob+Tag=@Example.org"), bob.orcpt());
    }

    @Test
    void malformedAndUnknownParameters() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend()).ehlo();
        assertTrue(wire.command("MAIL FROM:<a@b.example> RET=BOTH").startsWith("501 5.5.4 "));
        assertTrue(wire.command("MAIL FROM:<a@b.example> ENVID=bad+zz").startsWith("501 5.5.4 "));
        assertTrue(wire.command("MAIL FROM:<a@b.example> SIZE=big").startsWith("501 5.5.4 "));
        assertTrue(wire.command("MAIL FROM:<a@b.example> SIZE=1 SIZE=2").startsWith("501 5.5.4 "));
        assertTrue(wire.command("MAIL FROM:<a@b.example> XFOO=1").startsWith("555 5.5.4 "));
        wire.command("MAIL FROM:<a@b.example>");
        assertTrue(wire.command("RCPT TO:<bob@example.org> NOTIFY=NEVER,SUCCESS").startsWith("501 5.5.4 "));
        assertTrue(wire.command("RCPT TO:<bob@example.org> NOTIFY=SOMETIMES").startsWith("501 5.5.4 "));
        assertTrue(wire.command("RCPT TO:<bob@example.org> ORCPT=nosemicolon").startsWith("501 5.5.4 "));
        assertTrue(wire.command("RCPT TO:<bob@example.org> RET=FULL").startsWith("555 5.5.4 "));
    }

    @Test
    void utf8AddressesNeedSmtputf8() {
        InMemorySmtpBackend backend = new InMemorySmtpBackend();
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend).ehlo();
        assertEquals("553 5.6.7 non-ASCII address requires the SMTPUTF8 parameter\r\n", wire.command("MAIL FROM:<jörg@b.example>"));
        assertEquals("250 2.1.0 sender OK\r\n", wire.command("MAIL FROM:<jörg@b.example> SMTPUTF8"));
        assertEquals("250 2.1.5 recipient OK\r\n", wire.command("RCPT TO:<käthe@bücher.example>"));
        wire.send("DATA\r\n");
        wire.read();
        wire.sendBytes("Subject: ü\r\n\r\nx\r\n.\r\n".getBytes(StandardCharsets.UTF_8));
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.read());
        assertTrue(backend.only().content().contains(" with UTF8ESMTP id Q1\r\n\tfor <käthe@bücher.example>"));
        assertEquals("käthe@bücher.example", backend.recipients.get(0).address());
    }

    @Test
    void utf8RecipientWithoutSmtputf8IsRefused() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), new InMemorySmtpBackend()).ehlo();
        wire.command("MAIL FROM:<a@b.example>");
        assertEquals("553 5.6.7 non-ASCII address requires the SMTPUTF8 parameter\r\n", wire.command("RCPT TO:<käthe@bücher.example>"));
    }

    @Test
    void xtextRoundTrip() {
        assertEquals("a+b=c d", Xtext.decode("a+2Bb+3Dc+20d"));
        assertEquals("a+2Bb+3Dc+20d", Xtext.encode("a+b=c d"));
        assertEquals("ü", Xtext.decode(Xtext.encode("ü")));
        assertThrows(IllegalArgumentException.class, () -> Xtext.decode("a+2"));
        assertThrows(IllegalArgumentException.class, () -> Xtext.decode("a+2b"), "lower-case hex");
        assertThrows(IllegalArgumentException.class, () -> Xtext.decode("a=b"));
    }
}
