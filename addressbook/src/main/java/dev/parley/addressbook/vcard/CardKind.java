package dev.parley.addressbook.vcard;

import java.util.Locale;

/**
 * RFC 6350 §6.1.4 KIND. A group is either vCard 4 {@code KIND:group} or Apple's vCard 3 group card
 * ({@code X-ADDRESSBOOKSERVER-KIND:group}); both are {@link #GROUP}.
 */
public enum CardKind {
    INDIVIDUAL, GROUP, ORG, LOCATION;

    static CardKind of(String value) {
        if (value == null) {
            return INDIVIDUAL;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "group" -> GROUP;
            case "org" -> ORG;
            case "location" -> LOCATION;
            default -> INDIVIDUAL;
        };
    }

    public String value() {
        return name().toLowerCase(Locale.ROOT);
    }
}
