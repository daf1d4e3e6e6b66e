package dev.parley.mail.smtp.codec;

import java.nio.charset.StandardCharsets;

/**
 * RFC 3461 §4 xtext: printable US-ASCII except {@code +} and {@code =}, anything else as
 * {@code +XX} (two upper-case hex digits). Used by ENVID, ORCPT and AUTH=.
 */
public final class Xtext {

    private Xtext() {
    }

    /** Decodes, throwing {@link IllegalArgumentException} on characters or escapes xtext forbids. */
    public static String decode(String xtext) {
        byte[] out = new byte[xtext.length()];
        int n = 0;
        for (int i = 0; i < xtext.length(); i++) {
            char c = xtext.charAt(i);
            if (c == '+') {
                if (i + 2 >= xtext.length()) {
                    throw new IllegalArgumentException("truncated xtext escape");
                }
                int hi = hex(xtext.charAt(i + 1));
                int lo = hex(xtext.charAt(i + 2));
                out[n++] = (byte) (hi << 4 | lo);
                i += 2;
            } else if (c >= '!' && c <= '~' && c != '=') {
                out[n++] = (byte) c;
            } else {
                throw new IllegalArgumentException("character not allowed in xtext: 0x" + Integer.toHexString(c));
            }
        }
        return new String(out, 0, n, StandardCharsets.UTF_8);
    }

    public static String encode(String text) {
        StringBuilder sb = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c >= '!' && c <= '~' && c != '+' && c != '=') {
                sb.append((char) c);
            } else {
                sb.append('+').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return sb.toString();
    }

    // RFC 3461 §4: "+" followed by two upper-case hexadecimal digits.
    private static int hex(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        throw new IllegalArgumentException("bad xtext escape digit: " + c);
    }
}
