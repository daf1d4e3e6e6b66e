package dev.parley.addressbook.vcard;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Content lines of vCard text (RFC 6350 §3.2 / RFC 2426 §2.4.2): unfolded, each with the number of
 * its first physical line so errors can point at it. Bounded by the caller (the text's size).
 */
final class CardLines {

    record Line(int number, String text) {

        /** The property name without group ("item1.EMAIL" → "EMAIL"), upper case; empty if malformed. */
        String name() {
            int end = nameEnd();
            if (end <= 0) {
                return "";
            }
            String name = text.substring(0, end);
            int dot = name.lastIndexOf('.');
            return (dot < 0 ? name : name.substring(dot + 1)).toUpperCase(Locale.ROOT);
        }

        /** The value after the first ':' that is not inside a quoted parameter value. */
        String value() {
            boolean quoted = false;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '"') {
                    quoted = !quoted;
                } else if (c == ':' && !quoted) {
                    return text.substring(i + 1);
                }
            }
            return null;
        }

        private int nameEnd() {
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == ';' || c == ':') {
                    return i;
                }
                if (!(Character.isLetterOrDigit(c) || c == '-' || c == '.' || c == '_')) {
                    return -1;
                }
            }
            return -1;
        }
    }

    private CardLines() {
    }

    static List<Line> unfold(String text) {
        List<Line> lines = new ArrayList<>();
        String[] physical = text.split("\r\n|\n|\r", -1);
        StringBuilder current = null;
        int start = 0;
        for (int i = 0; i < physical.length; i++) {
            String p = physical[i];
            if (!p.isEmpty() && (p.charAt(0) == ' ' || p.charAt(0) == '\t') && current != null) {
                current.append(p, 1, p.length());
                continue;
            }
            if (current != null && !current.isEmpty()) {
                lines.add(new Line(start, current.toString()));
            }
            current = new StringBuilder(p);
            start = i + 1;
        }
        if (current != null && !current.isEmpty()) {
            lines.add(new Line(start, current.toString()));
        }
        return lines;
    }
}
