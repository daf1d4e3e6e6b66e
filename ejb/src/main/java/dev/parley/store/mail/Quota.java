package dev.parley.store.mail;

import dev.parley.store.mail.api.QuotaInfo;
import dev.parley.store.mail.api.StoreException;

/**
 * RFC 9208 quota per account: usage in {@code mail.quota_usage}, changed in the same transaction as
 * the messages, so usage and content never disagree. Charging is one {@code UPDATE … RETURNING}
 * that locks the account's usage row; concurrent appends to one account therefore cannot both slip
 * under the limit.
 */
final class Quota {

    /** The outcome of a charge that fits. */
    enum Level { OK, WARNING }

    private Quota() {
    }

    /** Adds usage, refusing with [OVERQUOTA] (RFC 9208 §4.3) when a limit would be exceeded. */
    static Level charge(StoreContext ctx, long accountId, long bytes, long messages) {
        QuotaInfo after = ctx.sql().one("UPDATE mail.quota_usage q SET bytes = q.bytes + ?, messages = q.messages + ?"
                + " FROM directory.account a WHERE a.id = q.account_id AND q.account_id = ?"
                + " RETURNING q.bytes, a.quota_bytes, q.messages", rs -> new QuotaInfo(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), ctx.settings().messageLimit()), bytes, messages, accountId)
                .orElseThrow(() -> StoreException.notFound("account " + accountId + " is not provisioned"));
        return evaluate(after, bytes, messages, ctx.settings().warnPercent());
    }

    static void release(StoreContext ctx, long accountId, long bytes, long messages) {
        ctx.sql().update("UPDATE mail.quota_usage SET bytes = greatest(bytes - ?, 0), messages = greatest(messages - ?, 0)"
                + " WHERE account_id = ?", bytes, messages, accountId);
    }

    static QuotaInfo info(StoreContext ctx, long accountId) {
        return ctx.sql().one("SELECT q.bytes, a.quota_bytes, q.messages FROM mail.quota_usage q"
                + " JOIN directory.account a ON a.id = q.account_id WHERE q.account_id = ?", rs -> new QuotaInfo(
                rs.getLong(1), rs.getLong(2), rs.getLong(3), ctx.settings().messageLimit()), accountId)
                .orElseThrow(() -> StoreException.notFound("account " + accountId + " is not provisioned"));
    }

    /**
     * Usage {@code after} a charge of {@code bytes}/{@code messages}: over a limit is refused — unless
     * the charge adds nothing to that resource (removing flags never fails) — and at or above
     * {@code warnPercent} of a limit is a warning.
     */
    static Level evaluate(QuotaInfo after, long bytes, long messages, int warnPercent) {
        if (after.bytesLimited() && bytes > 0 && after.bytesUsed() > after.bytesLimit()) {
            throw new StoreException(StoreException.Kind.QUOTA_EXCEEDED, "storage quota exceeded: "
                    + after.bytesUsed() + " of " + after.bytesLimit() + " octets");
        }
        if (after.messagesLimited() && messages > 0 && after.messagesUsed() > after.messagesLimit()) {
            throw new StoreException(StoreException.Kind.QUOTA_EXCEEDED, "message quota exceeded: "
                    + after.messagesUsed() + " of " + after.messagesLimit() + " messages");
        }
        boolean warn = after.bytesLimited() && after.bytesUsed() * 100 >= after.bytesLimit() * warnPercent
                || after.messagesLimited() && after.messagesUsed() * 100 >= after.messagesLimit() * warnPercent;
        return warn ? Level.WARNING : Level.OK;
    }
}
