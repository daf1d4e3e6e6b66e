package dev.parley.mail.smtp;

import io.netty.handler.ssl.SslContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Submission (RFC 6409), AUTH (RFC 4954) and STARTTLS (RFC 3207) with real handshakes. */
class SmtpAuthTest {

    static SslContext tls;

    @BeforeAll
    static void certificate() throws Exception {
        tls = SmtpTls.server();
    }

    private static SmtpConfig submission() {
        return SmtpConfig.defaults(SmtpWire.HOST, SmtpMode.SUBMISSION);
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static InMemorySmtpBackend backend() {
        return new InMemorySmtpBackend().user("alice", "secret");
    }

    @Test
    void submissionNeedsAuthBeforeMail() {
        SmtpWire wire = new SmtpWire(submission().withAuthWithoutTls(true), backend()).ehlo();
        assertEquals("530 5.7.0 authentication required\r\n", wire.command("MAIL FROM:<alice@example.org>"));
    }

    @Test
    void authPlainWithInitialResponse() {
        InMemorySmtpBackend backend = backend();
        SmtpWire wire = new SmtpWire(submission().withAuthWithoutTls(true), backend);
        wire.read();
        assertTrue(wire.command("EHLO c.example").contains("250-AUTH PLAIN LOGIN OAUTHBEARER XOAUTH2\r\n"));
        assertEquals("235 2.7.0 authentication successful\r\n", wire.command("AUTH PLAIN " + b64("\0alice\0secret")));
        assertEquals("503 5.5.1 bad sequence of commands\r\n", wire.command("AUTH PLAIN " + b64("\0alice\0secret")));
        wire.send("MAIL FROM:<alice@example.org>\r\nRCPT TO:<someone@elsewhere.example>\r\nDATA\r\n");
        assertEquals("250 2.1.0 sender OK\r\n250 2.1.5 recipient OK\r\n354 end data with <CR><LF>.<CR><LF>\r\n",
                wire.read(), "authenticated clients may relay");
        wire.send("hi\r\n.\r\n");
        assertEquals("250 2.0.0 OK queued as Q1\r\n", wire.read());
        assertTrue(backend.only().content().contains(" with ESMTPA id Q1"));
    }

    @Test
    void authPlainWithContinuationAndLogin() {
        SmtpWire wire = new SmtpWire(submission().withAuthWithoutTls(true), backend()).ehlo();
        assertEquals("334 \r\n", wire.command("AUTH PLAIN"));
        assertEquals("235 2.7.0 authentication successful\r\n", wire.command(b64("\0alice\0secret")));

        SmtpWire login = new SmtpWire(submission().withAuthWithoutTls(true), backend()).ehlo();
        assertEquals("334 " + b64("Username:") + "\r\n", login.command("AUTH LOGIN"));
        assertEquals("334 " + b64("Password:") + "\r\n", login.command(b64("alice")));
        assertEquals("235 2.7.0 authentication successful\r\n", login.command(b64("secret")));
    }

    @Test
    void badCredentialsCancelAndTooManyFailures() {
        SmtpWire wire = new SmtpWire(submission().withAuthWithoutTls(true).withMaxAuthFailures(2), backend()).ehlo();
        assertEquals("334 \r\n", wire.command("AUTH PLAIN"));
        assertEquals("501 5.0.0 authentication cancelled\r\n", wire.command("*"));
        assertEquals("504 5.5.4 unrecognized authentication mechanism\r\n", wire.command("AUTH CRAM-MD5"));
        assertEquals("535 5.7.8 authentication credentials invalid\r\n", wire.command("AUTH PLAIN " + b64("\0alice\0wrong")));
        assertEquals("535 5.7.8 authentication credentials invalid\r\n421 4.7.0 too many failed authentications, closing\r\n",
                wire.command("AUTH PLAIN " + b64("\0alice\0wrong")));
        assertFalse(wire.channel.isOpen());
    }

    @Test
    void backendOutageIsTemporary() {
        InMemorySmtpBackend backend = backend();
        backend.failAuth = true;
        SmtpWire wire = new SmtpWire(submission().withAuthWithoutTls(true), backend).ehlo();
        assertEquals("454 4.7.0 temporary authentication failure\r\n", wire.command("AUTH PLAIN " + b64("\0alice\0secret")));
    }

    @Test
    void oauthBearer() {
        InMemorySmtpBackend backend = backend();
        backend.tokens.put("tok3n", "alice");
        SmtpWire wire = new SmtpWire(submission().withAuthWithoutTls(true), backend).ehlo();
        assertEquals("235 2.7.0 authentication successful\r\n",
                wire.command("AUTH XOAUTH2 " + b64("user=alice\u0001auth=Bearer tok3n\u0001\u0001")));
        SmtpWire bad = new SmtpWire(submission().withAuthWithoutTls(true), backend).ehlo();
        String challenge = bad.command("AUTH OAUTHBEARER " + b64("n,a=alice,\u0001auth=Bearer nope\u0001\u0001"));
        assertTrue(challenge.startsWith("334 "), challenge); // RFC 7628 §3.2.2 error challenge
        assertEquals("535 5.7.8 authentication credentials invalid\r\n", bad.command(b64("\u0001")));
    }

    @Test
    void noAuthWithoutTlsAndStartTlsResetsTheSession() throws Exception {
        InMemorySmtpBackend backend = backend();
        SmtpWire wire = new SmtpWire(submission(), backend, tls, false);
        wire.read();
        String ehlo = wire.command("EHLO c.example");
        assertTrue(ehlo.contains("250-STARTTLS\r\n") && !ehlo.contains("AUTH"), ehlo);
        assertEquals("538 5.7.11 encryption required for requested authentication mechanism\r\n",
                wire.command("AUTH PLAIN " + b64("\0alice\0secret")));
        // CVE-2011-0411: commands pipelined behind STARTTLS in the same packet are dropped.
        wire.send("STARTTLS\r\nAUTH PLAIN " + b64("\0alice\0secret") + "\r\n");
        assertEquals("220 2.0.0 ready to start TLS\r\n", wire.read());
        SmtpTls.Client client = new SmtpTls.Client(wire.channel);
        assertEquals("", client.read(), "the injected AUTH was not answered");
        assertEquals("503 5.5.1 bad sequence of commands: send EHLO first\r\n", client.command("MAIL FROM:<alice@example.org>"));
        String after = client.command("EHLO c.example");
        assertTrue(after.contains("250-AUTH PLAIN") && !after.contains("STARTTLS"), after);
        assertEquals("235 2.7.0 authentication successful\r\n", client.command("AUTH PLAIN " + b64("\0alice\0secret")));
        client.send("MAIL FROM:<alice@example.org>\r\nRCPT TO:<bob@example.org>\r\nDATA\r\n");
        assertEquals("250 2.0.0 OK queued as Q1\r\n", client.send("hi\r\n.\r\n"));
        assertTrue(backend.only().content().contains(" with ESMTPSA id Q1"));
    }

    @Test
    void implicitTls() throws Exception {
        SmtpWire wire = new SmtpWire(submission(), backend(), tls, true);
        SmtpTls.Client client = new SmtpTls.Client(wire.channel);
        assertEquals("220 mx.example.org ESMTP Parley ready\r\n", client.read());
        String ehlo = client.command("EHLO c.example");
        assertTrue(ehlo.contains("250-AUTH PLAIN") && !ehlo.contains("STARTTLS"), ehlo);
        assertEquals("503 5.5.1 bad sequence of commands: TLS already active\r\n", client.command("STARTTLS"));
        assertEquals("250 2.0.0 OK\r\n", client.command("NOOP"));
    }

    @Test
    void startTlsWithoutCertificate() {
        SmtpWire wire = new SmtpWire(SmtpWire.mx(), backend()).ehlo();
        assertEquals("454 4.7.0 TLS not available\r\n", wire.command("STARTTLS"));
        assertEquals("250 2.0.0 OK\r\n", wire.command("NOOP"));
    }
}
