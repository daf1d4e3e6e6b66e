package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * RFC 5232 flag lists: a variable holds flags separated by spaces, compared case-insensitively
 * (§3); the internal variable applies to keep and fileinto without {@code :flags} (§5).
 */
final class Flags {

    private List<String> internal = List.of();

    List<String> internal() {
        return internal;
    }

    void setInternal(List<String> flags) {
        internal = List.copyOf(flags);
    }

    /** Splits each string on spaces, dropping duplicates (case-insensitive, first spelling kept). */
    static List<String> split(List<String> values) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (String v : values) {
            for (String f : v.trim().split("\\s+")) {
                if (!f.isEmpty() && seen.add(f.toLowerCase(Locale.ROOT))) {
                    out.add(f);
                }
            }
        }
        return out;
    }

    static List<String> split(String value) {
        return split(List.of(value));
    }

    static List<String> add(List<String> current, List<String> more) {
        List<String> all = new ArrayList<>(current);
        all.addAll(more);
        return split(all);
    }

    static List<String> remove(List<String> current, List<String> gone) {
        Set<String> drop = new LinkedHashSet<>();
        split(gone).forEach(f -> drop.add(f.toLowerCase(Locale.ROOT)));
        return current.stream().filter(f -> !drop.contains(f.toLowerCase(Locale.ROOT))).toList();
    }
}
