package dev.parley.mail.smtp.codec;

/**
 * Reverse- and forward-path syntax (RFC 5321 §4.1.2), with RFC 6531 §3.3 UTF-8 in local parts and
 * domains allowed only when the transaction said SMTPUTF8.
 */
public final class Paths {

    /** A path that failed to parse; {@link #nonAscii} says whether SMTPUTF8 would have helped. */
    public static final class BadPath extends Exception {
        private final boolean nonAscii;

        BadPath(String message, boolean nonAscii) {
            super(message, null, false, false);
            this.nonAscii = nonAscii;
        }

        public boolean nonAscii() {
            return nonAscii;
        }
    }

    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    private Paths() {
    }

    /**
     * Parses {@code <path>} at the start of {@code text}; returns the index after {@code >}.
     * The mailbox goes into {@code out[0]}, {@code ""} for {@code <>} when {@code allowEmpty}.
     */
    public static int parse(String text, boolean allowEmpty, boolean utf8, String[] out) throws BadPath {
        if (!text.startsWith("<")) {
            throw new BadPath("path must be in angle brackets", false);
        }
        int close = closingBracket(text);
        String inner = text.substring(1, close);
        if (inner.isEmpty()) {
            if (!allowEmpty) {
                throw new BadPath("empty path", false);
            }
            out[0] = "";
            return close + 1;
        }
        // RFC 5321 §4.1.1.3 / Appendix C: source routes are accepted and ignored.
        if (inner.startsWith("@")) {
            int colon = inner.indexOf(':');
            if (colon < 0) {
                throw new BadPath("malformed source route", false);
            }
            inner = inner.substring(colon + 1);
        }
        boolean nonAscii = inner.chars().anyMatch(c -> c > 127);
        if (nonAscii && !utf8) {
            throw new BadPath("non-ASCII address", true);
        }
        mailbox(inner);
        out[0] = inner;
        return close + 1;
    }

    /** RFC 5321 §4.1.1.3: {@code <Postmaster>} without a domain is a valid recipient. */
    public static boolean isBarePostmaster(String text) {
        return text.regionMatches(true, 0, "<postmaster>", 0, 12);
    }

    private static int closingBracket(String text) throws BadPath {
        boolean quoted = false;
        for (int i = 1; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted && c == '\\') {
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == '>' && !quoted) {
                return i;
            }
        }
        throw new BadPath("missing >", false);
    }

    private static void mailbox(String mailbox) throws BadPath {
        int at = mailbox.lastIndexOf('@');
        if (at <= 0 || at == mailbox.length() - 1) {
            throw new BadPath("mailbox must be local-part@domain", false);
        }
        localPart(mailbox.substring(0, at));
        domain(mailbox.substring(at + 1));
        if (mailbox.substring(0, at).length() > 64 * 4 || mailbox.length() > 254 * 4) {
            throw new BadPath("address too long", false); // RFC 5321 §4.5.3.1.1 (octets, UTF-8 allowance)
        }
    }

    private static void localPart(String local) throws BadPath {
        if (local.startsWith("\"")) {
            if (local.length() < 2 || !local.endsWith("\"")) {
                throw new BadPath("unterminated quoted local part", false);
            }
            for (int i = 1; i < local.length() - 1; i++) {
                char c = local.charAt(i);
                if (c == '\\') {
                    i++;
                } else if (c == '"' || c < 32 || c == 127) {
                    throw new BadPath("bad character in quoted local part", false);
                }
            }
            return;
        }
        for (String atom : local.split("\\.", -1)) {
            if (atom.isEmpty()) {
                throw new BadPath("empty atom in local part", false);
            }
            for (int i = 0; i < atom.length(); i++) {
                char c = atom.charAt(i);
                if (!(Character.isLetterOrDigit(c) && c < 128) && ATEXT_SPECIALS.indexOf(c) < 0 && c <= 127) {
                    throw new BadPath("bad character in local part: " + c, false);
                }
            }
        }
    }

    private static void domain(String domain) throws BadPath {
        if (domain.startsWith("[")) {
            if (!domain.endsWith("]") || domain.length() < 4) {
                throw new BadPath("malformed address literal", false);
            }
            return; // RFC 5321 §4.1.3: IPv4, IPv6: or General-address-literal; checked by routing
        }
        for (String label : domain.split("\\.", -1)) {
            if (label.isEmpty() || label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                throw new BadPath("bad domain label: " + label, false);
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (c < 128 && !Character.isLetterOrDigit(c) && c != '-') {
                    throw new BadPath("bad character in domain: " + c, false);
                }
            }
        }
    }
}
