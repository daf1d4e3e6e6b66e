package dev.parley.mail.sieve;

import java.math.BigInteger;
import java.util.Locale;

/** RFC 4790 collations as RFC 5228 §2.7.3 uses them: equality, substring and ordering. */
enum Comparator {
    /** RFC 4790 §9.3: octet by octet (here: UTF-16 unit by unit, equivalent for equality). */
    OCTET,
    /** RFC 4790 §9.2: US-ASCII letters folded to upper case, the RFC 5228 default. */
    ASCII_CASEMAP,
    /** RFC 4790 §9.1: the number at the start of the string; no digits sorts as infinity. */
    ASCII_NUMERIC;

    static Comparator of(String name) {
        if (name == null) {
            return ASCII_CASEMAP;
        }
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "i;octet" -> OCTET;
            case "i;ascii-numeric" -> ASCII_NUMERIC;
            default -> ASCII_CASEMAP;
        };
    }

    char fold(char c) {
        return this == ASCII_CASEMAP && c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
    }

    String fold(String s) {
        if (this != ASCII_CASEMAP) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            b.append(fold(s.charAt(i)));
        }
        return b.toString();
    }

    /** Ordering used by :is (== 0) and by RFC 5231 relational tests. */
    int compare(String a, String b) {
        if (this == ASCII_NUMERIC) {
            BigInteger x = number(a);
            BigInteger y = number(b);
            if (x == null || y == null) {
                return x == null ? (y == null ? 0 : 1) : -1;
            }
            return x.compareTo(y);
        }
        return fold(a).compareTo(fold(b));
    }

    private static BigInteger number(String s) {
        int end = 0;
        while (end < s.length() && s.charAt(end) >= '0' && s.charAt(end) <= '9') {
            end++;
        }
        return end == 0 ? null : new BigInteger(s.substring(0, end));
    }
}
