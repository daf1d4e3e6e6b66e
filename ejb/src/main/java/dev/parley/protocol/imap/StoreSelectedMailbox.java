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
import java.util.concurrent.atomic.AtomicLong;

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
    private final String mailboxId;
    private final MailboxSessions.Registration registration;
    /** RFC 4314 rights of the session's user, fixed at selection (a changed ACL applies from the next SELECT). */
    private final String rights;
    private final MailboxAccess access;
    private volatile long uidNext;
    /**
     * Every change up to this modseq has reached the session: read by {@link #changesSince} or made
     * by the session itself (STORE, EXPUNGE) right on top of what it had seen. Session-serial.
     */
    private long caughtUp;
    /** The highest modseq a change notification announced; written by committing threads. */
    private final AtomicLong notified;
    /** Summaries read by {@link #prefetch}, each handed out once by {@link #content}; session-serial. */
    private Map<Long, MessageSummary> prefetched = new HashMap<>();

    private StoreSelectedMailbox(MessageStore store, MailboxAccess.Target target, MailboxPath path, boolean readOnly,
                                 MailboxSnapshot snapshot, MailboxSessions.Registration registration, MailboxAccess access,
                                 AtomicLong notified, String mailboxId) {
        this.mailboxId = mailboxId;
        this.store = store;
        this.accountId = target.ownerId();
        this.path = path;
        this.name = target.name();
        this.readOnly = readOnly;
        this.snapshot = snapshot;
        this.registration = registration;
        this.rights = target.rights();
        this.access = access;
        this.uidNext = snapshot.uidNext().value();
        this.caughtUp = snapshot.highestModSeq().value();
        this.notified = notified;
    }

    /** The owner's selection of one of its own mailboxes (every right). */
    static StoreSelectedMailbox open(MessageStore store, MailboxSessions sessions, long accountId, MailboxPath path,
                                     boolean readOnly, MailboxListener listener) throws BackendException {
        return open(store, sessions, new MailboxAccess.Target(accountId, path.name(), MailboxAccess.ALL, true), path,
                readOnly, listener, new MailboxAccess(store, accountId));
    }

    /**
     * @param target the store mailbox (owner and name) and the user's rights there
     * @param path   the name the client used (personal or in the other users' namespace)
     */
    static StoreSelectedMailbox open(MessageStore store, MailboxSessions sessions, MailboxAccess.Target target,
                                     MailboxPath path, boolean readOnly, MailboxListener listener, MailboxAccess access)
            throws BackendException {
        long accountId = target.ownerId();
        // register first: a change committed while the snapshot is read is then announced, not lost
        AtomicLong notified = new AtomicLong();
        MailboxSessions.Registration registration = sessions.register(accountId, target.name(), modseq -> {
            notified.accumulateAndGet(modseq, Math::max);
            listener.mailboxChanged();
        });
        try {
            // the status was read before the rows (one transaction): a row changed in between has a
            // modseq above the snapshot's and is reported again by the first changesSince, harmlessly
            MailboxListing selected = store.snapshot(accountId, target.name());
            List<MessageMeta> messages = ImapMapping.metas(selected.messages());
            long lastUid = messages.isEmpty() ? 0 : messages.get(messages.size() - 1).uid().value();
            Set<String> flags = new HashSet<>(Flags.SYSTEM);
            flags.addAll(selected.keywords());
            Flags defined = Flags.of(flags);
            var status = selected.status();
            MailboxSnapshot snapshot = new MailboxSnapshot(status.uidValidity(), Uid.of(Math.max(Math.max(1, status.uidNext()), lastUid + 1)),
                    ModSeq.of(status.highestModseq()), defined, readOnly ? Flags.NONE : FlagRights.permitted(target.rights(), defined),
                    !readOnly && target.has('w'), messages);
            return new StoreSelectedMailbox(store, target, path, readOnly, snapshot, registration, access, notified,
                    ObjectIds.mailbox(status.mailboxId()));
        } catch (RuntimeException e) {
            registration.close();
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public String mailboxId() {
        return mailboxId;
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

    /** RFC 3501 §2.3.2: the store hands each message to the first IMAP4rev1 session that claims it. */
    @Override
    public Uid claimRecent() throws BackendException {
        if (readOnly) {
            return Uid.of(uidNext);
        }
        try {
            return Uid.of(store.claimRecent(accountId, name, uidNext));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
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
            // the delta covers (from, highest] with from <= modSeq <= caughtUp: nothing up to highest is missed
            caughtUp = Math.max(caughtUp, delta.highestModseq());
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
        Flags allowed = FlagRights.permitted(rights, change.flags());
        if (change.mode() == FlagChange.Mode.REPLACE && !FlagRights.allFlags(rights)) {
            // replacing would clear flags the user may not touch (RFC 4314 §4)
            throw new BackendException(BackendException.Reason.NO_PERMISSION, "Permission denied: FLAGS needs rights s, t and w");
        }
        if (allowed.names().isEmpty() && change.mode() != FlagChange.Mode.REPLACE) {
            return new StoreResult(List.of(), List.of());
        }
        try {
            FlagMode mode = FlagMode.valueOf(change.mode().name());
            Long unchangedSince = change.unchangedSince() == null ? null : change.unchangedSince().value();
            FlagResult result = store.setFlags(accountId, name, ImapMapping.toStore(uids), mode,
                    ImapMapping.toStore(allowed), unchangedSince);
            if (!result.changed().isEmpty()) {
                ownWrite(result.changed().get(0).modseq()); // one write, one modseq for all it changed
            }
            return new StoreResult(ImapMapping.metas(result.changed()), ImapMapping.uids(result.modified()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    /** RFC 4314 §4 COPY: 'i' on the target ('r' on the source was needed to select it). */
    @Override
    public CopyResult copy(UidSet uids, MailboxPath target) throws BackendException {
        MailboxAccess.Target to = copyTarget(target);
        try {
            if (to.ownerId() != accountId) {
                return copyResult(CrossAccountCopy.copy(store, source(), ImapMapping.toStore(uids), to));
            }
            return copyResult(store.copy(accountId, name, ImapMapping.toStore(uids), to.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, true);
        }
    }

    /** RFC 6851 §3.3 / RFC 4314 §4: MOVE also needs 't' and 'e' on the source. */
    @Override
    public CopyResult move(UidSet uids, MailboxPath target) throws BackendException {
        MailboxAccess.check(source(), "te");
        MailboxAccess.Target to = copyTarget(target);
        try {
            if (to.ownerId() != accountId) {
                dev.parley.store.mail.api.CopyResult copied = CrossAccountCopy.copy(store, source(), ImapMapping.toStore(uids), to);
                if (!copied.sourceUids().isEmpty()) {
                    dev.parley.store.mail.api.UidSet moved = dev.parley.store.mail.api.UidSet.ofAll(copied.sourceUids());
                    store.setFlags(accountId, name, moved, FlagMode.ADD,
                            dev.parley.store.mail.api.Flags.of(dev.parley.store.mail.api.Flag.DELETED), null);
                    store.expunge(accountId, name, moved);
                }
                return copyResult(copied);
            }
            return copyResult(store.move(accountId, name, ImapMapping.toStore(uids), to.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, true);
        }
    }

    private MailboxAccess.Target source() {
        return new MailboxAccess.Target(accountId, name, rights, false);
    }

    private MailboxAccess.Target copyTarget(MailboxPath target) throws BackendException {
        try {
            return access.require(target, "i");
        } catch (BackendException e) {
            throw e.reason() == BackendException.Reason.NONEXISTENT && !OtherUsers.contains(target)
                    ? new BackendException(BackendException.Reason.TRY_CREATE, "Mailbox does not exist") : e;
        }
    }

    private static CopyResult copyResult(dev.parley.store.mail.api.CopyResult r) {
        return new CopyResult(r.uidValidity(), ImapMapping.uids(r.sourceUids()), ImapMapping.uids(r.targetUids()));
    }

    @Override
    public List<Uid> expunge(UidSet uids) throws BackendException {
        MailboxAccess.check(source(), "e"); // RFC 4314 §4 EXPUNGE
        try {
            ExpungeResult result = store.expunge(accountId, name, uids == null ? null : ImapMapping.toStore(uids));
            if (!result.uids().isEmpty()) {
                ownWrite(result.modseq());
            }
            return ImapMapping.uids(result.uids());
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    /**
     * The store raises a mailbox's modseq by exactly one per writing transaction, under the mailbox row
     * lock (ADR 0025-select-listing-cache). A write of {@code modseq} right on top of {@link #caughtUp}
     * therefore hid no one else's change, and the engine applies its result itself (STORE's FETCH,
     * EXPUNGE's removals): the session is caught up to it without asking the store again. Appends are not
     * counted here: the engine learns about new messages only from {@link #changesSince}.
     */
    private void ownWrite(long modseq) {
        if (modseq == caughtUp + 1) {
            caughtUp = modseq;
        }
    }

    /** False when every announced change is one this session has seen or made (see {@link #ownWrite}). */
    @Override
    public boolean mayHaveChanges() {
        return notified.get() > caughtUp;
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
