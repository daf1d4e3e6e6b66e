package dev.parley.mail.pop3.sasl;

import java.util.Base64;

/** Base64 framing of SASL messages in POP3 (RFC 5034 §4). */
public final class SaslResponses {

    /** RFC 5034 §4: a client response of a single {@code *} cancels the exchange. */
    public static final String CANCEL = "*";
    /** RFC 5034 §4: an initial response of {@code =} stands for an empty one. */
    public static final String EMPTY_INITIAL = "=";

    private SaslResponses() {
    }

    /** Decodes a client response; strict RFC 4648 base64 without whitespace. */
    public static byte[] decode(String base64) throws MalformedSaslException {
        if (base64.length() % 4 != 0) {
            throw new MalformedSaslException("base64 length not a multiple of 4");
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new MalformedSaslException("invalid base64");
        }
    }

    public static String encode(byte[] data) {
        return Base64.getEncoder().encodeToString(data);
    }
}
