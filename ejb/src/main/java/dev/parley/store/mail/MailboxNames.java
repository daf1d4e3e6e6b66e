package dev.parley.store.mail;

import dev.parley.store.mail.api.SpecialUse;
import dev.parley.store.mail.api.StoreException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Rules for mailbox names: '/' is the hierarchy delimiter, names are UTF-8 (RFC 9051 §5.1; the IMAP
 * engine converts modified UTF-7 of IMAP4rev1 clients), "INBOX" is case-insensitive and stored in
 * upper case, and the default mailboxes of a new account carry RFC 6154 special-use attributes.
 */
final class MailboxNames {

    static final char DELIMITER = '/';
    static final String INBOX = "INBOX";
    static final int MAX_OCTETS = 1024;

    /** The mailboxes every account gets (RFC 6154 §2 for the attributes). */
    record Default(String name, SpecialUse specialUse, boolean subscribed) { }

    static final List<Default> DEFAULTS = List.of(
            new Default(INBOX, null, true),
            new Default("Drafts", SpecialUse.DRAFTS, true),
            new Default("Sent", SpecialUse.SENT, true),
            new Default("Trash", SpecialUse.TRASH, true),
            new Default("Junk", SpecialUse.JUNK, true),
            new Default("Archive", SpecialUse.ARCHIVE, true));

    private MailboxNames() {
    }

    /** Validates a name and returns its stored form ("inbox" → "INBOX", also as the first level). */
    static String normalise(String name) {
        if (name == null || name.isEmpty()) {
            throw StoreException.invalid("mailbox name is empty");
        }
        if (name.charAt(0) == DELIMITER || name.charAt(name.length() - 1) == DELIMITER
                || name.contains("//")) {
            throw StoreException.invalid("mailbox name has an empty level: " + name);
        }
        if (name.getBytes(StandardCharsets.UTF_8).length > MAX_OCTETS) {
            throw StoreException.invalid("mailbox name longer than " + MAX_OCTETS + " octets");
        }
        // RFC 9051 §5.1: no control characters; '%' and '*' are LIST wildcards (§6.3.9); no lone surrogates
        boolean bad = name.codePoints().anyMatch(c -> c < 0x20 || c == 0x7f || c == '%' || c == '*'
                || Character.getType(c) == Character.SURROGATE);
        if (bad) {
            throw StoreException.invalid("mailbox name contains an invalid character: " + name);
        }
        String first = firstLevel(name);
        if (first.toUpperCase(Locale.ROOT).equals(INBOX)) {
            return INBOX + name.substring(first.length());
        }
        return name;
    }

    static boolean isInbox(String normalised) {
        return INBOX.equals(normalised);
    }

    /** The superior names, outermost first: "a/b/c" → ["a", "a/b"]. */
    static List<String> ancestors(String name) {
        List<String> out = new ArrayList<>();
        for (int i = name.indexOf(DELIMITER); i >= 0; i = name.indexOf(DELIMITER, i + 1)) {
            out.add(name.substring(0, i));
        }
        return out;
    }

    /** The immediate superior name, or null at the top level. */
    static String parent(String name) {
        int i = name.lastIndexOf(DELIMITER);
        return i < 0 ? null : name.substring(0, i);
    }

    static boolean isInferior(String candidate, String of) {
        return candidate.startsWith(of + DELIMITER);
    }

    /** A LIKE pattern matching every inferior of {@code name}, with LIKE's own characters escaped. */
    static String inferiorsPattern(String name) {
        return name.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + DELIMITER + "%";
    }

    /** RFC 9051 §6.3.6 rename: {@code from} → {@code to}; an inferior "from/x" becomes "to/x". */
    static String renamed(String name, String from, String to) {
        if (name.equals(from)) {
            return to;
        }
        if (!isInferior(name, from)) {
            throw new IllegalArgumentException(name + " is not " + from + " or below it");
        }
        return to + name.substring(from.length());
    }

    private static String firstLevel(String name) {
        int i = name.indexOf(DELIMITER);
        return i < 0 ? name : name.substring(0, i);
    }
}
