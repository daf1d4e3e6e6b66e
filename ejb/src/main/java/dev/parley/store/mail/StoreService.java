package dev.parley.store.mail;

import dev.parley.mail.mime.MessageParser;
import dev.parley.store.blob.BlobRef;
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
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import dev.parley.store.mail.api.StoredDelivery;
import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@link MessageStore} over a {@link StoreTransactions}: every operation is one short transaction;
 * append and delivery first make the octets durable and parse them outside any transaction
 * ({@link MessageIntake}), and reading a body opens the blob after the transaction has ended.
 */
public final class StoreService implements MessageStore {

    private final StoreTransactions tx;
    private final BlobStore blobs;
    private final MessageIntake intake;

    public StoreService(StoreTransactions tx, BlobStore blobs) {
        this.tx = tx;
        this.blobs = blobs;
        this.intake = new MessageIntake(blobs, new MessageParser());
    }

    @Override
    public void provision(long accountId) {
        tx.inTransaction(core -> {
            core.provision(accountId);
            return null;
        });
    }

    @Override
    public List<MailboxInfo> listMailboxes(long accountId) {
        return tx.inTransaction(core -> core.listMailboxes(accountId));
    }

    @Override
    public MailboxInfo createMailbox(long accountId, String name, SpecialUse specialUse) {
        return tx.inTransaction(core -> core.createMailbox(accountId, name, specialUse));
    }

    @Override
    public void deleteMailbox(long accountId, String name) {
        tx.inTransaction(core -> {
            core.deleteMailbox(accountId, name);
            return null;
        });
    }

    @Override
    public void renameMailbox(long accountId, String from, String to) {
        tx.inTransaction(core -> {
            core.renameMailbox(accountId, from, to);
            return null;
        });
    }

    @Override
    public void subscribe(long accountId, String name, boolean subscribed) {
        tx.inTransaction(core -> {
            core.subscribe(accountId, name, subscribed);
            return null;
        });
    }

    @Override
    public List<String> subscriptions(long accountId) {
        return tx.inTransaction(core -> core.subscriptions(accountId));
    }

    @Override
    public MailboxStatus status(long accountId, String name) {
        return tx.inTransaction(core -> core.status(accountId, name));
    }

    @Override
    public SelectedMailbox select(long accountId, String name) {
        return tx.inTransaction(core -> core.select(accountId, name));
    }

    @Override
    public MailboxListing snapshot(long accountId, String name) {
        return tx.inTransaction(core -> core.snapshot(accountId, name));
    }

    @Override
    public List<MessageListing> list(long accountId, String mailbox, UidSet uids) {
        return tx.inTransaction(core -> core.list(accountId, mailbox, uids));
    }

    @Override
    public AppendResult append(long accountId, String mailbox, Flags flags, Instant internalDate, InputStream raw) {
        PreparedMessage message = intake.prepare(raw);
        return tx.inTransaction(core -> core.insert(accountId, mailbox, flags == null ? Flags.NONE : flags,
                internalDate, message));
    }

    @Override
    public AppendResult deliver(long accountId, String mailbox, InputStream raw) {
        return append(accountId, mailbox == null ? MailboxNames.INBOX : mailbox, Flags.NONE, null, raw);
    }

    @Override
    public List<AppendResult> deliverStored(List<StoredDelivery> deliveries) {
        // parsed once per blob, outside the transaction; rows inserted in (account, mailbox) order so two
        // batches take the mailbox row locks in the same order
        Map<String, PreparedMessage> parsed = new HashMap<>();
        for (StoredDelivery d : deliveries) {
            parsed.computeIfAbsent(d.blob().sha256(), sha -> intake.prepareStored(d.blob()));
        }
        Integer[] order = new Integer[deliveries.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> deliveries.get(i).accountId())
                .thenComparing(i -> mailboxName(deliveries.get(i)).toLowerCase(Locale.ROOT)));
        return tx.inTransaction(core -> {
            AppendResult[] results = new AppendResult[order.length];
            for (int i : order) {
                StoredDelivery d = deliveries.get(i);
                results[i] = core.insert(d.accountId(), mailboxName(d), d.flags(), null, parsed.get(d.blob().sha256()));
            }
            return List.of(results);
        });
    }

    private static String mailboxName(StoredDelivery d) {
        return d.mailbox() == null ? MailboxNames.INBOX : d.mailbox();
    }

    @Override
    public FlagResult setFlags(long accountId, String mailbox, UidSet uids, FlagMode mode, Flags flags, Long unchangedSince) {
        return tx.inTransaction(core -> core.setFlags(accountId, mailbox, uids, mode, flags, unchangedSince));
    }

    @Override
    public CopyResult copy(long accountId, String from, UidSet uids, String to) {
        return tx.inTransaction(core -> core.copy(accountId, from, uids, to, false));
    }

    @Override
    public CopyResult move(long accountId, String from, UidSet uids, String to) {
        return tx.inTransaction(core -> core.copy(accountId, from, uids, to, true));
    }

    @Override
    public ExpungeResult expunge(long accountId, String mailbox, UidSet uids) {
        return tx.inTransaction(core -> core.expunge(accountId, mailbox, uids));
    }

    @Override
    public List<MessageSummary> fetch(long accountId, String mailbox, UidSet uids) {
        return tx.inTransaction(core -> core.fetch(accountId, mailbox, uids));
    }

    @Override
    public List<MessageSummary> newest(long accountId, String mailbox, int count) {
        return tx.inTransaction(core -> core.newest(accountId, mailbox, count));
    }

    @Override
    public List<Long> search(long accountId, String mailbox, SearchCriteria criteria) {
        return tx.inTransaction(core -> core.search(accountId, mailbox, criteria));
    }

    @Override
    public Changes changesSince(long accountId, String mailbox, long modseq) {
        return tx.inTransaction(core -> core.changesSince(accountId, mailbox, modseq));
    }

    @Override
    public InputStream openMessage(long accountId, String mailbox, long uid, long offset, long length) {
        BlobRef ref = tx.inTransaction(core -> core.blob(accountId, mailbox, uid));
        try {
            return blobs.openRange(ref, offset, length);
        } catch (IOException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "blob " + ref.sha256() + " unreadable: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public QuotaInfo quota(long accountId) {
        return tx.inTransaction(core -> core.quota(accountId));
    }

    @Override
    public List<AclEntry> getAcl(long accountId, String mailbox) {
        return tx.inTransaction(core -> core.getAcl(accountId, mailbox));
    }

    @Override
    public void setAcl(long accountId, String mailbox, String identifier, String rights) {
        tx.inTransaction(core -> {
            core.setAcl(accountId, mailbox, identifier, rights);
            return null;
        });
    }

    @Override
    public MailboxRights rights(long actorId, String owner, String mailbox) {
        return tx.inTransaction(core -> core.rights(actorId, owner, mailbox));
    }

    @Override
    public List<MailboxRights> sharedWith(long actorId) {
        return tx.inTransaction(core -> core.sharedWith(actorId));
    }

    @Override
    public long claimRecent(long accountId, String mailbox, long upTo) {
        return tx.inTransaction(core -> core.claimRecent(accountId, mailbox, upTo));
    }
}
