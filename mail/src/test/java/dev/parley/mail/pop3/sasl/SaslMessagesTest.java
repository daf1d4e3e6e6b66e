package dev.parley.mail.pop3.sasl;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** RFC 4616 PLAIN and RFC 7628 OAUTHBEARER client messages, well-formed and not. */
class SaslMessagesTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void plainWithAndWithoutAuthorizationId() throws MalformedSaslException {
        assertEquals(new PlainMessage("", "tim", "tanstaaftanstaaf"), PlainMessage.parse(bytes("\0tim\0tanstaaftanstaaf")));
        assertEquals(new PlainMessage("Ursel", "Kurt", "xipj3plmq"), PlainMessage.parse(bytes("Ursel\0Kurt\0xipj3plmq")));
    }

    @Test
    void plainRejectsMalformedMessages() {
        assertThrows(MalformedSaslException.class, () -> PlainMessage.parse(bytes("\0tim")));
        assertThrows(MalformedSaslException.class, () -> PlainMessage.parse(bytes("a\0b\0c\0d")));
        assertThrows(MalformedSaslException.class, () -> PlainMessage.parse(bytes("\0\0pw")));
        assertThrows(MalformedSaslException.class, () -> PlainMessage.parse(bytes("\0tim\0" + "p".repeat(256))));
        assertThrows(MalformedSaslException.class, () -> PlainMessage.parse(new byte[] {0, 'a', 0, (byte) 0xff}));
    }

    @Test
    void plainToStringHidesThePassword() throws MalformedSaslException {
        assertFalse(PlainMessage.parse(bytes("\0tim\0hunter2")).toString().contains("hunter2"));
    }

    @Test
    void bearerOfRfc7628Section4_1() throws MalformedSaslException {
        BearerMessage m = BearerMessage.parse(bytes(
                "n,a=user@example.com,\u0001host=server.example.com\u0001port=143\u0001auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\u0001\u0001"));
        assertEquals("user@example.com", m.username());
        assertEquals("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==", m.token());
        assertFalse(m.toString().contains("vF9d"));
    }

    @Test
    void bearerWithoutAuthorizationIdAndWithEscapes() throws MalformedSaslException {
        assertNull(BearerMessage.parse(bytes("n,,\u0001auth=Bearer t\u0001\u0001")).username());
        assertEquals("a,b=c", BearerMessage.parse(bytes("n,a=a=2Cb=3Dc,\u0001auth=Bearer t\u0001\u0001")).username());
    }

    @Test
    void bearerRejectsMalformedMessages() {
        assertThrows(MalformedSaslException.class, () -> BearerMessage.parse(bytes("n,,\u0001auth=Bearer t\u0001")));
        assertThrows(MalformedSaslException.class, () -> BearerMessage.parse(bytes("p=tls-unique,,\u0001auth=Bearer t\u0001\u0001")));
        assertThrows(MalformedSaslException.class, () -> BearerMessage.parse(bytes("n,,\u0001auth=Basic dTpw\u0001\u0001")));
        assertThrows(MalformedSaslException.class, () -> BearerMessage.parse(bytes("n,,\u0001host=x\u0001\u0001")));
        assertThrows(MalformedSaslException.class, () -> BearerMessage.parse(bytes("n,x=y,\u0001auth=Bearer t\u0001\u0001")));
    }

    @Test
    void base64Framing() throws MalformedSaslException {
        assertEquals("\u0001", new String(SaslResponses.decode("AQ=="), StandardCharsets.US_ASCII));
        assertThrows(MalformedSaslException.class, () -> SaslResponses.decode("AQ="));
        assertThrows(MalformedSaslException.class, () -> SaslResponses.decode("A Q=="));
    }
}
