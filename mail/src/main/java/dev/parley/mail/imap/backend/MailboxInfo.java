package dev.parley.mail.imap.backend;

import java.util.Objects;

/**
 * One existing mailbox of a user, as LIST needs it. Hierarchy attributes ({@code \HasChildren})
 * are derived by the engine from the whole list.
 *
 * @param specialUse RFC 6154 use or null
 * @param selectable false for a {@code \Noselect} placeholder that only holds children
 */
public record MailboxInfo(MailboxPath path, SpecialUse specialUse, boolean subscribed, boolean selectable) {

    public MailboxInfo {
        Objects.requireNonNull(path, "path");
    }
}
