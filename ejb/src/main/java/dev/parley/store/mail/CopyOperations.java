package dev.parley.store.mail;

import dev.parley.store.mail.api.CopyResult;
import dev.parley.store.mail.api.MailboxChanged;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;

/**
 * RFC 9051 §6.4.7 COPY and RFC 6851 MOVE with RFC 4315 COPYUID. Copies share the blob (the store
 * is content-addressed) and all cached metadata; only the row is new. MOVE is copy plus removal of
 * the sources in the same transaction, so no client ever sees a message in both or in neither.
 */
final class CopyOperations {

    private final StoreContext ctx;
    private final Mailboxes mailboxes;
    private final MessageWriter writer;

    CopyOperations(StoreContext ctx, Mailboxes mailboxes, MessageWriter writer) {
        this.ctx = ctx;
        this.mailboxes = mailboxes;
        this.writer = writer;
    }

    CopyResult copy(long accountId, String from, UidSet uids, String to, boolean move) {
        MailboxRow sourceRef = mailboxes.require(accountId, from);
        MailboxRow targetRef = mailboxes.require(accountId, to);
        // lock order: mailboxes by ascending id (Mailboxes#lock), so COPY a→b and b→a cannot deadlock
        MailboxRow source;
        MailboxRow target;
        if (sourceRef.id() <= targetRef.id()) {
            source = mailboxes.lockById(sourceRef.id());
            target = sourceRef.id() == targetRef.id() ? source : mailboxes.lockById(targetRef.id());
        } else {
            target = mailboxes.lockById(targetRef.id());
            source = mailboxes.lockById(sourceRef.id());
        }
        SqlFragment inSet = UidSql.condition("uid", uids);
        List<long[]> rows = ctx.sql().list("SELECT uid, size FROM mail.message WHERE mailbox_id = ? AND " + inSet.sql()
                + " ORDER BY uid", rs -> new long[] {rs.getLong(1), rs.getLong(2)}, inSet.paramsWith(source.id()));
        if (rows.isEmpty()) {
            return new CopyResult(target.uidValidity(), List.of(), List.of());
        }
        long[] sourceUids = rows.stream().mapToLong(r -> r[0]).toArray();
        long count = sourceUids.length;
        long bytes = rows.stream().mapToLong(r -> r[1]).sum();
        long[] allocated = ctx.sql().one("UPDATE mail.mailbox t SET uidnext = t.uidnext + ?, highestmodseq = t.highestmodseq + 1,"
                + " message_count = t.message_count + ?, total_bytes = t.total_bytes + ?,"
                + " keywords = ARRAY(SELECT DISTINCT k FROM unnest(t.keywords || ?::text[]) k ORDER BY k)"
                + " WHERE t.id = ? RETURNING t.uidvalidity, t.uidnext - ?, t.highestmodseq",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                count, count, bytes, source.keywords(), target.id(), count).orElseThrow();
        if (allocated[1] + count - 1 > UidSet.MAX_UID) {
            throw new StoreException(StoreException.Kind.CANNOT, "UIDs of " + target.name() + " exhausted");
        }
        if (!move || source.accountId() != target.accountId()) {
            Quota.charge(ctx, target.accountId(), bytes, count);
        }
        // the i-th source UID (ascending) becomes base + i - 1: the COPYUID mapping (RFC 4315 §3)
        ctx.sql().update("INSERT INTO mail.message (mailbox_id, uid, account_id, modseq, " + MessageColumns.COPIED + ")"
                + " SELECT ?, ? + s.n - 1, ?, ?, " + prefixed(MessageColumns.COPIED)
                + " FROM unnest(?::bigint[]) WITH ORDINALITY s(uid, n) JOIN mail.message m"
                + " ON m.mailbox_id = ? AND m.uid = s.uid", target.id(), allocated[1], target.accountId(), allocated[2],
                sourceUids, source.id());
        List<Long> fromUids = Arrays.stream(sourceUids).boxed().toList();
        List<Long> toUids = LongStream.range(allocated[1], allocated[1] + count).boxed().toList();
        if (move) {
            MailboxRow current = source.id() == target.id() ? mailboxes.lockById(source.id()) : source;
            // within one account a move leaves the usage as it is; across accounts (shared mailboxes)
            // the target owner was charged above and the source owner is released here
            writer.expungeLocked(current, UidSet.ofAll(fromUids), false, source.accountId() != target.accountId());
        }
        ctx.changed(target, MailboxChanged.Kind.APPENDED, toUids, allocated[2]);
        return new CopyResult(allocated[0], fromUids, toUids);
    }

    private static String prefixed(String columns) {
        return "m." + columns.replace(", ", ", m.");
    }
}
