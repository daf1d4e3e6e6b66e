package dev.parley.mail.address;

import java.util.Locale;

/**
 * A fully qualified domain name as used in mail addresses, lower-cased.
 *
 * <p>Syntax: RFC 1035 §2.3.1 "preferred name syntax" (letters, digits, hyphen; labels start and end
 * with a letter or digit), relaxed by RFC 1123 §2.1 so a label may start with a digit. Lengths per
 * RFC 1035 §2.3.4: a label at most 63 octets, the name at most 253 characters in text form (255
 * octets on the wire). RFC 5321 §2.3.5 asks for a fully qualified name, so at least two labels are
 * required, and RFC 3696 §2 notes a top-level label is never all-numeric.
 *
 * <p>Internationalised names (RFC 5890 U-labels) are not accepted yet: they must be given in their
 * ASCII form (A-labels, {@code xn--…}), which this class accepts as ordinary LDH labels. A trailing
 * dot (the DNS root) is dropped.
 */
public record DomainName(String value) {

    public static final int MAX_LENGTH = 253;
    public static final int MAX_LABEL_LENGTH = 63;

    public DomainName {
        value = normalise(value);
    }

    public static DomainName of(String text) {
        return new DomainName(text);
    }

    /** True when {@code text} is an acceptable domain name. */
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
            throw new InvalidAddressException("domain name is empty");
        }
        String name = text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
        for (int i = 0; i < name.length(); i++) {
            if (name.charAt(i) > 0x7f) {
                throw new InvalidAddressException("internationalised domain names are not supported yet;"
                        + " give the ASCII form (xn--...) instead: " + text);
            }
        }
        name = name.toLowerCase(Locale.ROOT);
        if (name.length() > MAX_LENGTH) {
            throw new InvalidAddressException("domain name too long: " + name.length()
                    + " characters (limit " + MAX_LENGTH + ")");
        }
        String[] labels = name.split("\\.", -1);
        if (labels.length < 2) {
            throw new InvalidAddressException("domain name needs at least two labels: " + text);
        }
        for (String label : labels) {
            checkLabel(label, text);
        }
        if (labels[labels.length - 1].chars().allMatch(c -> c >= '0' && c <= '9')) {
            throw new InvalidAddressException("top-level label is all-numeric: " + text);
        }
        return name;
    }

    private static void checkLabel(String label, String text) {
        if (label.isEmpty()) {
            throw new InvalidAddressException("domain name has an empty label: " + text);
        }
        if (label.length() > MAX_LABEL_LENGTH) {
            throw new InvalidAddressException("domain label too long: " + label.length()
                    + " characters (limit " + MAX_LABEL_LENGTH + ")");
        }
        if (label.charAt(0) == '-' || label.charAt(label.length() - 1) == '-') {
            throw new InvalidAddressException("domain label starts or ends with a hyphen: " + label);
        }
        for (int i = 0; i < label.length(); i++) {
            char c = label.charAt(i);
            boolean ldh = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-';
            if (!ldh) {
                throw new InvalidAddressException("domain name may contain only letters, digits, hyphens"
                        + " and dots: " + text);
            }
        }
    }

    /** True when this name equals {@code other} or is one of its sub-domains. */
    public boolean isWithin(DomainName other) {
        return value.equals(other.value) || value.endsWith("." + other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
