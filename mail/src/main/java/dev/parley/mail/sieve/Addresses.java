package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Address handling for the address and envelope tests: a lenient split of a header value into
 * addr-specs (RFC 5322 §3.4, comments and display names dropped, groups flattened) and the
 * address parts of RFC 5228 §2.7.4 and RFC 5233.
 */
final class Addresses {

    /** RFC 5233 §4: the separator between user and detail; "+" as most sites configure it. */
    static final char SEPARATOR = '+';

    private Addresses() {
    }

    static List<String> parse(String value) {
        List<String> out = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        String angle = null;
        boolean quoted = false;
        int comment = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (quoted) {
                if (c == '\\' && i + 1 < value.length()) {
                    cur.append(value.charAt(++i));
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cur.append(c);
                }
            } else if (comment > 0) {
                comment += c == '(' ? 1 : c == ')' ? -1 : 0;
            } else if (c == '"') {
                quoted = true;
            } else if (c == '(') {
                comment = 1;
            } else if (c == '<') {
                int close = value.indexOf('>', i);
                angle = value.substring(i + 1, close < 0 ? value.length() : close);
                i = close < 0 ? value.length() : close;
            } else if (c == ':' && angle == null) {
                cur.setLength(0); // group display name
            } else if (c == ',' || c == ';') {
                add(out, angle != null ? angle : cur.toString());
                cur.setLength(0);
                angle = null;
            } else {
                cur.append(c);
            }
        }
        add(out, angle != null ? angle : cur.toString());
        return out;
    }

    private static void add(List<String> out, String addr) {
        String a = addr.trim().replace(" ", "");
        int route = a.indexOf(':'); // RFC 5322 §4.4 obs-route "@a,@b:user@host"
        if (a.startsWith("@") && route > 0) {
            a = a.substring(route + 1);
        }
        if (!a.isEmpty()) {
            out.add(a);
        }
    }

    /** The requested part, or {@code null} when the address has none (RFC 5233 §4 :detail). */
    static String part(String address, String part) {
        int at = address.lastIndexOf('@');
        String local = at < 0 ? address : address.substring(0, at);
        String domain = at < 0 ? "" : address.substring(at + 1);
        int sep = local.indexOf(SEPARATOR);
        return switch (part) {
            case "localpart" -> local;
            case "domain" -> domain;
            case "user" -> sep < 0 ? local : local.substring(0, sep);
            case "detail" -> sep < 0 ? null : local.substring(sep + 1);
            default -> address;
        };
    }

    /** Case-insensitive comparison ignoring any detail, for the vacation recipient check. */
    static boolean sameMailbox(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        return x.equals(y) || (part(x, "user") + "@" + part(x, "domain")).equals(part(y, "user") + "@" + part(y, "domain"));
    }
}
