package dev.parley.store.mail.api;

/**
 * What one account may do in a mailbox, by RFC 4314 §2.1 rights ({@code "lrswipkxtea"}, canonical
 * order; empty for none). The owner always holds every right.
 *
 * @param ownerId  the account that owns the mailbox (the store's key for every other operation)
 * @param owner    the owner's primary address, as ACL identifiers name accounts
 * @param mailbox  the mailbox's name in the owner's hierarchy
 * @param rights   the effective rights of the asking account
 */
public record MailboxRights(long ownerId, String owner, String mailbox, String rights) {

    public boolean has(char right) {
        return rights.indexOf(right) >= 0;
    }

    /** True when the account holds at least one of {@code any}. */
    public boolean hasAny(String any) {
        for (char c : any.toCharArray()) {
            if (has(c)) {
                return true;
            }
        }
        return false;
    }
}
