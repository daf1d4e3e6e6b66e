package dev.parley.mail.imap.backend;

import java.util.Collection;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Message flags: the system flags of RFC 9051 §2.3.2 and keywords. Comparison is
 * case-insensitive (RFC 9051 §2.3.2: "flags are case-insensitive"), so system flags are kept in
 * their canonical spelling and keywords as first given, compared ignoring case. {@code \Recent} is
 * never stored: it is session state (RFC 3501 §2.3.2) computed by the IMAP engine.
 */
public record Flags(Set<String> names) {

    public static final String SEEN = "\\Seen";
    public static final String ANSWERED = "\\Answered";
    public static final String FLAGGED = "\\Flagged";
    public static final String DELETED = "\\Deleted";
    public static final String DRAFT = "\\Draft";
    public static final String RECENT = "\\Recent";
    public static final Set<String> SYSTEM = Set.of(SEEN, ANSWERED, FLAGGED, DELETED, DRAFT);
    public static final Flags NONE = new Flags(Set.of());

    public Flags {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (String name : names) {
            set.add(canonical(name));
        }
        names = java.util.Collections.unmodifiableSet(set);
    }

    public static Flags of(String... names) {
        return new Flags(Set.of(names));
    }

    public static Flags of(Collection<String> names) {
        return new Flags(Set.copyOf(names));
    }

    public boolean contains(String flag) {
        return names.contains(flag);
    }

    public Flags plus(Flags other) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        set.addAll(other.names);
        return new Flags(set);
    }

    public Flags minus(Flags other) {
        TreeSet<String> set = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        set.addAll(names);
        set.removeAll(other.names);
        return new Flags(set);
    }

    /** The system-flag spelling for any case of a system flag; keywords unchanged. */
    public static String canonical(String name) {
        if (name.length() > 1 && name.startsWith("\\")) {
            for (String system : SYSTEM) {
                if (system.equalsIgnoreCase(name)) {
                    return system;
                }
            }
            if (RECENT.equalsIgnoreCase(name)) {
                return RECENT;
            }
            return "\\" + name.substring(1, 2).toUpperCase(Locale.ROOT) + name.substring(2).toLowerCase(Locale.ROOT);
        }
        return name;
    }
}
