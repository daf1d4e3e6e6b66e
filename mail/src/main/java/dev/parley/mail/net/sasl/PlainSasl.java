package dev.parley.mail.net.sasl;

import java.nio.charset.StandardCharsets;

/** RFC 4616 PLAIN: {@code [authzid] NUL authcid NUL passwd}, UTF-8. */
final class PlainSasl implements SaslServer {

    @Override
    public Step evaluate(byte[] response) throws SaslException {
        if (response == null) {
            return new Challenge(new byte[0]); // RFC 4422 §5: empty challenge asks for the initial response
        }
        String message = new String(response, StandardCharsets.UTF_8);
        int first = message.indexOf('\0');
        int second = first < 0 ? -1 : message.indexOf('\0', first + 1);
        if (first < 0 || second < 0 || message.indexOf('\0', second + 1) >= 0) {
            throw new SaslException("malformed PLAIN message");
        }
        String authzid = message.substring(0, first);
        String authcid = message.substring(first + 1, second);
        String password = message.substring(second + 1);
        if (authcid.isEmpty() || authcid.length() > 255 || password.length() > 255) {
            throw new SaslException("malformed PLAIN message");
        }
        return new Complete(new SaslCredentials(authzid.isEmpty() ? null : authzid, authcid, password, false));
    }
}
