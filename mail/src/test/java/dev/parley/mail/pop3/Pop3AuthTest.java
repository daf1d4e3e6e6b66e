package dev.parley.mail.pop3;

import dev.parley.mail.pop3.backend.AuthFailure;
import dev.parley.mail.pop3.session.AuthDelay;
import dev.parley.mail.pop3.session.Pop3Config;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** USER/PASS (RFC 1939 §7), SASL (RFC 5034, RFC 4616, RFC 7628) and response codes (RFC 2449, RFC 3206). */
class Pop3AuthTest {

    static final String LOGGED_IN = "+OK logged in, maildrop has 0 messages (0 octets)\r\n";
    static final String AUTH_FAILED = "-ERR [AUTH] authentication failed\r\n";

    InMemoryPop3Backend backend;
    Pop3Wire wire;

    static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    static String bearer(String user, String token) {
        return b64("n," + (user == null ? "" : "a=" + user) + ",\u0001auth=Bearer " + token + "\u0001\u0001");
    }

    @BeforeEach
    void setUp() {
        backend = new InMemoryPop3Backend().user("alice", "secret").token("tok-123", "alice");
        wire = new Pop3Wire(Pop3Wire.PLAINTEXT, backend);
        wire.read();
    }

    @Test
    void plainWithInitialResponse() {
        assertEquals(LOGGED_IN, wire.command("AUTH PLAIN " + b64("\0alice\0secret")));
    }

    @Test
    void plainAsContinuation() {
        assertEquals("+ \r\n", wire.command("AUTH PLAIN"));
        assertEquals(LOGGED_IN, wire.command(b64("alice\0alice\0secret")));
    }

    @Test
    void mechanismNameIsCaseInsensitive() {
        assertEquals(LOGGED_IN, wire.command("auth plain " + b64("\0alice\0secret")));
    }

    @Test
    void cancelledExchange() {
        assertEquals("+ \r\n", wire.command("AUTH PLAIN"));
        assertEquals("-ERR authentication cancelled\r\n", wire.command("*"));
        assertEquals("+OK send PASS\r\n", wire.command("USER alice"), "back to commands");
    }

    @Test
    void badBase64() {
        assertEquals("-ERR malformed SASL response: invalid base64\r\n", wire.command("AUTH PLAIN ab$="));
        wire.command("AUTH PLAIN");
        assertEquals("-ERR malformed SASL response: base64 length not a multiple of 4\r\n", wire.command("abc"));
    }

    @Test
    void malformedPlainMessage() {
        assertEquals("-ERR malformed SASL response: PLAIN message needs exactly two NUL separators\r\n",
                wire.command("AUTH PLAIN " + b64("alice secret")));
        assertEquals("-ERR malformed SASL response: PLAIN message needs exactly two NUL separators\r\n",
                wire.command("AUTH PLAIN ="));
    }

    @Test
    void wrongPassword() {
        assertEquals(AUTH_FAILED, wire.command("AUTH PLAIN " + b64("\0alice\0wrong")));
        wire.command("USER alice");
        assertEquals(AUTH_FAILED, wire.command("PASS wrong"));
    }

    @Test
    void proxyAuthorizationIsRefused() {
        assertEquals(AUTH_FAILED, wire.command("AUTH PLAIN " + b64("bob\0alice\0secret")));
    }

    @Test
    void passwordMayContainSpaces() {
        backend.user("carol", "two words ");
        wire.command("USER carol");
        assertEquals(LOGGED_IN, wire.command("PASS two words "));
    }

    @Test
    void unsupportedMechanism() {
        assertEquals("-ERR unsupported authentication mechanism\r\n", wire.command("AUTH CRAM-MD5"));
    }

    @Test
    void bareAuthListsMechanisms() {
        assertEquals("+OK supported mechanisms follow\r\nPLAIN\r\nOAUTHBEARER\r\n.\r\n", wire.command("AUTH"));
    }

    @Test
    void oauthBearerSuccess() {
        assertEquals(LOGGED_IN, wire.command("AUTH OAUTHBEARER " + bearer("alice", "tok-123")));
    }

    @Test
    void oauthBearerWithoutUserAsContinuation() {
        assertEquals("+ \r\n", wire.command("AUTH OAUTHBEARER"));
        assertEquals(LOGGED_IN, wire.command(bearer(null, "tok-123")));
    }

    @Test
    void oauthBearerFailureSendsErrorJsonThenFailsAfterTheClientsAck() {
        String json = b64("{\"status\":\"invalid_token\",\"schemes\":\"bearer\"}");
        assertEquals("+ " + json + "\r\n", wire.command("AUTH OAUTHBEARER " + bearer("alice", "expired")));
        // RFC 7628 §3.2.3: the client answers the error with a single %x01.
        assertEquals(AUTH_FAILED, wire.command("AQ=="));
        assertEquals("+OK send PASS\r\n", wire.command("USER alice"));
    }

