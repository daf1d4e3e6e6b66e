package dev.parley.store.mail;

import dev.parley.store.mail.api.AclEntry;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 4314 GETACL / SETACL / DELETEACL on a mailbox of the account. The owner always holds every
 * right implicitly (RFC 4314 §2: the server may make some rights of the owner immutable), so the
 * owner's entry is reported but never stored.
 */
final class AclOperations {

    private final StoreContext ctx;
    private final Mailboxes mailboxes;

    AclOperations(StoreContext ctx, Mailboxes mailboxes) {
        this.ctx = ctx;
        this.mailboxes = mailboxes;
    }

    List<AclEntry> get(long accountId, String mailbox) {
        MailboxRow box = mailboxes.require(accountId, mailbox);
        List<AclEntry> entries = new ArrayList<>();
        ctx.sql().one("SELECT a.local_part || '@' || d.name FROM directory.account a JOIN directory.domain d"
                + " ON d.id = a.domain_id WHERE a.id = ?", rs -> rs.getString(1), accountId)
                .ifPresent(owner -> entries.add(new AclEntry(owner, AclRights.ALL)));
        entries.addAll(ctx.sql().list("SELECT identifier, rights FROM mail.acl WHERE mailbox_id = ? ORDER BY identifier",
                rs -> new AclEntry(rs.getString(1), rs.getString(2)), box.id()));
        return entries;
    }

    /** SETACL; rights that end up empty delete the entry (DELETEACL, RFC 4314 §3.2). */
    void set(long accountId, String mailbox, String identifier, String rights) {
        MailboxRow box = mailboxes.lock(accountId, mailbox);
        String id = AclRights.identifier(identifier);
        String current = ctx.sql().one("SELECT rights FROM mail.acl WHERE mailbox_id = ? AND identifier = ?",
                rs -> rs.getString(1), box.id(), id).orElse("");
        String next = AclRights.apply(current, rights == null ? "" : rights);
        if (next.isEmpty()) {
            ctx.sql().update("DELETE FROM mail.acl WHERE mailbox_id = ? AND identifier = ?", box.id(), id);
        } else {
            ctx.sql().update("INSERT INTO mail.acl (mailbox_id, identifier, rights) VALUES (?, ?, ?)"
                    + " ON CONFLICT (mailbox_id, identifier) DO UPDATE SET rights = EXCLUDED.rights", box.id(), id, next);
        }
    }
}
