package dev.parley.mail.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fields of one header block (RFC 5322 §2.2), found by octet position so that
 * {@code HEADER.FIELDS} can copy matching fields verbatim. A field is its first line plus every
 * following line that starts with white space; a line without a colon that is not a continuation
 * (junk, an mbox {@code From } line) is skipped as Dovecot and Cyrus do.
 */
final class HeaderBlock {

    /** One field: lower-case name, octets {@code [start, end)} of the block incl. its line ends. */
    record Field(String name, int start, int valueStart, int end) {
    }

    private final byte[] bytes;
    private final int length;
    private final List<Field> fields;

    private HeaderBlock(byte[] bytes, int length, List<Field> fields) {
        this.bytes = bytes;
        this.length = length;
        this.fields = fields;
    }

    /** Splits {@code bytes[0, length)}; the blank line that ends the header may be included or not. */
    static HeaderBlock parse(byte[] bytes, int length) {
        List<Field> fields = new ArrayList<>();
        int i = 0;
        while (i < length) {
            int lineEnd = lineEnd(bytes, i, length);
            byte first = bytes[i];
            if (first == '\r' || first == '\n') {
                break; // blank line: end of header
            }
            int colon = -1;
            for (int k = i; k < lineEnd; k++) {
                byte c = bytes[k];
                if (c == ':') {
                    colon = k;
                    break;
                }
                if (c <= ' ' || c == 127) {
                    break; // RFC 5322 §3.6.8: field names are printable ASCII without space
                }
            }
            int end = lineEnd;
            while (end < length && (bytes[end] == ' ' || bytes[end] == '\t')) {
                end = lineEnd(bytes, end, length);
            }
            if (colon > i) {
                String name = new String(bytes, i, colon - i, StandardCharsets.US_ASCII).toLowerCase(Locale.ROOT);
                fields.add(new Field(name, i, colon + 1, end));
            }
            i = end;
        }
        return new HeaderBlock(bytes, length, fields);
    }

    private static int lineEnd(byte[] b, int from, int limit) {
        for (int k = from; k < limit; k++) {
            if (b[k] == '\n') {
                return k + 1;
            }
        }
        return limit;
    }

    List<Field> fields() {
        return fields;
    }

    byte[] bytes() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** The first value of {@code name} (lower case), unfolded and trimmed, or {@code null}. */
    String first(String name) {
        for (Field f : fields) {
            if (f.name.equals(name)) {
                return value(f);
            }
        }
        return null;
    }

    /** Every value of {@code name}, in order. */
    List<String> all(String name) {
        List<String> values = new ArrayList<>(1);
        for (Field f : fields) {
            if (f.name.equals(name)) {
                values.add(value(f));
            }
        }
        return values;
    }

    String value(Field f) {
        return HeaderDecoder.unfold(HeaderDecoder.text(bytes, f.valueStart, f.end - f.valueStart)).strip();
    }
}
