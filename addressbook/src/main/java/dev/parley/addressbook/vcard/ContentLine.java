package dev.parley.addressbook.vcard;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One unfolded content line of a vCard (RFC 6350 §3.3): group, name, parameters and raw value, with
 * the text of the line itself so a subset of a card can be written back without re-encoding.
 */
public record ContentLine(String group, String name, Map<String, List<String>> params, String value, String text) {

    /** The content lines of a card's text, unfolded; lines that are not content lines are left out. */
    public static List<ContentLine> of(String card) {
        List<ContentLine> out = new ArrayList<>();
        for (CardLines.Line line : CardLines.unfold(card)) {
            String value = line.value();
            String name = line.name();
            if (value == null || name.isEmpty()) {
                continue;
            }
            String text = line.text();
            int colon = text.length() - value.length() - 1;
            String head = text.substring(0, colon);
            String[] parts = splitParams(head);
            String qualified = parts[0];
            int dot = qualified.lastIndexOf('.');
            Map<String, List<String>> params = new LinkedHashMap<>();
            for (int i = 1; i < parts.length; i++) {
                String p = parts[i];
                int eq = p.indexOf('=');
                String key = (eq < 0 ? "TYPE" : p.substring(0, eq)).toUpperCase(Locale.ROOT);
                String v = eq < 0 ? p : p.substring(eq + 1);
                for (String one : v.split(",")) {
                    params.computeIfAbsent(key, k -> new ArrayList<>()).add(unquote(one));
                }
            }
            out.add(new ContentLine(dot < 0 ? null : qualified.substring(0, dot), name, params, value, text));
        }
        return out;
    }

    /** The value with vCard escapes (\\n, \\,, \\;, \\\\) resolved, for text comparisons. */
    public String unescapedValue() {
        StringBuilder b = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '\\' && i + 1 < value.length()) {
                char n = value.charAt(++i);
                b.append(n == 'n' || n == 'N' ? '\n' : n);
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static String[] splitParams(String head) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int start = 0;
        for (int i = 0; i < head.length(); i++) {
            char c = head.charAt(i);
            if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                parts.add(head.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(head.substring(start));
        return parts.toArray(String[]::new);
    }

    private static String unquote(String s) {
        return s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"") ? s.substring(1, s.length() - 1) : s;
    }
}
