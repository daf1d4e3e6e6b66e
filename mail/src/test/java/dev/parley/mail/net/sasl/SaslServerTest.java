package dev.parley.mail.net.sasl;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class SaslServerTest {

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static SaslCredentials complete(SaslServer.Step step) {
        return assertInstanceOf(SaslServer.Complete.class, step).credentials();
    }

    @Test
    void plainWithAndWithoutAuthzid() throws Exception {
        assertEquals(new SaslCredentials(null, "tim", "tanstaaftanstaaf", false),
                complete(SaslServer.create("plain").evaluate(bytes("\0tim\0tanstaaftanstaaf"))));
        assertEquals(new SaslCredentials("Ursel", "Kurt", "xipj3plmq", false),
                complete(SaslServer.create("PLAIN").evaluate(bytes("Ursel\0Kurt\0xipj3plmq"))));
    }

    @Test
    void plainRejectsMalformed() {
        for (String bad : new String[] {"", "nouser", "\0\0pw", "a\0b\0c\0d"}) {
            assertThrows(SaslException.class, () -> SaslServer.create("PLAIN").evaluate(bytes(bad)), bad);
        }
    }

    @Test
    void oauthBearerParsesGs2AndToken() throws Exception {
        SaslCredentials c = complete(SaslServer.create("OAUTHBEARER")
                .evaluate(bytes("n,a=user@example.com,\u0001host=server.example.com\u0001port=143\u0001auth=Bearer vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==\u0001\u0001")));
        assertEquals("user@example.com", c.username());
        assertEquals("vF9dft4qmTc2Nvb3RlckBhbHRhdmlzdGEuY29tCg==", c.secret());
        assertEquals(true, c.bearer());
    }

    @Test
    void oauthBearerRefusesChannelBindingAndMissingToken() {
        assertThrows(SaslException.class, () -> SaslServer.create("OAUTHBEARER").evaluate(bytes("p=tls-unique,,\u0001auth=Bearer x\u0001\u0001")));
        assertThrows(SaslException.class, () -> SaslServer.create("OAUTHBEARER").evaluate(bytes("n,,\u0001host=x\u0001\u0001")));
    }

    @Test
    void credentialsNeverPrintTheSecret() {
        assertEquals(-1, new SaslCredentials(null, "u", "hunter2", false).toString().indexOf("hunter2"));
    }

    @Test
    void unknownMechanism() {
        assertNull(SaslServer.create("GSSAPI"));
    }
}
