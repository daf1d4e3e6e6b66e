package dev.parley.store.mail;

import dev.parley.store.blob.BlobRef;
import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.MessageSummary;
import dev.parley.store.mail.api.SearchCriteria;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import java.util.List;

/** Reads of message metadata: FETCH, SEARCH, CONDSTORE/QRESYNC changes — all from indexed columns. */
final class MessageReader implements ListingCache.Source {

    private final StoreContext ctx;
    private final Mailboxes mailboxes;

    MessageReader(StoreContext ctx, Mailboxes mailboxes) {
        this.ctx = ctx;
        this.mailboxes = mailboxes;
    }

    List<MessageSummary> fetch(long accountId, String mailbox, UidSet uids) {
        MailboxRow box = mailboxes.require(accountId, mailbox);
        SqlFragment inSet = UidSql.condition("uid", uids);
        return ctx.sql().list("SELECT " + MessageColumns.SUMMARY + " FROM mail.message WHERE mailbox_id = ? AND "
                + inSet.sql() + " ORDER BY uid", MessageRows::summary, inSet.paramsWith(box.id()));
    }

    /**
     * UID, modseq, flags, internal date and size of the messages in {@code uids} (all: the whole
     * mailbox), ascending: one index-ordered scan of narrow columns, no JSON — what SELECT needs.
     */
    List<MessageListing> list(long accountId, String mailbox, UidSet uids) {
        MailboxRow box = mailboxes.require(accountId, mailbox);
        return list(box, uids);
    }

    List<MessageListing> list(MailboxRow box, UidSet uids) {
        SqlFragment inSet = UidSql.condition("uid", uids);
        return ctx.sql().list("SELECT " + ListingRows.COLUMNS + " FROM mail.message WHERE mailbox_id = ? AND "
                + inSet.sql() + " ORDER BY uid", new ListingRows(), inSet.paramsWith(box.id()));
    }

    /** A backward scan of the primary key: as fast at 100,000 messages as at 100. */
    List<MessageSummary> newest(long accountId, String mailbox, int count) {
        if (count < 0) {
            throw StoreException.invalid("negative count " + count);
        }
        MailboxRow box = mailboxes.require(accountId, mailbox);
        return ctx.sql().list("SELECT " + MessageColumns.SUMMARY + " FROM mail.message WHERE mailbox_id = ?"
                + " ORDER BY uid DESC LIMIT ?", MessageRows::summary, box.id(), count);
    }

    List<Long> search(long accountId, String mailbox, SearchCriteria criteria) {
        MailboxRow box = mailboxes.require(accountId, mailbox);
        SqlFragment where = SearchSql.where(criteria);
        // the driver prepares statements it has run five times on a connection, and PostgreSQL then
        // tries a generic plan: without the values, '%word%' and the tsquery look unselective and
        // it scans the whole mailbox by primary key (100,000 messages: 460 ms instead of 10 ms);
        // searches are planned for their values, which costs about a millisecond
        ctx.sql().update("SET LOCAL plan_cache_mode = force_custom_plan");
        return ctx.sql().list("SELECT uid FROM mail.message WHERE mailbox_id = ? AND " + where.sql() + " ORDER BY uid",
                rs -> rs.getLong(1), where.paramsWith(box.id()));
    }

    /** RFC 7162 §3.1.4 CHANGEDSINCE and §3.2.5.2 VANISHED (EARLIER) from the tombstones. */
    Changes changesSince(long accountId, String mailbox, long modseq) {
        return since(mailboxes.require(accountId, mailbox), modseq);
    }

    @Override
    public List<MessageListing> all(MailboxRow box) {
        return list(box, UidSet.all());
    }

    @Override
    public Changes since(MailboxRow box, long modseq) {
        List<MessageListing> changed = ctx.sql().list("SELECT " + ListingRows.COLUMNS + " FROM mail.message"
                + " WHERE mailbox_id = ? AND modseq > ? ORDER BY uid", new ListingRows(), box.id(), modseq);
        List<Long> vanished = ctx.sql().list("SELECT uid FROM mail.expunged WHERE mailbox_id = ? AND modseq > ?"
                + " ORDER BY uid", rs -> rs.getLong(1), box.id(), modseq);
        return new Changes(box.highestModseq(), changed, UidSet.ofAll(vanished));
    }

    BlobRef blob(long accountId, String mailbox, long uid) {
        MailboxRow box = mailboxes.require(accountId, mailbox);
        return ctx.sql().one("SELECT blob_sha256, size FROM mail.message WHERE mailbox_id = ? AND uid = ?",
                rs -> new BlobRef(rs.getString(1), rs.getLong(2)), box.id(), uid)
                .orElseThrow(() -> StoreException.notFound("no message " + uid + " in " + box.name()));
    }
}
