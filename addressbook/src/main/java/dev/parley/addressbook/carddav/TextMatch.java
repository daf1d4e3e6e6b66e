package dev.parley.addressbook.carddav;

import java.util.Locale;

/**
 * RFC 6352 §10.5.4 text-match. Collations (RFC 4790): {@code i;unicode-casemap} (default, RFC 5051;
 * approximated by Unicode lower-casing of both sides), {@code i;ascii-casemap}, {@code i;octet}.
 */
public record TextMatch(String text, String collation, MatchType type, boolean negate) implements java.io.Serializable {

    public enum MatchType { EQUALS, CONTAINS, STARTS_WITH, ENDS_WITH }

    public static final String UNICODE_CASEMAP = "i;unicode-casemap";
    public static final String ASCII_CASEMAP = "i;ascii-casemap";
    public static final String OCTET = "i;octet";

    public TextMatch {
        collation = collation == null ? UNICODE_CASEMAP : collation;
        type = type == null ? MatchType.CONTAINS : type;
        if (!collation.equals(UNICODE_CASEMAP) && !collation.equals(ASCII_CASEMAP) && !collation.equals(OCTET)) {
            throw new CardDavException(CardDav.Precondition.SUPPORTED_COLLATION, "collation " + collation
                    + " is not supported (i;unicode-casemap, i;ascii-casemap, i;octet)");
        }
    }

    public boolean matches(String value) {
        String v = fold(value);
        String t = fold(text);
        boolean hit = switch (type) {
            case EQUALS -> v.equals(t);
            case CONTAINS -> v.contains(t);
            case STARTS_WITH -> v.startsWith(t);
            case ENDS_WITH -> v.endsWith(t);
        };
        return hit != negate;
    }

    private String fold(String s) {
        return switch (collation) {
            case OCTET -> s;
            case ASCII_CASEMAP -> {
                StringBuilder b = new StringBuilder(s.length());
                s.chars().forEach(c -> b.append((char) (c >= 'A' && c <= 'Z' ? c + 32 : c)));
                yield b.toString();
            }
            default -> s.toLowerCase(Locale.ROOT);
        };
    }
}
