package dev.parley.mail.managesieve;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 5804 §2.1 AUTHENTICATE: initial response, continuation, cancel, failures, TLS requirement. */
class ManageSieveAuthTest {

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainWithContinuation() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        assertEquals("\"\"\r\n", wire.command("AUTHENTICATE \"PLAIN\""));
        assertEquals("OK \"Authenticated\"\r\n", wire.command("\"" + b64("\0alice@example.test\0secret") + "\""));
        assertEquals("OK\r\n", wire.command("LISTSCRIPTS"));
    }

    @Test
    void plainAsLiteralInitialResponse() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        String ir = b64("alice@example.test\0alice@example.test\0secret");
        assertEquals("OK \"Authenticated\"\r\n", wire.send("AUTHENTICATE \"PLAIN\" {" + ir.length() + "+}\r\n" + ir + "\r\n"));
    }

    @Test
    void cancelWrongPasswordOtherAuthzid() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        wire.command("AUTHENTICATE \"PLAIN\"");
        assertEquals("NO \"Authentication cancelled\"\r\n", wire.command("\"*\""));
        assertEquals("NO \"Authentication failed\"\r\n", wire.command("AUTHENTICATE \"PLAIN\" \"" + b64("\0alice@example.test\0nope") + "\""));
        assertEquals("NO \"Authentication failed\"\r\n",
                wire.command("AUTHENTICATE \"PLAIN\" \"" + b64("bob@example.test\0alice@example.test\0secret") + "\""));
        assertEquals("BYE \"Too many authentication failures\"\r\n",
                wire.command("AUTHENTICATE \"PLAIN\" \"" + b64("\0alice@example.test\0nope") + "\""));
        assertFalse(wire.channel.isActive());
    }

    @Test
    void malformedAndUnsupported() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        assertEquals("NO \"Unsupported SASL mechanism\"\r\n", wire.command("AUTHENTICATE \"CRAM-MD5\""));
        assertEquals("NO \"Malformed SASL response\"\r\n", wire.command("AUTHENTICATE \"PLAIN\" \"!!!\""));
        assertEquals("NO \"Syntax error: AUTHENTICATE takes 1 to 2 arguments\"\r\n", wire.command("AUTHENTICATE"));
    }

    @Test
    void backendDownIsTryLater() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        wire.backend.down = true;
        assertEquals("NO (TRYLATER) \"Authentication service unavailable\"\r\n",
                wire.command("AUTHENTICATE \"PLAIN\" \"" + b64("\0alice@example.test\0secret") + "\""));
    }

    @Test
    void oauthBearerAndItsErrorChallenge() {
        SieveWire wire = SieveWire.plain();
        wire.read();
        assertEquals("OK \"Authenticated\"\r\n",
                wire.command("AUTHENTICATE \"OAUTHBEARER\" \"" + b64("n,a=alice@example.test,\u0001auth=Bearer token-alice\u0001\u0001") + "\""));
        wire.command("UNAUTHENTICATE");
        String challenge = wire.command("AUTHENTICATE \"OAUTHBEARER\" \"" + b64("n,,\u0001auth=Bearer wrong\u0001\u0001") + "\"");
        assertTrue(new String(Base64.getDecoder().decode(challenge.substring(1, challenge.length() - 3)), StandardCharsets.US_ASCII)
                .contains("invalid_token"), challenge);
        assertEquals("NO \"Authentication failed\"\r\n", wire.command("\"AQ==\""));
    }

    @Test
    void withoutTlsLoginsAreNotOfferedUnlessConfigured() {
        SieveWire wire = new SieveWire(new InMemorySieveBackend(), SieveWire.config().withPlaintextAuth(false), null);
        assertTrue(wire.read().contains("\"SASL\" \"\"\r\n"));
        assertEquals("NO (ENCRYPT-NEEDED) \"Use STARTTLS first\"\r\n",
                wire.command("AUTHENTICATE \"PLAIN\" \"" + b64("\0alice@example.test\0secret") + "\""));
    }
}
