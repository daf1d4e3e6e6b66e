package dev.parley.store.mail;

import dev.parley.store.mail.api.MailboxChanged;
import dev.parley.store.mail.api.MailboxInfo;
import dev.parley.store.mail.api.MailboxStatus;
import dev.parley.store.mail.api.SelectedMailbox;
import dev.parley.store.mail.api.SpecialUse;
import dev.parley.store.mail.api.StoreException;
import java.util.Arrays;
import java.util.List;

/** Mailbox-level operations: LIST, CREATE, DELETE, RENAME, SUBSCRIBE, STATUS, SELECT (RFC 9051 §6.3). */
final class MailboxOperations {

    private final StoreContext ctx;
    private final Mailboxes mailboxes;

    MailboxOperations(StoreContext ctx, Mailboxes mailboxes) {
        this.ctx = ctx;
        this.mailboxes = mailboxes;
    }

    List<MailboxInfo> list(long accountId) {
        mailboxes.provisionIfNew(accountId);
        return ctx.sql().list("SELECT m.id, m.name, m.special_use, m.uidvalidity,"
                + " EXISTS (SELECT 1 FROM mail.subscription s WHERE s.account_id = m.account_id AND s.name = m.name)"
                + " AS subscribed, EXISTS (SELECT 1 FROM mail.mailbox c WHERE c.parent_id = m.id) AS has_children"
                + " FROM mail.mailbox m WHERE m.account_id = ? ORDER BY m.name", rs -> new MailboxInfo(
                rs.getLong("id"), rs.getString("name"),
                rs.getString("special_use") == null ? null : SpecialUse.fromAttribute(rs.getString("special_use")),
                rs.getBoolean("subscribed"), rs.getBoolean("has_children"), rs.getLong("uidvalidity")), accountId);
    }

    /** RFC 9051 §6.3.4: superior names that do not exist are created as well. */
    MailboxInfo create(long accountId, String name, SpecialUse specialUse) {
        String normalised = MailboxNames.normalise(name);
        mailboxes.provisionIfNew(accountId);
        Long parentId = ensureAncestors(accountId, normalised);
        List<Long> id = ctx.sql().list("INSERT INTO mail.mailbox (account_id, name, parent_id, special_use)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, name) DO NOTHING RETURNING id", rs -> rs.getLong(1),
                accountId, normalised, parentId, specialUse == null ? null : specialUse.attribute());
        if (id.isEmpty()) {
            throw new StoreException(StoreException.Kind.EXISTS, "mailbox exists: " + normalised);
        }
        MailboxRow row = mailboxes.require(accountId, normalised);
        ctx.changed(row, MailboxChanged.Kind.CREATED, List.of(), row.highestModseq());
        return new MailboxInfo(row.id(), row.name(), specialUse, false, false, row.uidValidity());
    }

    /** RFC 9051 §6.3.5; the messages go with the mailbox, their blobs are left to garbage collection. */
    void delete(long accountId, String name) {
        MailboxRow row = mailboxes.lock(accountId, name);
        if (MailboxNames.isInbox(row.name())) {
            throw new StoreException(StoreException.Kind.CANNOT, "INBOX cannot be deleted (RFC 9051 §6.3.5)");
        }
        if (ctx.sql().count("SELECT count(*) FROM mail.mailbox WHERE parent_id = ?", row.id()) > 0) {
            throw new StoreException(StoreException.Kind.HAS_CHILDREN, "mailbox has inferior mailboxes: " + row.name());
        }
        ctx.sql().update("DELETE FROM mail.mailbox WHERE id = ?", row.id());
        Quota.release(ctx, accountId, row.totalBytes(), row.messageCount());
        ctx.changed(row, MailboxChanged.Kind.DELETED, List.of(), row.highestModseq());
    }

