package dev.parley.mail.imap.command;

/**
 * RFC 9051 §6.3.9 LIST wildcards over UTF-8 names: {@code *} matches anything, {@code %}
 * anything but the hierarchy delimiter. Matching is case-sensitive except for INBOX.
 */
final class MailboxPattern {

    private final String pattern;

    MailboxPattern(String reference, String pattern) {
        String joined = pattern.startsWith("/") || reference.isEmpty() ? pattern
                : reference.endsWith("/") ? reference + pattern : reference + "/" + pattern;
        if (joined.regionMatches(true, 0, "INBOX", 0, 5) && (joined.length() == 5 || joined.charAt(5) == '/')) {
            joined = "INBOX" + joined.substring(5);
        }
        this.pattern = joined;
    }

    boolean matches(String name) {
        return match(0, name, 0);
    }

    /** True when some name below {@code name} could match (for CHILDINFO and parents). */
    boolean matchesChildOf(String name) {
        return match(0, name + "/x", 0) || pattern.contains("*");
    }

    private boolean match(int p, String name, int n) {
        while (p < pattern.length()) {
            char c = pattern.charAt(p);
            if (c == '*' || c == '%') {
                for (int k = n; k <= name.length(); k++) {
                    if (match(p + 1, name, k)) {
                        return true;
                    }
                    if (k < name.length() && c == '%' && name.charAt(k) == '/') {
                        return false;
                    }
                }
                return false;
            }
            if (n >= name.length() || name.charAt(n) != c) {
                return false;
            }
            p++;
            n++;
        }
        return n == name.length();
    }
}
