package dev.parley.mail.pop3;

import dev.parley.mail.testing.TestTls;
import dev.parley.mail.net.StartTls;
import dev.parley.mail.pop3.session.AuthDelay;
import dev.parley.mail.pop3.session.Pop3Config;
import io.netty.handler.ssl.SslContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Implicit TLS (RFC 8314) and STLS (RFC 2595 §4) with real handshakes between embedded channels. */
class Pop3TlsTest {

    static final Pop3Config STRICT = Pop3Config.defaults().withAuthDelay(AuthDelay.NONE);
    static final String CAPA_BEFORE_LOGIN_WITH_TLS = "+OK capability list follows\r\nTOP\r\nUIDL\r\nUSER\r\n"
            + "SASL PLAIN OAUTHBEARER\r\nPIPELINING\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\nIMPLEMENTATION Parley\r\n.\r\n";

    static SslContext tls;

    @BeforeAll
    static void certificate() throws Exception {
        tls = TestTls.server();
    }

    private static InMemoryPop3Backend backend() {
        return new InMemoryPop3Backend().user("alice", "secret").message("alice", "Subject: s\r\n\r\n.dot\r\n");
    }

    @Test
    void implicitTlsAllowsPlaintextCredentialsAndRefusesStls() throws Exception {
        Pop3Wire wire = new Pop3Wire(STRICT, backend(), tls, true);
        TestTls.Client client = new TestTls.Client(wire.channel);
        assertEquals("+OK Parley POP3 server ready\r\n", client.read());
        assertEquals(CAPA_BEFORE_LOGIN_WITH_TLS, client.command("CAPA"));
        assertEquals("-ERR TLS already active\r\n", client.command("STLS"));
        assertEquals("+OK send PASS\r\n", client.command("USER alice"));
        assertTrue(client.command("PASS secret").startsWith("+OK logged in, maildrop has 1 messages"));
        assertEquals("+OK 20 octets\r\nSubject: s\r\n\r\n..dot\r\n.\r\n", client.command("RETR 1"));
    }

    @Test
    void stlsUpgradesThePlaintextConnection() throws Exception {
        Pop3Wire wire = new Pop3Wire(STRICT, backend(), tls, false);
        wire.read();
        String capa = wire.command("CAPA");
        assertTrue(capa.contains("\r\nSTLS\r\n") && !capa.contains("USER"), capa);
        assertEquals("+OK begin TLS negotiation\r\n", wire.command("STLS"));
        assertTrue(StartTls.isActive(wire.channel));

        TestTls.Client client = new TestTls.Client(wire.channel);
        assertEquals(CAPA_BEFORE_LOGIN_WITH_TLS, client.command("CAPA"));
        client.command("USER alice");
        assertTrue(client.command("PASS secret").startsWith("+OK logged in"));
    }

    @Test
    void plaintextPipelinedBehindStlsIsDiscarded() throws Exception {
        InMemoryPop3Backend backend = backend();
        Pop3Wire wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend, tls, false);
        wire.read();
        // CVE-2011-0411: an attacker appends commands to the STLS packet.
        wire.send("STLS\r\nUSER alice\r\nPASS secret\r\n");
        assertEquals("+OK begin TLS negotiation\r\n", wire.read());
        TestTls.Client client = new TestTls.Client(wire.channel);
        assertEquals("", client.read(), "the injected commands were not answered");
        assertEquals("-ERR send USER first\r\n", client.command("PASS secret"));
        assertTrue(backend.passwordsSeen.isEmpty());
    }

    @Test
    void stlsWithoutCertificateIsRefused() {
        Pop3Wire wire = new Pop3Wire(STRICT, backend());
        wire.read();
        assertEquals("-ERR TLS not available\r\n", wire.command("STLS"));
    }
}
