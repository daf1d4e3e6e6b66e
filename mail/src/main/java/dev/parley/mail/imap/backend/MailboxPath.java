package dev.parley.mail.imap.backend;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A mailbox name in UTF-8 with {@code /} as hierarchy delimiter (the delimiter Parley announces in
 * LIST). {@code INBOX} is case-insensitive (RFC 9051 §5.1) and always stored as {@code INBOX}.
 * Conversion from and to modified UTF-7 for IMAP4rev1 clients lives in the protocol layer.
 */
public record MailboxPath(String name) implements Comparable<MailboxPath> {

    public static final char DELIMITER = '/';
    public static final MailboxPath INBOX = new MailboxPath("INBOX");
    /** RFC 9051 §5.1: names are bounded by the server; 1024 octets of UTF-8 is plenty. */
    public static final int MAX_LENGTH = 1024;

    public MailboxPath {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("empty mailbox name");
        }
        if (name.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("mailbox name longer than " + MAX_LENGTH);
        }
        if (name.charAt(0) == DELIMITER || name.charAt(name.length() - 1) == DELIMITER || name.contains("//")) {
            throw new IllegalArgumentException("empty hierarchy level in " + name);
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            // RFC 9051 §5.1: no control characters; '*' and '%' are LIST wildcards.
            if (c < 0x20 || c == 0x7f || c == '*' || c == '%') {
                throw new IllegalArgumentException("character not allowed in mailbox name: U+"
                        + String.format("%04X", (int) c));
            }
        }
        String first = name.split("/", 2)[0];
        if (first.equalsIgnoreCase("INBOX")) {
            name = "INBOX" + name.substring(first.length());
        }
    }

    public static MailboxPath of(String name) {
        return new MailboxPath(name);
    }

    public boolean isInbox() {
        return name.equals("INBOX");
    }

    public List<String> segments() {
        return Arrays.asList(name.split("/"));
    }

    /** The enclosing level, or null at the top. */
    public MailboxPath parent() {
        int i = name.lastIndexOf(DELIMITER);
        return i < 0 ? null : new MailboxPath(name.substring(0, i));
    }

    /** True when {@code other} lies below this mailbox at any depth. */
    public boolean isAncestorOf(MailboxPath other) {
        return other.name.length() > name.length() && other.name.startsWith(name)
                && other.name.charAt(name.length()) == DELIMITER;
    }

    /** {@code this} with {@code from} replaced by {@code to} as prefix (for RENAME of children). */
    public MailboxPath rebase(MailboxPath from, MailboxPath to) {
        if (equals(from)) {
            return to;
        }
        if (!from.isAncestorOf(this)) {
            throw new IllegalArgumentException(name + " is not below " + from.name);
        }
        return new MailboxPath(to.name + name.substring(from.name.length()));
    }

    /** Lower-case form for uniqueness checks where the store folds case; IMAP itself does not. */
    public String folded() {
        return name.toLowerCase(Locale.ROOT);
    }

    @Override
    public int compareTo(MailboxPath other) {
        return name.compareTo(other.name);
    }

    @Override
    public String toString() {
        return name;
    }
}
