package dev.parley.contacts;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Strong ETags (RFC 9110 §8.8.3): quoted, the first 128 bits of the SHA-256 of the stored text. */
final class Etags {

    private Etags() {
    }

    static String of(String text) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return '"' + HexFormat.of().formatHex(hash, 0, 16) + '"';
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** RFC 9110 §13.1.1: If-Match uses the strong comparison; "*" matches any current representation. */
    static boolean matches(String condition, String etag) {
        if (condition == null) {
            return true;
        }
        for (String part : condition.split(",")) {
            String p = part.strip();
            if (p.equals("*") || p.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
