package dev.parley.store.mail;

import dev.parley.mail.mime.ParsedMessage;
import dev.parley.store.mail.api.AppendResult;
import dev.parley.store.mail.api.ExpungeResult;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.FlagResult;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MailboxChanged;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** Changes to messages: the row of an appended message, STORE, EXPUNGE. */
final class MessageWriter {

    private final StoreContext ctx;
    private final Mailboxes mailboxes;

    MessageWriter(StoreContext ctx, Mailboxes mailboxes) {
        this.ctx = ctx;
        this.mailboxes = mailboxes;
    }

    /**
     * The transactional half of APPEND/delivery: the blob is already durable. One {@code UPDATE …
     * RETURNING} on the mailbox row allocates the UID and MODSEQ and takes the row lock that
     * serialises appends to this mailbox until commit, so UIDs are strictly ascending and — as a
     * failed insert rolls the increment back — without gaps.
     */
    AppendResult insert(long accountId, String mailbox, Flags flags, Instant internalDate, PreparedMessage message) {
        MailboxRow box = mailboxes.require(accountId, mailbox);
        long size = message.blob().size();
        long[] allocated = ctx.sql().one("UPDATE mail.mailbox SET uidnext = uidnext + 1, highestmodseq = highestmodseq + 1,"
                + " message_count = message_count + 1, total_bytes = total_bytes + ?,"
                + " keywords = ARRAY(SELECT DISTINCT k FROM unnest(keywords || ?::text[]) k ORDER BY k)"
                + " WHERE id = ? RETURNING uidvalidity, uidnext - 1, highestmodseq",
                rs -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)},
                size, flags.keywords().toArray(String[]::new), box.id()).orElseThrow();
        if (allocated[1] > UidSet.MAX_UID) {
            throw new StoreException(StoreException.Kind.CANNOT, "UIDs of " + box.name() + " exhausted");
        }
        Quota.Level quota = Quota.charge(ctx, box.accountId(), size, 1);
        ParsedMessage parsed = message.parsed();
        // RFC 9051 §2.3.3: internal dates have a resolution of seconds on the wire
        Instant date = (internalDate != null ? internalDate : ctx.clock().instant()).truncatedTo(ChronoUnit.SECONDS);
        SortKeys sort = SortKeys.of(parsed, date);
        String messageId = parsed.threadKeys().messageId();
        String[] refs = parsed.threadKeys().references().toArray(String[]::new);
        ctx.sql().update("INSERT INTO mail.message (mailbox_id, uid, account_id, modseq, seen, answered, flagged, deleted,"
                + " draft, keywords, internal_date, size, blob_sha256, thread_id, message_id, refs, envelope,"
                + " body_structure, header_length, headers, sort_date, sort_from, sort_to, sort_cc, sort_subject,"
                + " search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?::jsonb, ?, ?, ?, ?, ?,"
                + " ?, ?, setweight(to_tsvector('simple', ?), 'A') || to_tsvector('simple', ?))",
                box.id(), allocated[1], box.accountId(), allocated[2], flags.has(Flag.SEEN),
                flags.has(Flag.ANSWERED), flags.has(Flag.FLAGGED),
                flags.has(Flag.DELETED), flags.has(Flag.DRAFT),
                flags.keywords().toArray(String[]::new), date, size, message.blob().sha256(),
                threadId(box.accountId(), refs), messageId, refs, MetadataJson.envelope(parsed.envelope()),
                MetadataJson.bodyStructure(parsed.body()), parsed.headerLength(), message.headers(), sort.date(),
                sort.from(), sort.to(), sort.cc(), sort.subject(), clean(sort.subject()), clean(parsed.searchText()));
        ctx.changed(box, MailboxChanged.Kind.APPENDED, List.of(allocated[1]), allocated[2]);
        return new AppendResult(allocated[0], allocated[1], allocated[2], quota == Quota.Level.WARNING);
    }

    /** The thread of the nearest known ancestor (RFC 5256 §3 references, newest first), else a new one. */
    private long threadId(long accountId, String[] refs) {
        if (refs.length > 0) {
            List<Long> found = ctx.sql().list("SELECT m.thread_id FROM unnest(?::text[]) WITH ORDINALITY r(id, n)"
                    + " JOIN mail.message m ON m.account_id = ? AND m.message_id = r.id ORDER BY r.n DESC LIMIT 1",
                    rs -> rs.getLong(1), refs, accountId);
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        return ctx.sql().count("SELECT nextval('mail.thread_seq')");
    }

    /**
     * RFC 9051 §6.4.6 STORE, RFC 7162 §3.1.3 UNCHANGEDSINCE. Messages whose flags change get the
     * mailbox's next modseq; the others keep theirs. With UNCHANGEDSINCE, messages modified after
     * it are left alone and reported as MODIFIED.
     */
    FlagResult setFlags(long accountId, String mailbox, UidSet uids, FlagMode mode, Flags flags, Long unchangedSince) {
        MailboxRow box = mailboxes.lock(accountId, mailbox);
        SqlFragment inSet = UidSql.condition("uid", uids);
        UidSet modified = UidSet.of();
        if (unchangedSince != null) {
            modified = UidSet.ofAll(ctx.sql().list("SELECT uid FROM mail.message WHERE mailbox_id = ? AND modseq > ? AND "
                    + inSet.sql(), rs -> rs.getLong(1), inSet.paramsWith(box.id(), unchangedSince)));
        }
        FlagSql.Update update = FlagSql.of(mode, flags);
        if (update.set().sql().isEmpty()) {
            return new FlagResult(List.of(), modified);
        }
        long modseq = box.highestModseq() + 1;
        StringBuilder sql = new StringBuilder("UPDATE mail.message SET ").append(update.set().sql())
                .append(", modseq = ? WHERE mailbox_id = ? AND ").append(inSet.sql())
                .append(" AND ").append(update.changes().sql());
        Object[] params = concat(update.set().paramsWith(), new Object[] {modseq, box.id()}, inSet.paramsWith(),
                update.changes().paramsWith(), unchangedSince == null ? new Object[0] : new Object[] {unchangedSince});
        if (unchangedSince != null) {
            sql.append(" AND modseq <= ?");
        }
        // the listing comes back with the update: callers need no second read for date and size
        List<MessageListing> changed = ctx.sql().list(sql.append(" RETURNING ").append(ListingRows.COLUMNS).toString(),
                new ListingRows(), params);
        if (!changed.isEmpty()) {
            ctx.sql().update("UPDATE mail.mailbox SET highestmodseq = ?,"
                    + " keywords = ARRAY(SELECT DISTINCT k FROM unnest(keywords || ?::text[]) k ORDER BY k) WHERE id = ?",
                    modseq, mode == FlagMode.REMOVE ? new String[0] : flags.keywords().toArray(String[]::new), box.id());
            ctx.changed(box, MailboxChanged.Kind.FLAGS, changed.stream().map(MessageListing::uid).sorted().toList(), modseq);
        }
        return new FlagResult(changed.stream().sorted((a, b) -> Long.compare(a.uid(), b.uid())).toList(), modified);
    }

    /**
     * RFC 9051 §6.4.3 EXPUNGE / RFC 4315 UID EXPUNGE ({@code uids} non-null): removes the \Deleted
     * messages and leaves a tombstone (uid, modseq) for QRESYNC VANISHED (RFC 7162 §3.2.10).
     */
    ExpungeResult expunge(long accountId, String mailbox, UidSet uids) {
        return expungeLocked(mailboxes.lock(accountId, mailbox), uids, true, true);
    }

    /**
     * Removes messages of a locked mailbox; {@code deletedOnly} false and {@code releaseQuota} false
     * are MOVE's removal of its sources within one account.
     */
    ExpungeResult expungeLocked(MailboxRow box, UidSet uids, boolean deletedOnly, boolean releaseQuota) {
        SqlFragment inSet = uids == null ? SqlFragment.of("true") : UidSql.condition("uid", uids);
        long modseq = box.highestModseq() + 1;
        List<long[]> removed = ctx.sql().list("DELETE FROM mail.message WHERE mailbox_id = ?"
                + (deletedOnly ? " AND deleted" : "") + " AND " + inSet.sql() + " RETURNING uid, size",
                rs -> new long[] {rs.getLong(1), rs.getLong(2)}, inSet.paramsWith(box.id()));
        if (removed.isEmpty()) {
            return new ExpungeResult(List.of(), box.highestModseq());
        }
        long[] uidArray = removed.stream().mapToLong(r -> r[0]).sorted().toArray();
        long bytes = removed.stream().mapToLong(r -> r[1]).sum();
        ctx.sql().update("INSERT INTO mail.expunged (mailbox_id, uid, modseq) SELECT ?, u, ? FROM unnest(?::bigint[]) u"
                + " ON CONFLICT (mailbox_id, uid) DO UPDATE SET modseq = EXCLUDED.modseq", box.id(), modseq, uidArray);
        ctx.sql().update("UPDATE mail.mailbox SET highestmodseq = ?, message_count = message_count - ?,"
                + " total_bytes = total_bytes - ? WHERE id = ?", modseq, (long) removed.size(), bytes, box.id());
        if (releaseQuota) {
            Quota.release(ctx, box.accountId(), bytes, removed.size());
        }
        List<Long> list = java.util.Arrays.stream(uidArray).boxed().toList();
        ctx.changed(box, MailboxChanged.Kind.EXPUNGED, list, modseq);
        return new ExpungeResult(list, modseq);
    }

    private static Object[] concat(Object[]... arrays) {
        return java.util.Arrays.stream(arrays).flatMap(java.util.Arrays::stream).toArray();
    }

    /** PostgreSQL text cannot hold NUL. */
    private static String clean(String s) {
        return s == null ? "" : s.indexOf('\0') < 0 ? s : s.replace("\0", "");
    }
}
