package dev.parley.store.mail;

import dev.parley.store.mail.api.StoreException;
import java.util.Locale;

/**
 * RFC 4314 §2.1 rights strings, kept in the canonical order "lrswipkxtea" without duplicates.
 * The obsolete "c" and "d" of RFC 2086 are accepted as the rights they stand for (§2.1.1): "c" as
 * the create right "k", "d" as the delete rights "xte".
 */
final class AclRights {

    static final String ALL = "lrswipkxtea";

    private AclRights() {
    }

    static String normalise(String rights) {
        StringBuilder expanded = new StringBuilder();
        for (char c : rights.toLowerCase(Locale.ROOT).toCharArray()) {
            switch (c) {
                case 'c' -> expanded.append('k');
                case 'd' -> expanded.append("xte");
                default -> {
                    if (ALL.indexOf(c) < 0) {
                        throw StoreException.invalid("unknown right '" + c + "' (RFC 4314 §2.1)");
                    }
                    expanded.append(c);
                }
            }
        }
        StringBuilder canonical = new StringBuilder();
        for (char c : ALL.toCharArray()) {
            if (expanded.indexOf(String.valueOf(c)) >= 0) {
                canonical.append(c);
            }
        }
        return canonical.toString();
    }

    /** RFC 4314 §3.1 SETACL: "+rights" adds to, "-rights" removes from, plain rights replace the current ones. */
    static String apply(String current, String modification) {
        if (modification.startsWith("+")) {
            return normalise(current + modification.substring(1));
        }
        if (modification.startsWith("-")) {
            String removed = normalise(modification.substring(1));
            StringBuilder out = new StringBuilder();
            for (char c : current.toCharArray()) {
                if (removed.indexOf(c) < 0) {
                    out.append(c);
                }
            }
            return out.toString();
        }
        return normalise(modification);
    }

    /** "anyone", an address, either with a leading '-' for negative rights (RFC 4314 §2). */
    static String identifier(String identifier) {
        if (identifier == null || identifier.isBlank() || identifier.equals("-")) {
            throw StoreException.invalid("empty ACL identifier");
        }
        return identifier.trim().toLowerCase(Locale.ROOT);
    }
}
