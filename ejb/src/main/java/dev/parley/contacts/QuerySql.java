package dev.parley.contacts;

import dev.parley.contacts.api.CardFilter;
import java.util.List;
import java.util.Locale;

/**
 * One addressbook-query prop-filter/text-match (RFC 6352 §10.5.4) as SQL over the indexed columns;
 * the default collation i;unicode-casemap is approximated by ILIKE. A property the index does not
 * hold is matched in the vCard text, which is a superset (the front end re-checks nothing: a client
 * may receive a card whose other property contains the text, RFC 6352 §8.6 allows no false positives,
 * so only indexed properties are accepted by the CardDAV front end).
 */
record QuerySql(String where, List<Object> params) {

    static QuerySql of(CardFilter filter) {
        String pattern = switch (filter.match()) {
            case EQUALS -> escape(filter.text());
            case CONTAINS -> "%" + escape(filter.text()) + "%";
            case STARTS_WITH -> escape(filter.text()) + "%";
            case ENDS_WITH -> "%" + escape(filter.text());
        };
        String property = filter.property() == null ? "" : filter.property().toUpperCase(Locale.ROOT);
        String where = switch (property) {
            case "FN" -> "formatted_name ILIKE ?";
            case "EMAIL" -> "EXISTS (SELECT 1 FROM unnest(emails) x WHERE x ILIKE ?)";
            case "TEL" -> "EXISTS (SELECT 1 FROM unnest(phones) x WHERE x ILIKE ?)";
            case "ORG" -> "organization ILIKE ?";
            case "UID" -> "uid ILIKE ?";
            default -> "vcard ILIKE ?";
        };
        if (property.isEmpty() || !indexed(property)) {
            pattern = "%" + escape(filter.text()) + "%";
        }
        return new QuerySql(where, List.of(pattern));
    }

    static boolean indexed(String property) {
        return switch (property.toUpperCase(Locale.ROOT)) {
            case "FN", "EMAIL", "TEL", "ORG", "UID" -> true;
            default -> false;
        };
    }

    private static String escape(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
