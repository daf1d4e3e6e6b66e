package dev.parley.store.mail.api;

/**
 * A mailbox as LIST shows it (RFC 9051 §6.3.9, RFC 6154, RFC 5258 CHILDREN).
 *
 * @param specialUse  {@code null} for an ordinary mailbox
 * @param hasChildren whether another mailbox lies below it ({@code \HasChildren})
 */
public record MailboxInfo(long id, String name, SpecialUse specialUse, boolean subscribed, boolean hasChildren,
                          long uidValidity) {
}
