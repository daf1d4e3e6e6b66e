package dev.parley.mail.net.sasl;

import java.nio.charset.StandardCharsets;

/**
 * RFC 7628 OAUTHBEARER ({@code n,a=user,^Aauth=Bearer token^A^A}) and Google's XOAUTH2
 * ({@code user=user^Aauth=Bearer token^A^A}). Both need an initial response; without one the
 * server sends an empty challenge first.
 */
final class OAuthBearerSasl implements SaslServer {

    private static final byte[] INVALID_TOKEN =
            "{\"status\":\"invalid_token\",\"schemes\":\"bearer\"}".getBytes(StandardCharsets.US_ASCII);

    private final boolean xoauth2;
    private boolean started;

    OAuthBearerSasl(boolean xoauth2) {
        this.xoauth2 = xoauth2;
    }

    @Override
    public Step evaluate(byte[] response) throws SaslException {
        if (!started) {
            started = true;
            if (response == null) {
                return new Challenge(new byte[0]);
            }
        }
        if (response == null || response.length > 16 * 1024) {
            throw new SaslException("malformed bearer message");
        }
        String message = new String(response, StandardCharsets.UTF_8);
        String[] kv = message.split("\u0001", -1);
        String user = null;
        int first = 0;
        if (!xoauth2) {
            // RFC 7628 §3.1: gs2-header "n,a=user," ("y," / "p=" are not for us), then kvpairs.
            String gs2 = kv[0];
            if (!gs2.startsWith("n,") && !gs2.startsWith("y,")) {
                throw new SaslException("OAUTHBEARER: channel binding is not supported");
            }
            String[] parts = gs2.split(",", -1);
            if (parts.length < 2) {
                throw new SaslException("OAUTHBEARER: malformed GS2 header");
            }
            if (parts[1].startsWith("a=")) {
                user = parts[1].substring(2).replace("=2C", ",").replace("=3D", "=");
            }
            first = 1;
        }
        String token = null;
        for (int i = first; i < kv.length; i++) {
            String pair = kv[i];
            if (xoauth2 && pair.startsWith("user=")) {
                user = pair.substring(5);
            } else if (pair.regionMatches(true, 0, "auth=", 0, 5)) {
                String value = pair.substring(5).trim();
                if (!value.regionMatches(true, 0, "Bearer ", 0, 7)) {
                    throw new SaslException("only Bearer tokens are supported");
                }
                token = value.substring(7).trim();
            }
        }
        if (token == null || token.isEmpty()) {
            throw new SaslException("no bearer token in message");
        }
        return new Complete(new SaslCredentials(null, user == null || user.isEmpty() ? null : user, token, true));
    }

    @Override
    public byte[] failureChallenge() {
        return INVALID_TOKEN.clone();
    }
}
