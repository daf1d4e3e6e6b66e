package dev.parley.store.mail;

import dev.parley.store.blob.BlobStore;
import dev.parley.store.mail.api.AclEntry;
import dev.parley.store.mail.api.AppendResult;
import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.CopyResult;
import dev.parley.store.mail.api.ExpungeResult;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.FlagResult;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MailboxInfo;
import dev.parley.store.mail.api.MailboxListing;
import dev.parley.store.mail.api.MailboxRights;
import dev.parley.store.mail.api.MailboxStatus;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.MessageSummary;
import dev.parley.store.mail.api.QuotaInfo;
import dev.parley.store.mail.api.SearchCriteria;
import dev.parley.store.mail.api.SelectedMailbox;
import dev.parley.store.mail.api.SpecialUse;
import dev.parley.store.mail.api.UidSet;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;

/**
 * The message store as an EJB. Methods run outside any transaction (NOT_SUPPORTED) so that blob
 * I/O never happens inside one; each database step is its own short transaction in
 * {@link StoreTransactionsBean}. A caller's transaction is suspended, not joined: a store operation
 * commits on its own, as IMAP and LMTP acknowledge each one separately.
 */
@Stateless
@Local(MessageStore.class)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MessageStoreBean implements MessageStore {

    @EJB
    private StoreTransactionsBean transactions;

    @Inject
    private BlobStore blobs;

    private MessageStore service;

    @PostConstruct
    void init() {
        service = new StoreService(transactions, blobs);
    }

    @Override
    public void provision(long accountId) {
        service.provision(accountId);
    }

    @Override
    public List<MailboxInfo> listMailboxes(long accountId) {
        return service.listMailboxes(accountId);
    }

    @Override
    public MailboxInfo createMailbox(long accountId, String name, SpecialUse specialUse) {
        return service.createMailbox(accountId, name, specialUse);
    }

    @Override
    public void deleteMailbox(long accountId, String name) {
        service.deleteMailbox(accountId, name);
    }

    @Override
    public void renameMailbox(long accountId, String from, String to) {
        service.renameMailbox(accountId, from, to);
    }

    @Override
    public void subscribe(long accountId, String name, boolean subscribed) {
        service.subscribe(accountId, name, subscribed);
    }

    @Override
    public List<String> subscriptions(long accountId) {
        return service.subscriptions(accountId);
    }

    @Override
    public MailboxStatus status(long accountId, String name) {
        return service.status(accountId, name);
    }

    @Override
    public SelectedMailbox select(long accountId, String name) {
        return service.select(accountId, name);
    }

    @Override
    public MailboxListing snapshot(long accountId, String name) {
        return service.snapshot(accountId, name);
    }

    @Override
    public List<MessageListing> list(long accountId, String mailbox, UidSet uids) {
        return service.list(accountId, mailbox, uids);
    }

    @Override
    public AppendResult append(long accountId, String mailbox, Flags flags, Instant internalDate, InputStream raw) {
        return service.append(accountId, mailbox, flags, internalDate, raw);
    }

    @Override
    public AppendResult deliver(long accountId, String mailbox, InputStream raw) {
        return service.deliver(accountId, mailbox, raw);
    }

    @Override
    public List<AppendResult> deliverStored(List<dev.parley.store.mail.api.StoredDelivery> deliveries) {
        return service.deliverStored(deliveries);
    }

    @Override
    public FlagResult setFlags(long accountId, String mailbox, UidSet uids, FlagMode mode, Flags flags, Long unchangedSince) {
        return service.setFlags(accountId, mailbox, uids, mode, flags, unchangedSince);
    }

    @Override
    public CopyResult copy(long accountId, String from, UidSet uids, String to) {
        return service.copy(accountId, from, uids, to);
    }

    @Override
    public CopyResult move(long accountId, String from, UidSet uids, String to) {
        return service.move(accountId, from, uids, to);
    }

    @Override
    public ExpungeResult expunge(long accountId, String mailbox, UidSet uids) {
        return service.expunge(accountId, mailbox, uids);
    }

    @Override
    public List<MessageSummary> fetch(long accountId, String mailbox, UidSet uids) {
        return service.fetch(accountId, mailbox, uids);
    }

    @Override
    public List<MessageSummary> newest(long accountId, String mailbox, int count) {
        return service.newest(accountId, mailbox, count);
    }

    @Override
    public List<Long> search(long accountId, String mailbox, SearchCriteria criteria) {
        return service.search(accountId, mailbox, criteria);
    }

    @Override
    public Changes changesSince(long accountId, String mailbox, long modseq) {
        return service.changesSince(accountId, mailbox, modseq);
    }

    @Override
    public InputStream openMessage(long accountId, String mailbox, long uid, long offset, long length) {
        return service.openMessage(accountId, mailbox, uid, offset, length);
    }

    @Override
    public QuotaInfo quota(long accountId) {
        return service.quota(accountId);
    }

    @Override
    public List<AclEntry> getAcl(long accountId, String mailbox) {
        return service.getAcl(accountId, mailbox);
    }

    @Override
    public void setAcl(long accountId, String mailbox, String identifier, String rights) {
        service.setAcl(accountId, mailbox, identifier, rights);
    }

    @Override
    public MailboxRights rights(long actorId, String owner, String mailbox) {
        return service.rights(actorId, owner, mailbox);
    }

    @Override
    public List<MailboxRights> sharedWith(long actorId) {
        return service.sharedWith(actorId);
    }

    @Override
    public long claimRecent(long accountId, String mailbox, long upTo) {
        return service.claimRecent(accountId, mailbox, upTo);
    }
}
