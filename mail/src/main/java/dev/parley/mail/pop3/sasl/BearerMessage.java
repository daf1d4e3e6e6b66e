package dev.parley.mail.pop3.sasl;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * RFC 7628 §3.1 OAUTHBEARER client response:
 * {@code gs2-header %x01 *(kvpair %x01) %x01}, e.g. {@code n,a=user@example.org,^Aauth=Bearer xyz^A^A}.
 *
 * @param username the {@code a=} authorization identity, or null when the client sent none
 */
public record BearerMessage(String username, String token) {

    /** The error the server sends before failing (RFC 7628 §3.2.2). */
    public static final String INVALID_TOKEN_JSON = "{\"status\":\"invalid_token\",\"schemes\":\"bearer\"}";
    /** The client's reply to that error (RFC 7628 §3.2.3): a single %x01. */
    public static final byte[] ERROR_ACK = {0x01};

    public static BearerMessage parse(byte[] message) throws MalformedSaslException {
        String text = new String(message, StandardCharsets.UTF_8);
        if (!text.endsWith("\u0001\u0001")) {
            throw new MalformedSaslException("OAUTHBEARER message must end with two %x01");
        }
        String[] parts = text.substring(0, text.length() - 2).split("\u0001", -1);
        String gs2 = parts[0];
        // RFC 7628 §3.1 / RFC 5801 §4: "n" or "y" (no channel binding offered here), then ",a=..." and ",".
        if (!(gs2.startsWith("n,") || gs2.startsWith("y,")) || !gs2.endsWith(",")) {
            throw new MalformedSaslException("OAUTHBEARER GS2 header not supported");
        }
        String authzid = gs2.substring(2, gs2.length() - 1);
        String user = null;
        if (authzid.startsWith("a=")) {
            user = authzid.substring(2).replace("=2C", ",").replace("=3D", "=");
        } else if (!authzid.isEmpty()) {
            throw new MalformedSaslException("OAUTHBEARER GS2 header malformed");
        }
        String token = null;
        for (int i = 1; i < parts.length; i++) {
            String pair = parts[i];
            if (pair.toLowerCase(Locale.ROOT).startsWith("auth=")) {
                String value = pair.substring(5);
                // RFC 6750 §2.1: credentials = "Bearer" 1*SP b64token
                if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw new MalformedSaslException("OAUTHBEARER auth value is not a Bearer token");
                }
                token = value.substring(7).strip();
            }
        }
        if (token == null || token.isEmpty()) {
            throw new MalformedSaslException("OAUTHBEARER message without a token");
        }
        return new BearerMessage(user == null || user.isEmpty() ? null : user, token);
    }

    @Override
    public String toString() {
        return "BearerMessage[username=" + username + ", token=***]";
    }
}