    /** RFC 9051 §6.3.6: inferior names follow; INBOX is special ({@link #renameInbox}). */
    void rename(long accountId, String fromName, String toName) {
        MailboxRow from = mailboxes.lock(accountId, fromName);
        String to = MailboxNames.normalise(toName);
        if (mailboxes.find(accountId, to).isPresent()) {
            throw new StoreException(StoreException.Kind.EXISTS, "mailbox exists: " + to);
        }
        if (to.equals(from.name()) || MailboxNames.isInferior(to, from.name())) {
            throw new StoreException(StoreException.Kind.CANNOT, "cannot rename " + from.name() + " below itself");
        }
        if (MailboxNames.isInbox(from.name())) {
            renameInbox(accountId, from, to);
            return;
        }
        if (MailboxNames.isInbox(to)) {
            throw new StoreException(StoreException.Kind.EXISTS, "INBOX always exists");
        }
        Long parentId = ensureAncestors(accountId, to);
        int cut = from.name().codePointCount(0, from.name().length()) + 1;
        ctx.sql().update("UPDATE mail.mailbox SET name = ? || substr(name, ?) WHERE account_id = ?"
                + " AND (name = ? OR name LIKE ? ESCAPE '\\')", to, cut, accountId, from.name(),
                MailboxNames.inferiorsPattern(from.name()));
        ctx.sql().update("UPDATE mail.mailbox SET parent_id = ? WHERE id = ?", parentId, from.id());
        // subscriptions follow the rename, as users expect (Dovecot, Cyrus do the same)
        ctx.sql().update("UPDATE mail.subscription SET name = ? || substr(name, ?) WHERE account_id = ?"
                + " AND (name = ? OR name LIKE ? ESCAPE '\\') AND NOT EXISTS (SELECT 1 FROM mail.subscription t"
                + " WHERE t.account_id = ? AND t.name = ? || substr(mail.subscription.name, ?))", to, cut, accountId,
                from.name(), MailboxNames.inferiorsPattern(from.name()), accountId, to, cut);
        ctx.changed(from, MailboxChanged.Kind.RENAMED, List.of(), from.highestModseq());
    }

    /**
     * RFC 9051 §6.3.6: "Renaming INBOX is permitted ... all messages in INBOX MUST be moved to a new
     * mailbox with the given name, leaving INBOX empty"; INBOX's inferiors stay. The new mailbox
     * has a new UIDVALIDITY, so the messages keep their UIDs; INBOX keeps its UIDNEXT (UIDs are
     * never reused) and records the moved UIDs as expunged for QRESYNC.
     */
    private void renameInbox(long accountId, MailboxRow inbox, String to) {
        MailboxInfo target = create(accountId, to, null);
        MailboxRow locked = mailboxes.lockById(target.id());
        long modseq = inbox.highestModseq() + 1;
        ctx.sql().update("INSERT INTO mail.expunged (mailbox_id, uid, modseq) SELECT ?, uid, ? FROM mail.message"
                + " WHERE mailbox_id = ? ON CONFLICT (mailbox_id, uid) DO UPDATE SET modseq = EXCLUDED.modseq",
                inbox.id(), modseq, inbox.id());
        ctx.sql().update("UPDATE mail.message SET mailbox_id = ? WHERE mailbox_id = ?", locked.id(), inbox.id());
        ctx.sql().update("UPDATE mail.mailbox SET uidnext = ?, highestmodseq = ?, message_count = ?, total_bytes = ?,"
                + " keywords = ? WHERE id = ?", inbox.uidNext(), Math.max(inbox.highestModseq(), locked.highestModseq()),
                inbox.messageCount(), inbox.totalBytes(), inbox.keywords(), locked.id());
        ctx.sql().update("UPDATE mail.mailbox SET highestmodseq = ?, message_count = 0, total_bytes = 0 WHERE id = ?",
                modseq, inbox.id());
        ctx.changed(inbox, MailboxChanged.Kind.EXPUNGED, List.of(), modseq);
    }

