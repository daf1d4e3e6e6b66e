package dev.parley.mail.net.sasl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * One server-side SASL exchange (RFC 4422) for the mechanisms Parley offers: PLAIN (RFC 4616),
 * LOGIN (draft-murchison-sasl-login), OAUTHBEARER (RFC 7628) and XOAUTH2 (Google). Protocol
 * neutral: IMAP, POP3 and SMTP frame the messages (base64 lines) themselves.
 */
public interface SaslServer {

    /** The next step: a challenge to send, or the credentials when the client has said enough. */
    sealed interface Step {
    }

    record Challenge(byte[] data) implements Step {
        public static Challenge text(String s) {
            return new Challenge(s.getBytes(StandardCharsets.US_ASCII));
        }
    }

    record Complete(SaslCredentials credentials) implements Step {
    }

    /**
     * Feeds the client's next message: the initial response (RFC 4959 SASL-IR) or the answer to
     * the previous challenge; {@code null} when the client sent no initial response.
     */
    Step evaluate(byte[] response) throws SaslException;

    /**
     * RFC 7628 §3.2.2: after a failed bearer login the server sends an error challenge, reads the
     * client's dummy reply, then fails. Null for mechanisms without one.
     */
    default byte[] failureChallenge() {
        return null;
    }

    /** A new exchange for the named mechanism (case-insensitive), or null when not supported. */
    static SaslServer create(String mechanism) {
        return switch (mechanism.toUpperCase(Locale.ROOT)) {
            case "PLAIN" -> new PlainSasl();
            case "LOGIN" -> new LoginSasl();
            case "OAUTHBEARER" -> new OAuthBearerSasl(false);
            case "XOAUTH2" -> new OAuthBearerSasl(true);
            default -> null;
        };
    }

    /** True for mechanisms that carry a password in the clear (refused without TLS when configured so). */
    static boolean isPlaintext(String mechanism) {
        String m = mechanism.toUpperCase(Locale.ROOT);
        return m.equals("PLAIN") || m.equals("LOGIN");
    }
}
