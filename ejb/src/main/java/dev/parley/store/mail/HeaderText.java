package dev.parley.store.mail;

import dev.parley.mail.mime.HeaderDecoder;
import java.util.Locale;

/**
 * The header block as SEARCH HEADER/FROM/SUBJECT… match it (RFC 9051 §6.4.4): one line per field,
 * {@code name: value} with the name in lower case and the value unfolded (RFC 5322 §2.2.3) and
 * decoded (RFC 2047 encoded words, RFC 6532 UTF-8) — "strings are matched after decoding"
 * in practice means what the user sees. Stored in {@code mail.message.headers}; a trigram index
 * serves the substring match.
 */
final class HeaderText {

    private HeaderText() {
    }

    static String of(byte[] header) {
        String text = HeaderDecoder.text(header, 0, header.length);
        StringBuilder out = new StringBuilder(text.length());
        StringBuilder field = new StringBuilder();
        for (String line : text.split("\r\n|\n|\r", -1)) {
            if (line.isEmpty()) {
                break;                                   // the blank line ending the header
            }
            if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && field.length() > 0) {
                field.append(line);                      // continuation of a folded field
            } else {
                append(out, field);
                field.setLength(0);
                field.append(line);
            }
        }
        append(out, field);
        return out.toString();
    }

    private static void append(StringBuilder out, StringBuilder field) {
        int colon = field.indexOf(":");
        if (colon <= 0) {
            return;                                      // not a field (RFC 5322 §3.6.8 needs a name)
        }
        String name = field.substring(0, colon).trim().toLowerCase(Locale.ROOT);
        String value = HeaderDecoder.display(field.substring(colon + 1));
        out.append(name).append(": ").append(value.replace("\0", "")).append('\n');
    }
}
