package dev.parley.store.mail;

import dev.parley.store.mail.api.StoreException;
import java.util.Optional;

/**
 * Finding and locking mailbox rows, with lazy provisioning: an account that has no quota row yet
 * has never been provisioned, so the first access creates its default mailboxes (the directory does
 * not tell the store about new accounts; see {@link #provision}).
 */
final class Mailboxes {

    private final StoreContext ctx;

    Mailboxes(StoreContext ctx) {
        this.ctx = ctx;
    }

    /**
     * Creates the quota row and the default mailboxes that are missing. Idempotent and safe when
     * run concurrently: every insert is {@code ON CONFLICT DO NOTHING}, which waits for a
     * concurrent inserter of the same key and then skips.
     */
    void provision(long accountId) {
        int accounts = (int) ctx.sql().count("SELECT count(*) FROM directory.account WHERE id = ? AND status <> 'deleted'", accountId);
        if (accounts == 0) {
            throw StoreException.notFound("no account " + accountId);
        }
        ctx.sql().update("INSERT INTO mail.quota_usage (account_id) VALUES (?) ON CONFLICT DO NOTHING", accountId);
        for (MailboxNames.Default d : MailboxNames.DEFAULTS) {
            ctx.sql().update("INSERT INTO mail.mailbox (account_id, name, special_use) VALUES (?, ?, ?)"
                    + " ON CONFLICT (account_id, name) DO NOTHING", accountId, d.name(),
                    d.specialUse() == null ? null : d.specialUse().attribute());
            if (d.subscribed()) {
                ctx.sql().update("INSERT INTO mail.subscription (account_id, name) VALUES (?, ?) ON CONFLICT DO NOTHING",
                        accountId, d.name());
            }
        }
    }

    boolean provisioned(long accountId) {
        return ctx.sql().count("SELECT count(*) FROM mail.quota_usage WHERE account_id = ?", accountId) > 0;
    }

    void provisionIfNew(long accountId) {
        if (!provisioned(accountId)) {
            provision(accountId);
        }
    }

    Optional<MailboxRow> find(long accountId, String normalisedName) {
        return ctx.sql().one("SELECT " + MailboxRow.COLUMNS + " FROM mail.mailbox WHERE account_id = ? AND name = ?",
                MailboxRow::read, accountId, normalisedName);
    }

    MailboxRow require(long accountId, String name) {
        return get(accountId, name, "");
    }

    /**
     * Locks the mailbox row for the rest of the transaction. Every change to a mailbox's messages
     * takes this lock first, which serialises UID and MODSEQ allocation per mailbox (RFC 9051
     * §2.3.1.1 strictly ascending UIDs; RFC 7162 §3.1 per-mailbox modseq). Lock order when a
     * transaction needs several rows: mailboxes by ascending id, then the quota row.
     */
    MailboxRow lock(long accountId, String name) {
        return get(accountId, name, " FOR UPDATE");
    }

    MailboxRow lockById(long id) {
        return ctx.sql().one("SELECT " + MailboxRow.COLUMNS + " FROM mail.mailbox WHERE id = ? FOR UPDATE",
                MailboxRow::read, id).orElseThrow(() -> StoreException.notFound("mailbox " + id + " vanished"));
    }

    private MailboxRow get(long accountId, String name, String lock) {
        String normalised = MailboxNames.normalise(name);
        String sql = "SELECT " + MailboxRow.COLUMNS + " FROM mail.mailbox WHERE account_id = ? AND name = ?" + lock;
        Optional<MailboxRow> row = ctx.sql().one(sql, MailboxRow::read, accountId, normalised);
        if (row.isEmpty() && !provisioned(accountId)) {
            provision(accountId);
            row = ctx.sql().one(sql, MailboxRow::read, accountId, normalised);
        }
        return row.orElseThrow(() -> StoreException.notFound("no mailbox " + normalised));
    }
}
