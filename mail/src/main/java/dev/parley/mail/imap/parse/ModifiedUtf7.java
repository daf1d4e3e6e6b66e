package dev.parley.mail.imap.parse;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * RFC 3501 §5.1.3 modified UTF-7 for mailbox names of IMAP4rev1 clients: printable ASCII stands
 * for itself except {@code &}, written {@code &-}; other characters are UTF-16 in modified base64
 * ({@code ,} for {@code /}, no padding) between {@code &} and {@code -}.
 */
public final class ModifiedUtf7 {

    private static final Base64.Encoder ENCODER = Base64.getEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getDecoder();

    private ModifiedUtf7() {
    }

    public static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 8);
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c >= 0x20 && c <= 0x7e) {
                out.append(c == '&' ? "&-" : String.valueOf(c));
                i++;
                continue;
            }
            int start = i;
            while (i < name.length() && (name.charAt(i) < 0x20 || name.charAt(i) > 0x7e)) {
                i++;
            }
            byte[] utf16 = name.substring(start, i).getBytes(StandardCharsets.UTF_16BE);
            out.append('&').append(ENCODER.encodeToString(utf16).replace('/', ',')).append('-');
        }
        return out.toString();
    }

    /** Decodes; rejects what RFC 3501 §5.1.3 does not allow (unterminated or non-minimal shifts). */
    public static String decode(String name) throws SyntaxException {
        StringBuilder out = new StringBuilder(name.length());
        int i = 0;
        while (i < name.length()) {
            char c = name.charAt(i);
            if (c > 0x7e) {
                throw new SyntaxException("8-bit character in modified UTF-7 mailbox name");
            }
            if (c != '&') {
                out.append(c);
                i++;
                continue;
            }
            int end = name.indexOf('-', i + 1);
            if (end < 0) {
                throw new SyntaxException("unterminated '&' in mailbox name");
            }
            if (end == i + 1) {
                out.append('&');
            } else {
                out.append(decodeRun(name.substring(i + 1, end)));
            }
            i = end + 1;
        }
        return out.toString();
    }

    private static String decodeRun(String run) throws SyntaxException {
        try {
            byte[] utf16 = DECODER.decode(run.replace(',', '/'));
            if (utf16.length % 2 != 0) {
                throw new SyntaxException("bad modified UTF-7 in mailbox name");
            }
            String text = StandardCharsets.UTF_16BE.newDecoder().decode(ByteBuffer.wrap(utf16)).toString();
            for (int k = 0; k < text.length(); k++) {
                char c = text.charAt(k);
                if (c >= 0x20 && c <= 0x7e) {
                    throw new SyntaxException("printable ASCII must not be base64-encoded in mailbox names");
                }
            }
            return text;
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException e) {
            throw new SyntaxException("bad modified UTF-7 in mailbox name");
        }
    }
}
