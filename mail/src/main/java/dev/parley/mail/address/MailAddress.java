package dev.parley.mail.address;

/**
 * A mailbox address {@code local-part@domain} (RFC 5321 §4.1.2 {@code Mailbox} with a
 * {@code Dot-string} local part and a domain name; address literals such as {@code [192.0.2.1]} are
 * not accepted). Both halves are lower-cased. Total length at most 254 octets: the 256-octet path
 * limit of RFC 5321 §4.5.3.1.3 less its angle brackets (RFC 3696 erratum 1690).
 */
public record MailAddress(LocalPart localPart, DomainName domain) {

    public static final int MAX_LENGTH = 254;

    public MailAddress {
        if (localPart == null || domain == null) {
            throw new InvalidAddressException("address needs a local part and a domain");
        }
        int length = localPart.value().length() + 1 + domain.value().length();
        if (length > MAX_LENGTH) {
            throw new InvalidAddressException("address too long: " + length + " octets (limit " + MAX_LENGTH + ")");
        }
    }

    /** Parses {@code local@domain}; the last {@code @} separates, as a Dot-string cannot contain one. */
    public static MailAddress parse(String text) {
        if (text == null || text.isEmpty()) {
            throw new InvalidAddressException("address is empty");
        }
        int at = text.lastIndexOf('@');
        if (at < 0) {
            throw new InvalidAddressException("address has no '@': " + text);
        }
        if (at == 0) {
            throw new InvalidAddressException("address has no local part: " + text);
        }
        return new MailAddress(new LocalPart(text.substring(0, at)), new DomainName(text.substring(at + 1)));
    }

    public static MailAddress of(String localPart, String domain) {
        return new MailAddress(new LocalPart(localPart), new DomainName(domain));
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (InvalidAddressException e) {
            return false;
        }
    }

    /** The same local part in another domain (renames, alias domains). */
    public MailAddress withLocalPart(LocalPart other) {
        return new MailAddress(other, domain);
    }

    @Override
    public String toString() {
        return localPart.value() + "@" + domain.value();
    }
}
