package dev.parley.mail.address;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The part of a mailbox address before the {@code @}, lower-cased.
 *
 * <p>Only the RFC 5321 §4.1.2 {@code Dot-string} form is accepted: one or more {@code Atom}s of
 * {@code atext} (RFC 5322 §3.2.3) separated by single dots, so no leading, trailing or doubled dot.
 * The {@code Quoted-string} form is refused: RFC 5321 §4.1.2 says it SHOULD NOT be used for new
 * addresses. Length at most 64 octets (RFC 5321 §4.5.3.1.1). RFC 5321 §2.4 lets a server treat
 * local parts case-sensitively; like practically every server we do not, and store them lower-cased.
 */
public record LocalPart(String value) {

    public static final int MAX_OCTETS = 64;

    /** RFC 5322 §3.2.3 atext, apart from ALPHA and DIGIT. */
    private static final String ATEXT_SPECIALS = "!#$%&'*+-/=?^_`{|}~";

    public LocalPart {
        value = normalise(value);
    }

    public static LocalPart of(String text) {
        return new LocalPart(text);
    }

    public static boolean isValid(String text) {
        try {
            normalise(text);
            return true;
        } catch (InvalidAddressException e) {
            return false;
        }
    }

    private static String normalise(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidAddressException("local part is empty");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) > 0x7f) {
                // RFC 6531 (SMTPUTF8) local parts are a later addition
                throw new InvalidAddressException("local part must be ASCII: " + text);
            }
        }
        String local = text.toLowerCase(Locale.ROOT);
        int octets = local.getBytes(StandardCharsets.US_ASCII).length;
        if (octets > MAX_OCTETS) {
            throw new InvalidAddressException("local part too long: " + octets + " octets (limit " + MAX_OCTETS + ")");
        }
        if (local.startsWith(".") || local.endsWith(".") || local.contains("..")) {
            throw new InvalidAddressException("local part may not start or end with a dot or contain two dots in a row: " + text);
        }
        for (int i = 0; i < local.length(); i++) {
            char c = local.charAt(i);
            if (!isAtext(c) && c != '.') {
                throw new InvalidAddressException("local part contains a character that is not allowed: '"
                        + printable(c) + "' in " + text);
            }
        }
        return local;
    }

    static boolean isAtext(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                || ATEXT_SPECIALS.indexOf(c) >= 0;
    }

    private static String printable(char c) {
        return c < 0x20 || c == 0x7f ? String.format("\\x%02x", (int) c) : String.valueOf(c);
    }

    @Override
    public String toString() {
        return value;
    }
}
