package dev.parley.mail.mime;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A parsed RFC 9051 §6.4.5 section specification, the text between the brackets of
 * {@code BODY[...]}: {@code ""}, {@code HEADER}, {@code HEADER.FIELDS (From To)},
 * {@code HEADER.FIELDS.NOT (...)}, {@code TEXT}, {@code 1.2}, {@code 1.2.MIME}, {@code 3.HEADER}, ….
 *
 * @param part   part numbers, each at least 1; empty for the message itself
 * @param kind   what of that part
 * @param fields header field names for {@code HEADER.FIELDS[.NOT]}, as given; empty otherwise
 */
public record Section(List<Integer> part, Kind kind, List<String> fields) {

    /** The section-text of RFC 9051 §9 {@code section-msgtext / section-text}, or none. */
    public enum Kind { CONTENT, HEADER, HEADER_FIELDS, HEADER_FIELDS_NOT, TEXT, MIME }

    public Section {
        part = List.copyOf(part);
        fields = List.copyOf(fields);
        for (int n : part) {
            if (n < 1) {
                throw new IllegalArgumentException("part numbers start at 1: " + part);
            }
        }
        if (kind == Kind.MIME && part.isEmpty()) {
            // RFC 9051 §9: section-text "MIME" appears only after a section-part
            throw new IllegalArgumentException("MIME needs a part number");
        }
        if ((kind == Kind.HEADER_FIELDS || kind == Kind.HEADER_FIELDS_NOT) == fields.isEmpty()) {
            throw new IllegalArgumentException("field names belong to HEADER.FIELDS[.NOT] only");
        }
    }

    /**
     * Parses a section specification as IMAP clients send it (case-insensitive keywords, field
     * names as atoms or quoted strings). Throws {@link IllegalArgumentException} with the reason for
     * anything RFC 9051 §9 {@code section-spec} does not allow, for the IMAP engine to answer BAD.
     */
    public static Section parse(String spec) {
        String s = spec.trim();
        List<Integer> part = new ArrayList<>();
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            int j = i;
            while (j < s.length() && Character.isDigit(s.charAt(j))) {
                j++;
            }
            if (j - i > 9) {
                throw new IllegalArgumentException("part number too large: " + s.substring(i, j));
            }
            part.add(Integer.parseInt(s.substring(i, j)));
            i = j;
            if (i < s.length() && s.charAt(i) == '.') {
                i++;
            } else {
                break;
            }
        }
        String rest = s.substring(i);
        if (!part.isEmpty() && rest.isEmpty() && s.endsWith(".")) {
            throw new IllegalArgumentException("section ends with '.': " + spec);
        }
        String upper = rest.toUpperCase(Locale.ROOT);
        if (rest.isEmpty()) {
            return new Section(part, Kind.CONTENT, List.of());
        }
        switch (upper) {
            case "HEADER": return new Section(part, Kind.HEADER, List.of());
            case "TEXT": return new Section(part, Kind.TEXT, List.of());
            case "MIME": return new Section(part, Kind.MIME, List.of());
            default: break;
        }
        Kind kind;
        String list;
        if (upper.startsWith("HEADER.FIELDS.NOT")) {
            kind = Kind.HEADER_FIELDS_NOT;
            list = rest.substring("HEADER.FIELDS.NOT".length());
        } else if (upper.startsWith("HEADER.FIELDS")) {
            kind = Kind.HEADER_FIELDS;
            list = rest.substring("HEADER.FIELDS".length());
        } else {
            throw new IllegalArgumentException("unknown section text: " + rest);
        }
        return new Section(part, kind, fieldNames(list.trim()));
    }

    private static List<String> fieldNames(String list) {
        if (list.length() < 2 || list.charAt(0) != '(' || list.charAt(list.length() - 1) != ')') {
            throw new IllegalArgumentException("header field list must be parenthesised: " + list);
        }
        List<String> names = new ArrayList<>();
        String inner = list.substring(1, list.length() - 1).trim();
        int i = 0;
        while (i < inner.length()) {
            char c = inner.charAt(i);
            if (c == ' ') {
                i++;
            } else if (c == '"') {
                int end = inner.indexOf('"', i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("unterminated quoted field name: " + list);
                }
                names.add(inner.substring(i + 1, end).replace("\\", ""));
                i = end + 1;
            } else {
                int end = inner.indexOf(' ', i);
                end = end < 0 ? inner.length() : end;
                names.add(inner.substring(i, end));
                i = end;
            }
        }
        if (names.isEmpty()) {
            throw new IllegalArgumentException("header field list is empty");
        }
        return names;
    }

    /** The specification in the canonical form a FETCH response echoes (RFC 9051 §7.5.2). */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (int n : part) {
            b.append(b.length() == 0 ? "" : ".").append(n);
        }
        String text = switch (kind) {
            case CONTENT -> "";
            case HEADER -> "HEADER";
            case TEXT -> "TEXT";
            case MIME -> "MIME";
            case HEADER_FIELDS -> "HEADER.FIELDS (" + String.join(" ", fields) + ")";
            case HEADER_FIELDS_NOT -> "HEADER.FIELDS.NOT (" + String.join(" ", fields) + ")";
        };
        return text.isEmpty() ? b.toString() : b.length() == 0 ? text : b + "." + text;
    }
}
