package dev.parley.mail.net.sasl;

import java.nio.charset.StandardCharsets;

/**
 * The LOGIN mechanism (draft-murchison-sasl-login): challenges {@code Username:} and
 * {@code Password:}; an initial response (SASL-IR) is the user name.
 */
final class LoginSasl implements SaslServer {

    private String username;
    private boolean started;

    @Override
    public Step evaluate(byte[] response) throws SaslException {
        if (!started) {
            started = true;
            if (response == null || response.length == 0) {
                return Challenge.text("Username:");
            }
        }
        if (username == null) {
            username = text(response);
            if (username.isEmpty()) {
                throw new SaslException("empty user name");
            }
            return Challenge.text("Password:");
        }
        return new Complete(new SaslCredentials(null, username, text(response), false));
    }

    private static String text(byte[] response) throws SaslException {
        if (response == null || response.length > 1024) {
            throw new SaslException("malformed LOGIN response");
        }
        return new String(response, StandardCharsets.UTF_8);
    }
}
