package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * RFC 5228 §2.7.1 match types {@code :is}, {@code :contains}, {@code :matches} and RFC 5231
 * {@code :value}, under one {@link Comparator}. {@code :matches} records what each wildcard
 * matched, for the RFC 5229 §3.2 match variables.
 */
final class Matcher {

    /** Bounds backtracking in patterns with many {@code *}. */
    private static final int MAX_STEPS = 200_000;

    private Matcher() {
    }

    /** RFC 5231 §4: does {@code order} (comparator result) satisfy the relational operator? */
    static boolean relational(String op, int order) {
        return switch (op.toLowerCase(Locale.ROOT)) {
            case "gt" -> order > 0;
            case "ge" -> order >= 0;
            case "lt" -> order < 0;
            case "le" -> order <= 0;
            case "eq" -> order == 0;
            default -> order != 0; // "ne"
        };
    }

    /**
     * Whether {@code value} matches {@code key}. For {@code :matches}, {@code captures} receives
     * the whole value followed by what each wildcard matched.
     */
    static boolean match(Comparator cmp, String matchType, String relOp, String value, String key,
                         List<String> captures) {
        return switch (matchType) {
            case "contains" -> cmp.fold(value).contains(cmp.fold(key));
            case "matches" -> glob(cmp, value, key, captures);
            case "value" -> relational(relOp, cmp.compare(value, key));
            default -> cmp.compare(value, key) == 0;
        };
    }

    private static boolean glob(Comparator cmp, String value, String pattern, List<String> captures) {
        // pattern as (literal | '*' | '?') items; '\' escapes the next character (RFC 5228 §2.7.1)
        StringBuilder lit = new StringBuilder();
        List<Integer> kinds = new ArrayList<>(); // 0 literal char, 1 '*', 2 '?'
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\\' && i + 1 < pattern.length()) {
                lit.append(pattern.charAt(++i));
                kinds.add(0);
            } else if (c == '*' || c == '?') {
                lit.append(c);
                kinds.add(c == '*' ? 1 : 2);
            } else {
                lit.append(c);
                kinds.add(0);
            }
        }
        int[] starts = new int[kinds.size()];
        int[] ends = new int[kinds.size()];
        int[] steps = {0};
        if (!glob(cmp, value, 0, lit, kinds, 0, starts, ends, steps)) {
            return false;
        }
        if (captures != null) {
            captures.clear();
            captures.add(value);
            for (int k = 0; k < kinds.size(); k++) {
                if (kinds.get(k) != 0) {
                    captures.add(value.substring(starts[k], ends[k]));
                }
            }
        }
        return true;
    }

    private static boolean glob(Comparator cmp, String v, int vi, CharSequence p, List<Integer> kinds, int pi,
                                int[] starts, int[] ends, int[] steps) {
        if (++steps[0] > MAX_STEPS) {
            throw new SieveRuntimeException(":matches pattern too complex");
        }
        while (pi < kinds.size()) {
            int kind = kinds.get(pi);
            if (kind == 1) {
                // RFC 5229 §3.2: each "*" matches as little as possible, left to right
                for (int end = vi; end <= v.length(); end++) {
                    starts[pi] = vi;
                    ends[pi] = end;
                    if (glob(cmp, v, end, p, kinds, pi + 1, starts, ends, steps)) {
                        return true;
                    }
                }
                return false;
            }
            if (vi >= v.length()) {
                return false;
            }
            if (kind == 0 && cmp.fold(v.charAt(vi)) != cmp.fold(p.charAt(pi))) {
                return false;
            }
            starts[pi] = vi;
            ends[pi] = vi + 1;
            vi++;
            pi++;
        }
        return vi == v.length();
    }
}
