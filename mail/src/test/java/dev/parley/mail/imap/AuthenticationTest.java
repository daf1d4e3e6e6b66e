package dev.parley.mail.imap;

import dev.parley.mail.imap.session.ImapConfig;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** AUTHENTICATE PLAIN/LOGIN with and without SASL-IR (RFC 4959), OAUTHBEARER and XOAUTH2 (RFC 7628). */
class AuthenticationTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice());

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void plainWithInitialResponse() {
        imap.read();
        assertTrue(imap.send("a AUTHENTICATE PLAIN " + b64("\0alice\0wonderland")).startsWith("a OK [CAPABILITY"));
    }

    @Test
    void plainWithContinuation() {
        imap.read();
        assertEquals("+ \r\n", imap.send("a AUTHENTICATE PLAIN"));
        assertTrue(imap.send(b64("alice\0alice\0wonderland")).startsWith("a OK [CAPABILITY"));
    }

    @Test
    void plainWrongPassword() {
        imap.read();
        assertEquals("a NO [AUTHENTICATIONFAILED] Authentication failed\r\n",
                imap.send("a AUTHENTICATE PLAIN " + b64("\0alice\0nope")));
    }

    @Test
    void plainForAnotherUserIsAuthorizationFailure() {
        imap.read();
        assertEquals("a NO [AUTHORIZATIONFAILED] Acting as another user is not supported\r\n",
                imap.send("a AUTHENTICATE PLAIN " + b64("bob\0alice\0wonderland")));
    }

    @Test
    void loginMechanismAsksForUserAndPassword() {
        imap.read();
        assertEquals("+ VXNlcm5hbWU6\r\n", imap.send("a AUTHENTICATE LOGIN"));
        assertEquals("+ UGFzc3dvcmQ6\r\n", imap.send(b64("alice")));
        assertTrue(imap.send(b64("wonderland")).startsWith("a OK [CAPABILITY"));
    }

    @Test
    void cancelWithStarIsBad() {
        imap.read();
        imap.send("a AUTHENTICATE PLAIN");
        assertEquals("a BAD Authentication cancelled\r\n", imap.send("*"));
        assertEquals("b OK NOOP completed\r\n", imap.send("b NOOP"));
    }

    @Test
    void emptyInitialResponseIsEqualsSign() {
        imap.read();
        assertEquals("a BAD malformed PLAIN message\r\n", imap.send("a AUTHENTICATE PLAIN ="));
    }

    @Test
    void oauthBearer() {
        imap.read();
        String ir = b64("n,a=alice,\u0001host=imap.example.org\u0001port=993\u0001auth=Bearer token-alice\u0001\u0001");
        assertTrue(imap.send("a AUTHENTICATE OAUTHBEARER " + ir).startsWith("a OK [CAPABILITY"));
    }

    @Test
    void oauthBearerFailureSendsErrorChallengeFirst() {
        imap.read();
        String ir = b64("n,a=alice,\u0001auth=Bearer wrong\u0001\u0001");
        String challenge = imap.send("a AUTHENTICATE OAUTHBEARER " + ir);
        assertEquals("+ " + b64("{\"status\":\"invalid_token\",\"schemes\":\"bearer\"}") + "\r\n", challenge);
        assertEquals("a NO [AUTHENTICATIONFAILED] Authentication failed\r\n", imap.send("AQ=="));
    }

    @Test
    void xoauth2() {
        imap.read();
        String ir = b64("user=alice\u0001auth=Bearer token-alice\u0001\u0001");
        assertTrue(imap.send("a AUTHENTICATE XOAUTH2 " + ir).startsWith("a OK [CAPABILITY"));
    }

    @Test
    void unknownMechanism() {
        imap.read();
        assertEquals("a NO [CANNOT] Unsupported authentication mechanism\r\n", imap.send("a AUTHENTICATE CRAM-MD5"));
    }

    @Test
    void loginDisabledWithoutTls() {
        ImapHarness strict = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withPlaintextLogin(false));
        String greeting = strict.read();
        assertTrue(greeting.contains("LOGINDISABLED") && !greeting.contains("AUTH=PLAIN"), greeting);
        assertEquals("a NO [PRIVACYREQUIRED] LOGIN is disabled without TLS, use STARTTLS first\r\n",
                strict.send("a LOGIN alice wonderland"));
        assertEquals("b NO [PRIVACYREQUIRED] Plaintext authentication needs TLS, use STARTTLS first\r\n",
                strict.send("b AUTHENTICATE PLAIN " + b64("\0alice\0wonderland")));
    }

    @Test
    void backendOutageIsUnavailable() {
        imap.backend.unavailable(true);
        imap.read();
        assertEquals("a NO [UNAVAILABLE] Service temporarily unavailable, try again later\r\n",
                imap.send("a LOGIN alice wonderland"));
    }

    @Test
    void unexpectedBackendExceptionIsUnavailableWithoutStackTrace() {
        dev.parley.mail.imap.backend.ImapBackend broken = new dev.parley.mail.imap.backend.ImapBackend() {
            @Override
            public dev.parley.mail.imap.backend.MailboxUser authenticate(String u, String p, java.net.InetAddress c) {
                throw new IllegalStateException("connection pool exhausted");
            }

            @Override
            public dev.parley.mail.imap.backend.MailboxUser authenticateBearer(String u, String t, java.net.InetAddress c) {
                throw new IllegalStateException("connection pool exhausted");
            }
        };
        io.netty.channel.embedded.EmbeddedChannel channel = new io.netty.channel.embedded.EmbeddedChannel(
                new ImapChannelInitializer(broken, ImapConfig.defaults()));
        channel.readOutbound();
        channel.writeInbound(io.netty.buffer.Unpooled.copiedBuffer("a LOGIN x y\r\n", StandardCharsets.US_ASCII));
        io.netty.buffer.ByteBuf reply = channel.readOutbound();
        assertEquals("a NO [UNAVAILABLE] Service temporarily unavailable, try again later\r\n",
                reply.toString(StandardCharsets.US_ASCII));
        reply.release();
    }

    @Test
    void secondLoginIsBad() {
        imap.loggedIn();
        assertEquals("a BAD LOGIN is not valid in the authenticated state\r\n", imap.send("a LOGIN alice wonderland"));
    }
}
