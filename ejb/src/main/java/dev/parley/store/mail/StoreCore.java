package dev.parley.store.mail;

import dev.parley.store.blob.BlobRef;
import dev.parley.store.mail.api.AclEntry;
import dev.parley.store.mail.api.AppendResult;
import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.CopyResult;
import dev.parley.store.mail.api.ExpungeResult;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.FlagResult;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MailboxChanged;
import dev.parley.store.mail.api.MailboxInfo;
import dev.parley.store.mail.api.MailboxListing;
import dev.parley.store.mail.api.MailboxRights;
import dev.parley.store.mail.api.MailboxStatus;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.MessageSummary;
import dev.parley.store.mail.api.QuotaInfo;
import dev.parley.store.mail.api.SearchCriteria;
import dev.parley.store.mail.api.SelectedMailbox;
import dev.parley.store.mail.api.SpecialUse;
import dev.parley.store.mail.api.UidSet;
import java.sql.Connection;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;

/**
 * The store's operations inside one transaction on one connection, free of EJB machinery: the
 * container's transaction in {@link StoreTransactionsBean}, a JDBC one in the integration tests.
 */
public final class StoreCore {

    private final StoreContext ctx;
    private final Mailboxes mailboxes;
    private final MailboxOperations mailboxOps;
    private final MessageWriter writer;
    private final CopyOperations copies;
    private final MessageReader reader;
    private final AclOperations acl;

    public StoreCore(Connection connection, Clock clock, StoreSettings settings, Consumer<MailboxChanged> events) {
        this.ctx = new StoreContext(new Jdbc(connection), clock, settings, events);
        this.mailboxes = new Mailboxes(ctx);
        this.mailboxOps = new MailboxOperations(ctx, mailboxes);
        this.writer = new MessageWriter(ctx, mailboxes);
        this.copies = new CopyOperations(ctx, mailboxes, writer);
        this.reader = new MessageReader(ctx, mailboxes);
        this.acl = new AclOperations(ctx, mailboxes);
    }

    public void provision(long accountId) {
        mailboxes.provision(accountId);
    }

    public List<MailboxInfo> listMailboxes(long accountId) {
        return mailboxOps.list(accountId);
    }

    public MailboxInfo createMailbox(long accountId, String name, SpecialUse specialUse) {
        return mailboxOps.create(accountId, name, specialUse);
    }

    public void deleteMailbox(long accountId, String name) {
        mailboxOps.delete(accountId, name);
    }

    public void renameMailbox(long accountId, String from, String to) {
        mailboxOps.rename(accountId, from, to);
    }

    public void subscribe(long accountId, String name, boolean subscribed) {
        mailboxOps.subscribe(accountId, name, subscribed);
    }

    public List<String> subscriptions(long accountId) {
        return mailboxOps.subscriptions(accountId);
    }

    public MailboxStatus status(long accountId, String name) {
        return mailboxOps.status(accountId, name);
    }

    public SelectedMailbox select(long accountId, String name) {
        return mailboxOps.select(accountId, name);
    }

    /** SELECT without the cached JSON: the mailbox row, then one narrow scan of its messages. */
    public MailboxListing snapshot(long accountId, String name) {
        MailboxRow row = mailboxes.require(accountId, name);
        List<MessageListing> messages = ListingCache.shared().listing(row, reader);
        long unseen = 0;
        long deleted = 0;
        long recent = 0;
        for (MessageListing m : messages) {
            unseen += m.flags().has(Flag.SEEN) ? 0 : 1;
            deleted += m.flags().has(Flag.DELETED) ? 1 : 0;
            recent += m.uid() >= row.recentUid() ? 1 : 0;
        }
        MailboxStatus status = new MailboxStatus(row.name(), row.messageCount(), row.uidNext(), row.uidValidity(), unseen,
                deleted, row.totalBytes(), row.highestModseq(), recent, row.id());
        return new MailboxListing(status, java.util.Arrays.asList(row.keywords()), messages);
    }

    public List<MessageListing> list(long accountId, String mailbox, UidSet uids) {
        return reader.list(accountId, mailbox, uids);
    }

    AppendResult insert(long accountId, String mailbox, Flags flags, Instant internalDate, PreparedMessage message) {
        return writer.insert(accountId, mailbox, flags, internalDate, message);
    }

    public FlagResult setFlags(long accountId, String mailbox, UidSet uids, FlagMode mode, Flags flags, Long unchangedSince) {
        return writer.setFlags(accountId, mailbox, uids, mode, flags, unchangedSince);
    }

    public CopyResult copy(long accountId, String from, UidSet uids, String to, boolean move) {
        return copies.copy(accountId, from, uids, to, move);
    }

    public ExpungeResult expunge(long accountId, String mailbox, UidSet uids) {
        return writer.expunge(accountId, mailbox, uids);
    }

    public List<MessageSummary> fetch(long accountId, String mailbox, UidSet uids) {
        return reader.fetch(accountId, mailbox, uids);
    }

    public List<MessageSummary> newest(long accountId, String mailbox, int count) {
        return reader.newest(accountId, mailbox, count);
    }

    public List<Long> search(long accountId, String mailbox, SearchCriteria criteria) {
        return reader.search(accountId, mailbox, criteria);
    }

    public Changes changesSince(long accountId, String mailbox, long modseq) {
        return reader.changesSince(accountId, mailbox, modseq);
    }

    BlobRef blob(long accountId, String mailbox, long uid) {
        return reader.blob(accountId, mailbox, uid);
    }

    public QuotaInfo quota(long accountId) {
        mailboxes.provisionIfNew(accountId);
        return Quota.info(ctx, accountId);
    }

    public List<AclEntry> getAcl(long accountId, String mailbox) {
        return acl.get(accountId, mailbox);
    }

    public void setAcl(long accountId, String mailbox, String identifier, String rights) {
        acl.set(accountId, mailbox, identifier, rights);
    }

    public MailboxRights rights(long actorId, String owner, String mailbox) {
        return acl.rights(actorId, owner, mailbox);
    }

    public List<MailboxRights> sharedWith(long actorId) {
        return acl.sharedWith(actorId);
    }

    public long claimRecent(long accountId, String mailbox, long upTo) {
        return mailboxOps.claimRecent(accountId, mailbox, upTo);
    }
}