    /**
     * RFC 9051 §6.3.7/§6.3.8: subscribing needs an existing mailbox; unsubscribing works for any
     * name, so that names of deleted mailboxes can be removed.
     */
    void subscribe(long accountId, String name, boolean subscribed) {
        String normalised = MailboxNames.normalise(name);
        if (subscribed) {
            mailboxes.require(accountId, normalised);
            ctx.sql().update("INSERT INTO mail.subscription (account_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    accountId, normalised);
        } else {
            mailboxes.provisionIfNew(accountId);
            ctx.sql().update("DELETE FROM mail.subscription WHERE account_id = ? AND name = ?", accountId, normalised);
        }
    }

    /** Subscribed names, including those of mailboxes that no longer exist (RFC 9051 §6.3.9 LSUB/LIST). */
    List<String> subscriptions(long accountId) {
        mailboxes.provisionIfNew(accountId);
        return ctx.sql().list("SELECT name FROM mail.subscription WHERE account_id = ? ORDER BY name",
                rs -> rs.getString(1), accountId);
    }

    MailboxStatus status(long accountId, String name) {
        return status(mailboxes.require(accountId, name));
    }

    private MailboxStatus status(MailboxRow row) {
        long unseen = ctx.sql().count("SELECT count(*) FROM mail.message WHERE mailbox_id = ? AND NOT seen", row.id());
        long deleted = ctx.sql().count("SELECT count(*) FROM mail.message WHERE mailbox_id = ? AND deleted", row.id());
        long recent = row.recentUid() >= row.uidNext() ? 0 : ctx.sql().count(
                "SELECT count(*) FROM mail.message WHERE mailbox_id = ? AND uid >= ?", row.id(), row.recentUid());
        return new MailboxStatus(row.name(), row.messageCount(), row.uidNext(), row.uidValidity(), unseen, deleted,
                row.totalBytes(), row.highestModseq(), recent, row.id());
    }

    /**
     * RFC 3501 §2.3.2 \Recent: takes the UIDs from the mailbox's first unclaimed one up to {@code upTo}
     * (exclusive; the session's UIDNEXT) for the calling session and returns the first of them, or
     * {@code upTo} when there are none. Under the mailbox row lock, so two sessions never both see a
     * message as recent; without anything to claim no lock is taken.
     */
    long claimRecent(long accountId, String name, long upTo) {
        // one statement: the row is locked only when there is something to claim, and a session that
        // waited for the lock re-checks the condition on the row as the other left it (PostgreSQL
        // re-evaluates a locking WHERE on the updated row), so no message is recent in two sessions
        return ctx.sql().one("UPDATE mail.mailbox m SET recent_uid = least(?, m.uidnext)"
                        + " FROM (SELECT id, recent_uid FROM mail.mailbox WHERE account_id = ? AND name = ?"
                        + " AND recent_uid < least(?, uidnext) FOR UPDATE) old"
                        + " WHERE m.id = old.id RETURNING old.recent_uid",
                rs -> rs.getLong(1), upTo, accountId, MailboxNames.normalise(name), upTo).orElse(upTo);
    }

    /** RFC 9051 §6.3.2: everything from the mailbox row, the primary key and the partial unseen index. */
    SelectedMailbox select(long accountId, String name) {
        MailboxRow row = mailboxes.require(accountId, name);
        long[] uids = ctx.sql().one("SELECT array_agg(uid ORDER BY uid) FROM mail.message WHERE mailbox_id = ?",
                rs -> {
                    java.sql.Array array = rs.getArray(1);
                    return array == null ? new long[0]
                            : Arrays.stream((Long[]) array.getArray()).mapToLong(Long::longValue).toArray();
                }, row.id()).orElse(new long[0]);
        long firstUnseen = ctx.sql().count("SELECT coalesce(min(uid), 0) FROM mail.message WHERE mailbox_id = ?"
                + " AND NOT seen", row.id());
        return new SelectedMailbox(status(row), uids, Arrays.asList(row.keywords()), firstUnseen);
    }

    /** Creates the missing superior names of {@code name}; returns the id of its parent (null at top level). */
    private Long ensureAncestors(long accountId, String name) {
        Long parentId = null;
        for (String ancestor : MailboxNames.ancestors(name)) {
            ctx.sql().update("INSERT INTO mail.mailbox (account_id, name, parent_id) VALUES (?, ?, ?)"
                    + " ON CONFLICT (account_id, name) DO NOTHING", accountId, ancestor, parentId);
            parentId = mailboxes.find(accountId, ancestor).orElseThrow().id();
        }
        return parentId;
    }
}