    @Test
    void oauthBearerForAnotherUserFails() {
        backend.user("bob", "x");
        String reply = wire.command("AUTH OAUTHBEARER " + bearer("bob", "tok-123"));
        assertTrue(reply.startsWith("+ "), reply);
        assertEquals(AUTH_FAILED, wire.command("AQ=="));
    }

    @Test
    void failureKindsMapToResponseCodes() {
        backend.user("dis", "p").refuse("dis", AuthFailure.DISABLED)
                .user("thr", "p").refuse("thr", AuthFailure.THROTTLED)
                .user("del", "p").refuse("del", AuthFailure.LOGIN_DELAY)
                .user("una", "p").refuse("una", AuthFailure.UNAVAILABLE);
        Pop3Config lenient = Pop3Wire.PLAINTEXT.withLimits(16 * 1024, 1024, 10, 10);
        Pop3Wire w = new Pop3Wire(lenient, backend);
        w.read();
        assertEquals("-ERR [SYS/PERM] account disabled, contact your administrator\r\n", w.command("AUTH PLAIN " + b64("\0dis\0p")));
        assertEquals("-ERR [SYS/TEMP] too many failed logins, try again later\r\n", w.command("AUTH PLAIN " + b64("\0thr\0p")));
        assertEquals("-ERR [LOGIN-DELAY] logged in too recently, try again later\r\n", w.command("AUTH PLAIN " + b64("\0del\0p")));
        assertEquals("-ERR [SYS/TEMP] authentication service unavailable, try again later\r\n",
                w.command("AUTH PLAIN " + b64("\0una\0p")));
    }

    @Test
    void tooManyFailedLoginsClose() {
        wire.command("AUTH PLAIN " + b64("\0alice\0a"));
        wire.command("AUTH PLAIN " + b64("\0alice\0b"));
        assertEquals(AUTH_FAILED, wire.command("AUTH PLAIN " + b64("\0alice\0c")));
        assertFalse(wire.channel.isOpen());
    }

    @Test
    void failedLoginReplyIsDelayedWithoutBlocking() {
        Pop3Config slow = Pop3Wire.PLAINTEXT.withAuthDelay(AuthDelay.linear(Duration.ofSeconds(2), Duration.ofSeconds(5)));
        Pop3Wire w = new Pop3Wire(slow, backend);
        w.channel.freezeTime();
        w.read();
        w.command("USER alice");
        assertEquals("", w.command("PASS wrong"), "nothing yet");
        assertEquals("", w.command("NOOP"), "later commands wait for the delayed reply");
        w.channel.advanceTimeBy(2, TimeUnit.SECONDS);
        w.channel.runScheduledPendingTasks();
        assertEquals(AUTH_FAILED + "-ERR command not valid in this state\r\n", w.read());
    }

    @Test
    void plaintextLoginIsRefusedBeforeTlsWhenConfigured() {
        Pop3Wire strict = new Pop3Wire(Pop3Config.defaults().withAuthDelay(AuthDelay.NONE), backend);
        strict.read();
        String refused = "-ERR [AUTH] plaintext authentication disallowed without TLS, use STLS\r\n";
        assertEquals(refused, strict.command("USER alice"));
        assertEquals(refused, strict.command("PASS secret"));
        assertEquals(refused, strict.command("AUTH PLAIN " + b64("\0alice\0secret")));
        assertEquals(refused, strict.command("AUTH OAUTHBEARER " + bearer("alice", "tok-123")));
        assertEquals("+OK capability list follows\r\nTOP\r\nUIDL\r\nPIPELINING\r\nRESP-CODES\r\nAUTH-RESP-CODE\r\n"
                + "IMPLEMENTATION Parley\r\n.\r\n", strict.command("CAPA"));
        assertTrue(backend.passwordsSeen.isEmpty(), "no password reached the back end");
    }

    @Test
    void capaBeforeLoginWithPlaintextAllowed() {
        assertEquals("+OK capability list follows\r\nTOP\r\nUIDL\r\nUSER\r\nSASL PLAIN OAUTHBEARER\r\nPIPELINING\r\n"
                + "RESP-CODES\r\nAUTH-RESP-CODE\r\nIMPLEMENTATION Parley\r\n.\r\n", wire.command("CAPA"));
    }

    @Test
    void longBearerTokenAsInitialResponseIsAccepted() {
        String token = "t".repeat(3000);
        backend.token(token, "alice");
        assertEquals(LOGGED_IN, wire.command("AUTH OAUTHBEARER " + bearer("alice", token)));
    }

    @Test
    void backendBugIsTemporaryFailureWithoutDetails() {
        backend.authBug = new IllegalStateException("boom at line 42");
        wire.command("USER alice");
        assertEquals("-ERR [SYS/TEMP] temporary server failure, try again later\r\n", wire.command("PASS secret"));
        assertTrue(wire.channel.isOpen());
    }
}
