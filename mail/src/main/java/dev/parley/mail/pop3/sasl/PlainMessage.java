package dev.parley.mail.pop3.sasl;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * RFC 4616 §2 PLAIN message: {@code [authzid] NUL authcid NUL passwd}, UTF-8.
 *
 * @param authorizationId identity to act as; empty when the client names none
 */
public record PlainMessage(String authorizationId, String username, String password) {

    /** RFC 4616 §2: each field is at most 255 octets. */
    private static final int FIELD_LIMIT = 255;

    public static PlainMessage parse(byte[] message) throws MalformedSaslException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(message)).toString();
        } catch (CharacterCodingException e) {
            throw new MalformedSaslException("PLAIN message is not UTF-8");
        }
        int first = text.indexOf('\0');
        int second = first < 0 ? -1 : text.indexOf('\0', first + 1);
        if (second < 0 || text.indexOf('\0', second + 1) >= 0) {
            throw new MalformedSaslException("PLAIN message needs exactly two NUL separators");
        }
        PlainMessage parsed = new PlainMessage(text.substring(0, first), text.substring(first + 1, second),
                text.substring(second + 1));
        if (parsed.username.isEmpty() || parsed.password.isEmpty()) {
            throw new MalformedSaslException("PLAIN message without user name or password");
        }
        if (octets(parsed.authorizationId) > FIELD_LIMIT || octets(parsed.username) > FIELD_LIMIT
                || octets(parsed.password) > FIELD_LIMIT) {
            throw new MalformedSaslException("PLAIN field longer than 255 octets");
        }
        return parsed;
    }

    private static int octets(String s) {
        return s.getBytes(StandardCharsets.UTF_8).length;
    }

    @Override
    public String toString() {
        return "PlainMessage[authorizationId=" + authorizationId + ", username=" + username + ", password=***]";
    }
}
