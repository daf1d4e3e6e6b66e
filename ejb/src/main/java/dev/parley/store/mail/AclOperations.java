package dev.parley.store.mail;

import dev.parley.store.mail.api.AclEntry;
import dev.parley.store.mail.api.MailboxRights;
import dev.parley.store.mail.api.StoreException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * RFC 4314 access control lists of mailboxes: GETACL / SETACL / DELETEACL and the effective rights
 * of an account. The owner always holds every right (RFC 4314 §2: a server may make some rights of
 * the owner immutable; here all are), so the owner's entry is reported but never stored.
 * Identifiers are {@code anyone} or an account's primary address, either with a leading {@code -}
 * for negative rights; effective rights are the union of the positive entries that apply minus the
 * union of the negative ones (RFC 4314 §2).
 */
final class AclOperations {

    static final String ANYONE = "anyone";
    private static final String OWNER_ADDRESS = "SELECT a.local_part || '@' || d.name FROM directory.account a"
            + " JOIN directory.domain d ON d.id = a.domain_id WHERE a.id = ?";

    private final StoreContext ctx;
    private final Mailboxes mailboxes;

    AclOperations(StoreContext ctx, Mailboxes mailboxes) {
        this.ctx = ctx;
        this.mailboxes = mailboxes;
    }

    List<AclEntry> get(long accountId, String mailbox) {
        MailboxRow box = mailboxes.require(accountId, mailbox);
        List<AclEntry> entries = new ArrayList<>();
        address(accountId).ifPresent(owner -> entries.add(new AclEntry(owner, AclRights.ALL)));
        entries.addAll(ctx.sql().list("SELECT identifier, rights FROM mail.acl WHERE mailbox_id = ? ORDER BY identifier",
                rs -> new AclEntry(rs.getString(1), rs.getString(2)), box.id()));
        return entries;
    }

    /**
     * SETACL; rights that end up empty delete the entry (DELETEACL, RFC 4314 §3.2). The identifier
     * must be {@code anyone} or an address of an existing account (stored as its primary address);
     * the owner's own rights cannot be changed.
     */
    void set(long accountId, String mailbox, String identifier, String rights) {
        MailboxRow box = mailboxes.lock(accountId, mailbox);
        String id = canonicalIdentifier(accountId, AclRights.identifier(identifier));
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

    private String canonicalIdentifier(long ownerId, String identifier) {
        boolean negative = identifier.startsWith("-");
        String name = negative ? identifier.substring(1) : identifier;
        if (name.equals(ANYONE)) {
            return identifier;
        }
        long account = accountOf(name).orElseThrow(() -> StoreException.invalid("no such user " + name));
        if (account == ownerId) {
            // RFC 4314 §2: the owner's rights are immutable here
            throw new StoreException(StoreException.Kind.CANNOT, "the owner always has all rights");
        }
        String primary = address(account).orElseThrow(() -> StoreException.invalid("no such user " + name));
        return negative ? "-" + primary : primary;
    }

    /**
     * The rights of {@code actorId} on {@code mailbox} of the account with address {@code owner}.
     * NOT_FOUND when there is no such owner or mailbox; the rights may be empty.
     */
    MailboxRights rights(long actorId, String owner, String mailbox) {
        long ownerId = accountOf(owner).orElseThrow(() -> StoreException.notFound("no mailbox " + mailbox));
        MailboxRow box = ownerId == actorId ? mailboxes.require(ownerId, mailbox)
                : mailboxes.find(ownerId, MailboxNames.normalise(mailbox))
                        .orElseThrow(() -> StoreException.notFound("no mailbox " + mailbox));
        String ownerAddress = address(ownerId).orElse(owner.toLowerCase(Locale.ROOT));
        if (ownerId == actorId) {
            return new MailboxRights(ownerId, ownerAddress, box.name(), AclRights.ALL);
        }
        String actor = address(actorId).orElseThrow(() -> StoreException.notFound("no account " + actorId));
        List<AclEntry> entries = ctx.sql().list("SELECT identifier, rights FROM mail.acl WHERE mailbox_id = ?"
                + " AND identifier IN (?, ?, ?, ?)", rs -> new AclEntry(rs.getString(1), rs.getString(2)),
                box.id(), actor, ANYONE, "-" + actor, "-" + ANYONE);
        return new MailboxRights(ownerId, ownerAddress, box.name(), effective(entries));
    }

    /** Mailboxes of other accounts on which {@code actorId} holds the lookup right 'l', by owner and name. */
    List<MailboxRights> sharedWith(long actorId) {
        String actor = address(actorId).orElseThrow(() -> StoreException.notFound("no account " + actorId));
        record Row(long mailboxId, long ownerId, String owner, String name, AclEntry entry) {
        }
        List<Row> rows = ctx.sql().list("SELECT m.id, m.account_id, a.local_part || '@' || d.name, m.name,"
                + " acl.identifier, acl.rights FROM mail.acl acl JOIN mail.mailbox m ON m.id = acl.mailbox_id"
                + " JOIN directory.account a ON a.id = m.account_id JOIN directory.domain d ON d.id = a.domain_id"
                + " WHERE acl.identifier IN (?, ?, ?, ?) AND m.account_id <> ? AND a.status <> 'deleted'"
                + " ORDER BY 3, 4", rs -> new Row(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        new AclEntry(rs.getString(5), rs.getString(6))),
                actor, ANYONE, "-" + actor, "-" + ANYONE, actorId);
        Map<Long, List<Row>> byMailbox = new LinkedHashMap<>();
        rows.forEach(r -> byMailbox.computeIfAbsent(r.mailboxId(), k -> new ArrayList<>()).add(r));
        List<MailboxRights> out = new ArrayList<>();
        for (List<Row> group : byMailbox.values()) {
            String rights = effective(group.stream().map(Row::entry).toList());
            if (rights.indexOf('l') >= 0) {
                Row first = group.get(0);
                out.add(new MailboxRights(first.ownerId(), first.owner(), first.name(), rights));
            }
        }
        return out;
    }

    /** RFC 4314 §2: positive rights of every matching identifier, less the negative ones. */
    static String effective(List<AclEntry> entries) {
        StringBuilder positive = new StringBuilder();
        StringBuilder negative = new StringBuilder();
        for (AclEntry e : entries) {
            (e.identifier().startsWith("-") ? negative : positive).append(e.rights());
        }
        return AclRights.apply(AclRights.normalise(positive.toString()), "-" + negative);
    }

    private java.util.OptionalLong accountOf(String address) {
        return ctx.sql().one("SELECT a.id FROM directory.address ad JOIN directory.account a ON a.id = ad.account_id"
                + " WHERE ad.address = ? AND ad.kind = 'account' AND a.status <> 'deleted'",
                rs -> rs.getLong(1), address.toLowerCase(Locale.ROOT))
                .map(java.util.OptionalLong::of).orElse(java.util.OptionalLong.empty());
    }

    private java.util.Optional<String> address(long accountId) {
        return ctx.sql().one(OWNER_ADDRESS, rs -> rs.getString(1), accountId);
    }
}
