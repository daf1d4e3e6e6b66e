package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.BackendException.Reason;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.store.mail.api.MailboxRights;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.StoreException;
import java.util.Optional;

/**
 * Where an IMAP mailbox name leads for one logged-in account, and whether that account may do what
 * it asks there (RFC 4314 §4). Personal names are the account's own mailboxes, where it holds every
 * right; names in the {@link OtherUsers} namespace are other accounts' mailboxes, with the rights
 * their ACLs grant. A missing right is {@code NO [NOPERM]} when the account may see the mailbox
 * ('l'), and {@code NO [NONEXISTENT]} when it may not, so that the existence of a mailbox is not
 * disclosed (RFC 4314 §4, "the server MUST NOT reveal the existence of a mailbox").
 */
final class MailboxAccess {

    /** All rights of RFC 4314 §2.1, held by an owner on each of its mailboxes. */
    static final String ALL = "lrswipkxtea";

    /** A resolved mailbox: the store's key (owner account, name) and the caller's rights there. */
    record Target(long ownerId, String name, String rights, boolean own) {

        boolean has(char right) {
            return rights.indexOf(right) >= 0;
        }

        boolean hasAny(String any) {
            return any.chars().anyMatch(c -> rights.indexOf(c) >= 0);
        }
    }

    private final MessageStore store;
    private final long accountId;

    MailboxAccess(MessageStore store, long accountId) {
        this.store = store;
        this.accountId = accountId;
    }

    /** The mailbox behind {@code path} with the caller's rights; NONEXISTENT for a name that cannot be a mailbox. */
    Target resolve(MailboxPath path) throws BackendException {
        if (!OtherUsers.contains(path)) {
            return new Target(accountId, path.name(), ALL, true);
        }
        Optional<OtherUsers.Shared> shared = OtherUsers.parse(path);
        if (shared.isEmpty()) {
            throw new BackendException(Reason.NONEXISTENT, "No such mailbox");
        }
        try {
            MailboxRights r = store.rights(accountId, shared.get().owner(), shared.get().mailbox());
            return new Target(r.ownerId(), r.mailbox(), r.rights(), r.ownerId() == accountId);
        } catch (StoreException e) {
            throw ImapMapping.failure(e, false);
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    /** {@link #resolve}, then every right of {@code rights} required. */
    Target require(MailboxPath path, String rights) throws BackendException {
        Target target = resolve(path);
        check(target, rights);
        return target;
    }

    /** RFC 4314 §4: lacking a right is NOPERM where the mailbox is visible, NONEXISTENT where it is not. */
    static void check(Target target, String rights) throws BackendException {
        for (char c : rights.toCharArray()) {
            if (!target.has(c)) {
                if (!target.has('l')) {
                    throw new BackendException(Reason.NONEXISTENT, "No such mailbox");
                }
                throw new BackendException(Reason.NO_PERMISSION, "Permission denied: right '" + c + "' needed");
            }
        }
    }
}
