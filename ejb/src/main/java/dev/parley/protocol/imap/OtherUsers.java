package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.MailboxPath;
import java.util.Optional;

/**
 * The other users' namespace of RFC 2342 §5 (announced by NAMESPACE, RFC 9051 §6.3.10): another
 * account's mailbox {@code Work/Plans} shared by {@code alice@example.com} appears as
 * {@code Other Users/alice@example.com/Work/Plans}. The prefix is the one Cyrus uses, which
 * Thunderbird and other clients show as a folder tree of their own; the owner is named by the
 * address that ACL identifiers use (RFC 4314 §2), so it is unique across domains.
 */
final class OtherUsers {

    static final String ROOT = "Other Users";
    static final String PREFIX = ROOT + MailboxPath.DELIMITER;

    /** A mailbox of another account: the owner's address and the name in the owner's hierarchy. */
    record Shared(String owner, String mailbox) {
    }

    private OtherUsers() {
    }

    /** True for the namespace root, an owner level, or a mailbox below them. */
    static boolean contains(MailboxPath path) {
        return path.name().equals(ROOT) || path.name().startsWith(PREFIX);
    }

    /** The owner and mailbox of a path below an owner level; empty for the root, an owner level or a personal name. */
    static Optional<Shared> parse(MailboxPath path) {
        if (!path.name().startsWith(PREFIX)) {
            return Optional.empty();
        }
        String rest = path.name().substring(PREFIX.length());
        int slash = rest.indexOf(MailboxPath.DELIMITER);
        if (slash <= 0 || slash == rest.length() - 1) {
            return Optional.empty();
        }
        return Optional.of(new Shared(rest.substring(0, slash), rest.substring(slash + 1)));
    }

    static MailboxPath path(String owner, String mailbox) {
        return MailboxPath.of(PREFIX + owner + MailboxPath.DELIMITER + mailbox);
    }

    static MailboxPath ownerLevel(String owner) {
        return MailboxPath.of(PREFIX + owner);
    }
}
