package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.CopyResult;
import dev.parley.mail.imap.backend.FlagChange;
import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MailboxDelta;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MailboxSnapshot;
import dev.parley.mail.imap.backend.MessageContent;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.imap.backend.StoreResult;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.protocol.MailboxSessions;
import dev.parley.store.mail.api.Changes;
import dev.parley.store.mail.api.ExpungeResult;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.FlagResult;
import dev.parley.store.mail.api.MailboxListing;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.MessageSummary;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One session's selection of a store mailbox. The store answers in UIDs; the engine keeps the
 * sequence-number map. Change notification: registered with {@link MailboxSessions} until closed.
 */
final class StoreSelectedMailbox implements dev.parley.mail.imap.backend.SelectedMailbox {

    private final MessageStore store;
    private final long accountId;
    private final MailboxPath path;
    private final String name;
    private final boolean readOnly;
    private final MailboxSnapshot snapshot;
    private final MailboxSessions.Registration registration;
    private volatile long uidNext;
    /** Summaries read by {@link #prefetch}, each handed out once by {@link #content}; session-serial. */
    private Map<Long, MessageSummary> prefetched = new HashMap<>();

    private StoreSelectedMailbox(MessageStore store, long accountId, MailboxPath path, boolean readOnly,
                                 MailboxSnapshot snapshot, MailboxSessions.Registration registration) {
        this.store = store;
        this.accountId = accountId;
        this.path = path;
        this.name = path.name();
        this.readOnly = readOnly;
        this.snapshot = snapshot;
        this.registration = registration;
        this.uidNext = snapshot.uidNext().value();
    }

    static StoreSelectedMailbox open(MessageStore store, MailboxSessions sessions, long accountId, MailboxPath path,
                                     boolean readOnly, MailboxListener listener) throws BackendException {
        // register first: a change committed while the snapshot is read is then announced, not lost
        MailboxSessions.Registration registration = sessions.register(accountId, path.name(), listener::mailboxChanged);
        try {
            // the status was read before the rows (one transaction): a row changed in between has a
            // modseq above the snapshot's and is reported again by the first changesSince, harmlessly
            MailboxListing selected = store.snapshot(accountId, path.name());
            List<MessageMeta> messages = ImapMapping.metas(selected.messages());
            long lastUid = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid().value();
            Set<String> flags = new HashSet<>(Flags.SYSTEM);
            flags.addAll(selected.keywords());
            Flags defined = Flags.of(flags);
            var status = selected.status();
            MailboxSnapshot snapshot = new MailboxSnapshot(status.uidValidity(), Uid.of(Math.max(Math.max(1, status.uidNext()), lastUid + 1)),
                    ModSeq.of(status.highestModseq()), defined, readOnly ? Flags.NONE : defined, !readOnly, messages);
            return new StoreSelectedMailbox(store, accountId, path, readOnly, snapshot, registration);
        } catch (RuntimeException e) {
            registration.close();
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public MailboxPath path() {
        return path;
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public MailboxSnapshot snapshot() {
        return snapshot;
    }

    /** The store keeps no \Recent (IMAP4rev2 dropped it): no message is recent in any session. */
    @Override
    public Uid claimRecent() {
        return Uid.of(uidNext);
    }

    /**
     * The store's answer from one modseq, mapped once and shared by the sessions of the mailbox through
     * {@link MailboxSessions.Registration#changesSince}.
     */
    record SharedDelta(long highestModseq, List<MessageMeta> changed, List<Uid> vanished, long maxUid) {
    }

    @Override
    public MailboxDelta changesSince(ModSeq modSeq) throws BackendException {
        try {
            SharedDelta delta = registration.changesSince(modSeq.value(), this::read, SharedDelta::highestModseq);
            // uidNext is this session's own; the delta may be shared and start below this session's modseq
            uidNext = Math.max(uidNext, delta.maxUid() + 1);
            return new MailboxDelta(ModSeq.of(delta.highestModseq()), Uid.of(uidNext), delta.changed(), delta.vanished());
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    private SharedDelta read(long modseq) {
        Changes changes = store.changesSince(accountId, name, modseq);
        List<MessageMeta> changed = List.copyOf(ImapMapping.metas(changes.changed()));
        long maxUid = 0;
        for (MessageMeta m : changed) {
            maxUid = Math.max(maxUid, m.uid().value());
        }
        return new SharedDelta(changes.highestModseq(), changed, List.copyOf(ImapMapping.uids(changes.vanished())), maxUid);
    }

    /** One query for the cached structures of the UIDs FETCH is about to render (instead of one each). */
    @Override
    public void prefetch(List<Uid> uids) throws BackendException {
        List<Long> values = new ArrayList<>(uids.size());
        uids.forEach(u -> values.add(u.value()));
        Map<Long, MessageSummary> read = new HashMap<>(values.size() * 2);
        try {
            for (MessageSummary s : store.fetch(accountId, name, dev.parley.store.mail.api.UidSet.ofAll(values))) {
                read.put(s.uid(), s);
            }
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
        prefetched = read;
    }

    @Override
    public MessageContent content(Uid uid) throws BackendException {
        // envelope, structure and size never change for a UID; handing each prefetched summary out once
        // and dropping the rest on a miss keeps "EXPUNGED when gone" as fresh as one query per message
        MessageSummary ready = prefetched.remove(uid.value());
        if (ready != null) {
            return new StoreMessageContent(store, accountId, name, ready);
        }
        if (!prefetched.isEmpty()) {
            prefetched = new HashMap<>();
        }
        List<MessageSummary> found;
        try {
            found = store.fetch(accountId, name, dev.parley.store.mail.api.UidSet.of(uid.value()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
        if (found.isEmpty()) {
            throw new BackendException(BackendException.Reason.EXPUNGED, "message " + uid + " was expunged");
        }
        return new StoreMessageContent(store, accountId, name, found.get(0));
    }

    @Override
    public StoreResult store(UidSet uids, FlagChange change) throws BackendException {
        try {
            FlagMode mode = FlagMode.valueOf(change.mode().name());
            Long unchangedSince = change.unchangedSince() == null ? null : change.unchangedSince().value();
            FlagResult result = store.setFlags(accountId, name, ImapMapping.toStore(uids), mode,
                    ImapMapping.toStore(change.flags()), unchangedSince);
            return new StoreResult(ImapMapping.metas(result.changed()), ImapMapping.uids(result.modified()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public CopyResult copy(UidSet uids, MailboxPath target) throws BackendException {
        try {
            return copyResult(store.copy(accountId, name, ImapMapping.toStore(uids), target.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, true);
        }
    }

    @Override
    public CopyResult move(UidSet uids, MailboxPath target) throws BackendException {
        try {
            return copyResult(store.move(accountId, name, ImapMapping.toStore(uids), target.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, true);
        }
    }

    private static CopyResult copyResult(dev.parley.store.mail.api.CopyResult r) {
        return new CopyResult(r.uidValidity(), ImapMapping.uids(r.sourceUids()), ImapMapping.uids(r.targetUids()));
    }

    @Override
    public List<Uid> expunge(UidSet uids) throws BackendException {
        try {
            ExpungeResult result = store.expunge(accountId, name, uids == null ? null : ImapMapping.toStore(uids));
            return ImapMapping.uids(result.uids());
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public List<Uid> search(SearchKey criteria) throws BackendException {
        try {
            return ImapMapping.uids(store.search(accountId, name, ImapMapping.toStore(criteria)));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void close() {
        registration.close();
    }
}
