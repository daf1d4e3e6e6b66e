package dev.parley.calendar.caldav;

import java.util.Locale;
import org.w3c.dom.Element;

/**
 * A {@code CALDAV:text-match} (RFC 4791 §9.7.5): substring match under a collation (RFC 4790:
 * {@code i;ascii-casemap} by default, {@code i;octet}), optionally negated. Other collations fail
 * {@code supported-collation} (§7.5.1).
 */
public record TextMatch(String text, String collation, boolean negate) {

    public static TextMatch parse(Element e) {
        String collation = Xml.attr(e, "collation");
        if (collation == null || collation.isBlank()) {
            collation = "i;ascii-casemap";
        }
        if (!collation.equals("i;ascii-casemap") && !collation.equals("i;octet") && !collation.equals("i;unicode-casemap")) {
            throw new CalDavException(CalDav.Precondition.SUPPORTED_COLLATION, "unsupported collation " + collation);
        }
        return new TextMatch(e.getTextContent(), collation, "yes".equals(Xml.attr(e, "negate-condition")));
    }

    public boolean matches(String value) {
        boolean found = value != null && (collation.equals("i;octet")
                ? value.contains(text)
                : fold(value).contains(fold(text)));
        return negate != found;
    }

    private String fold(String s) {
        // i;ascii-casemap folds ASCII letters only; i;unicode-casemap (RFC 5051) approximated by full case folding
        if (collation.equals("i;ascii-casemap")) {
            StringBuilder b = new StringBuilder(s.length());
            for (char c : s.toCharArray()) {
                b.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
            }
            return b.toString();
        }
        return s.toLowerCase(Locale.ROOT);
    }
}
