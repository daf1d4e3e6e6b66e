package dev.parley.mail.managesieve;

import dev.parley.mail.testing.TestTls;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5804 §2.2 STARTTLS: capabilities re-sent after the handshake; injected plaintext dropped. */
class ManageSieveTlsTest {

    @Test
    void startTlsThenCapabilitiesThenLogin() throws Exception {
        SieveWire wire = new SieveWire(new InMemorySieveBackend(), SieveWire.config().withPlaintextAuth(false), TestTls.server());
        String greeting = wire.read();
        assertTrue(greeting.contains("\"STARTTLS\"\r\n") && greeting.contains("\"SASL\" \"\"\r\n"), greeting);
        // CVE-2011-0411: a LISTSCRIPTS injected behind STARTTLS must not run after the handshake.
        assertEquals("OK \"Begin TLS negotiation now\"\r\n", wire.send("STARTTLS\r\nLOGOUT\r\n"));
        TestTls.Client client = new TestTls.Client(wire.channel);
        String caps = client.read();
        assertTrue(caps.contains("\"SASL\" \"PLAIN OAUTHBEARER\"\r\n"), caps);
        assertFalse(caps.contains("STARTTLS"), caps);
        assertTrue(caps.endsWith("OK\r\n"), caps);
        assertTrue(wire.channel.isActive(), "the injected LOGOUT was dropped");
        String ir = Base64.getEncoder().encodeToString("\0alice@example.test\0secret".getBytes(StandardCharsets.UTF_8));
        assertEquals("OK \"Authenticated\"\r\n", client.command("AUTHENTICATE \"PLAIN\" \"" + ir + "\""));
        assertEquals("NO \"TLS already active\"\r\n", client.command("STARTTLS"));
    }

    @Test
    void startTlsWithoutCertificateIsRefused() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        assertEquals("NO \"STARTTLS not available\"\r\n", wire.command("STARTTLS"));
    }
}
