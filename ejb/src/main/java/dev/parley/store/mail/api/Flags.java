package dev.parley.store.mail.api;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The flags of a message: system flags and keywords (RFC 9051 §2.3.2). Keywords are atoms without
 * a leading backslash; they are kept sorted and without duplicates.
 */
public record Flags(Set<Flag> system, SortedSet<String> keywords) {

    public static final Flags NONE = new Flags(Set.of(), new TreeSet<>());

    public Flags {
        system = Collections.unmodifiableSet(system.isEmpty() ? EnumSet.noneOf(Flag.class) : EnumSet.copyOf(system));
        keywords = Collections.unmodifiableSortedSet(new TreeSet<>(keywords));
        for (String k : keywords) {
            if (!validKeyword(k)) {
                throw StoreException.invalid("not a keyword (RFC 9051 flag-keyword atom): " + k);
            }
        }
    }

    public static Flags of(Flag... flags) {
        return new Flags(flags.length == 0 ? Set.of() : EnumSet.of(flags[0], flags), new TreeSet<>());
    }

    /** Parses IMAP flag names: system flags by name, anything else without a backslash as a keyword. */
    public static Flags parse(List<String> names) {
        EnumSet<Flag> system = EnumSet.noneOf(Flag.class);
        TreeSet<String> keywords = new TreeSet<>();
        for (String name : names) {
            Flag.fromImap(name).ifPresentOrElse(system::add, () -> keywords.add(name));
        }
        return new Flags(system, keywords);
    }

    public boolean has(Flag flag) {
        return system.contains(flag);
    }

    /** IMAP names, system flags first: {@code \Seen \Flagged $Forwarded}. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        system.forEach(f -> names.add(f.imapName()));
        names.addAll(keywords);
        return names;
    }

    // RFC 9051 §9: flag-keyword = atom; atom-specials exclude ( ) { SP CTL % * " \ ]
    static boolean validKeyword(String k) {
        if (k.isEmpty() || k.length() > 255) {
            return false;
        }
        for (int i = 0; i < k.length(); i++) {
            char c = k.charAt(i);
            if (c <= 0x20 || c >= 0x7f || "(){%*\"\\]".indexOf(c) >= 0) {
                return false;
            }
        }
        return true;
    }
}
