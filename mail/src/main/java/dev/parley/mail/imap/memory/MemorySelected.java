package dev.parley.mail.imap.memory;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.BackendException.Reason;
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
import dev.parley.mail.imap.backend.SelectedMailbox;
import dev.parley.mail.imap.backend.StoreResult;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.imap.backend.UidSet;
import dev.parley.mail.mime.ParsedMessage;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A session's handle on a {@link MemoryMailbox}. */
final class MemorySelected implements SelectedMailbox {

    private final MemoryAccount account;
    private final MemoryMailbox mailbox;
    private final boolean readOnly;
    private final MailboxListener listener;
    private final MailboxSnapshot snapshot;

    MemorySelected(MemoryAccount account, MemoryMailbox mailbox, boolean readOnly, MailboxListener listener) {
        this.account = account;
        this.mailbox = mailbox;
        this.readOnly = readOnly;
        this.listener = listener;
        this.snapshot = new MailboxSnapshot(mailbox.uidValidity, Uid.of(mailbox.nextUid), ModSeq.of(mailbox.highestModSeq),
                mailbox.keywordsInUse(), mailbox.keywordsInUse(), true, mailbox.metas());
        mailbox.listeners.add(listener);
    }

    @Override
    public MailboxPath path() {
        synchronized (account.lock) {
            return mailbox.path;
        }
    }

    @Override
    public boolean readOnly() {
        return readOnly;
    }

    @Override
    public MailboxSnapshot snapshot() {
        return snapshot;
    }

    @Override
    public Uid claimRecent() {
        synchronized (account.lock) {
            if (readOnly) {
                return Uid.of(mailbox.nextUid);
            }
            long first = mailbox.firstUnclaimed;
            mailbox.firstUnclaimed = mailbox.nextUid;
            return Uid.of(first);
        }
    }

    @Override
    public MailboxDelta changesSince(ModSeq modSeq) {
        synchronized (account.lock) {
            List<MessageMeta> changed = new ArrayList<>();
            for (StoredMessage m : mailbox.messages.values()) {
                if (m.meta().modSeq().value() > modSeq.value()) {
                    changed.add(m.meta());
                }
            }
            List<Uid> expunged = new ArrayList<>();
            for (Map.Entry<Long, Long> e : mailbox.expunged.entrySet()) {
                if (e.getValue() > modSeq.value()) {
                    expunged.add(Uid.of(e.getKey()));
                }
            }
            return new MailboxDelta(ModSeq.of(mailbox.highestModSeq), Uid.of(mailbox.nextUid), changed, expunged);
        }
    }

    @Override
    public MessageContent content(Uid uid) throws BackendException {
        StoredMessage m;
        synchronized (account.lock) {
            m = mailbox.messages.get(uid.value());
        }
        if (m == null) {
            throw new BackendException(Reason.EXPUNGED, "Message " + uid + " has been expunged");
        }
        return new MessageContent() {
            @Override
            public long size() {
                return m.raw().length;
            }

            @Override
            public ParsedMessage parsed() {
                return m.parsed();
            }

            @Override
            public byte[] read(long offset, int length) {
                int from = (int) Math.min(offset, m.raw().length);
                int to = (int) Math.min((long) from + length, m.raw().length);
                return java.util.Arrays.copyOfRange(m.raw(), from, to);
            }
        };
    }

    @Override
    public StoreResult store(UidSet uids, FlagChange change) throws BackendException {
        writable();
        List<MessageMeta> updated = new ArrayList<>();
        List<Uid> modified = new ArrayList<>();
        synchronized (account.lock) {
            for (StoredMessage m : inSet(uids)) {
                MessageMeta meta = m.meta();
                if (change.unchangedSince() != null && meta.modSeq().isAfter(change.unchangedSince())) {
                    modified.add(meta.uid()); // RFC 7162 §3.1.3
                    continue;
                }
                Flags flags = change.apply(meta.flags()).minus(Flags.of(Flags.RECENT));
                if (flags.equals(meta.flags())) {
                    // RFC 7162 §3.1.3: no change, no new modseq; still reported with UNCHANGEDSINCE.
                    updated.add(meta);
                    continue;
                }
                MessageMeta next = meta.withFlags(flags, ModSeq.of(mailbox.nextModSeq()));
                mailbox.messages.put(meta.uid().value(), m.withMeta(next));
                updated.add(next);
            }
        }
        account.notifyListeners(mailbox);
        return new StoreResult(updated, modified);
    }

    @Override
    public CopyResult copy(UidSet uids, MailboxPath target) throws BackendException {
        return transfer(uids, target, false);
    }

    @Override
    public CopyResult move(UidSet uids, MailboxPath target) throws BackendException {
        writable();
        return transfer(uids, target, true);
    }

    private CopyResult transfer(UidSet uids, MailboxPath targetPath, boolean move) throws BackendException {
        MemoryMailbox target;
        List<Uid> from = new ArrayList<>();
        List<Uid> to = new ArrayList<>();
        synchronized (account.lock) {
            target = account.target(targetPath);
            for (StoredMessage m : inSet(uids)) {
                from.add(m.meta().uid());
                to.add(target.copyIn(m).meta().uid());
            }
            if (move) {
                for (Uid uid : from) {
                    mailbox.remove(uid.value());
                }
            }
        }
        account.notifyListeners(target);
        if (move && target != mailbox) {
            account.notifyListeners(mailbox);
        }
        return new CopyResult(target.uidValidity, from, to);
    }

    @Override
    public List<Uid> expunge(UidSet uids) throws BackendException {
        writable();
        List<Uid> out = new ArrayList<>();
        synchronized (account.lock) {
            for (StoredMessage m : new ArrayList<>(mailbox.messages.values())) {
                if (m.meta().flags().contains(Flags.DELETED) && (uids == null || uids.contains(m.meta().uid()))) {
                    mailbox.remove(m.meta().uid().value());
                    out.add(m.meta().uid());
                }
            }
        }
        if (!out.isEmpty()) {
            account.notifyListeners(mailbox);
        }
        return out;
    }

    @Override
    public List<Uid> search(SearchKey criteria) {
        List<StoredMessage> all;
        synchronized (account.lock) {
            all = new ArrayList<>(mailbox.messages.values());
        }
        List<Uid> out = new ArrayList<>();
        for (StoredMessage m : all) {
            if (MemorySearch.matches(criteria, m)) {
                out.add(m.meta().uid());
            }
        }
        return out;
    }

    @Override
    public void close() {
        mailbox.listeners.remove(listener);
    }

    private List<StoredMessage> inSet(UidSet uids) {
        List<StoredMessage> out = new ArrayList<>();
        for (UidSet.Range r : uids.ranges()) {
            out.addAll(mailbox.messages.subMap(r.low(), true, r.high(), true).values());
        }
        return out;
    }

    private void writable() throws BackendException {
        if (readOnly) {
            throw new BackendException(Reason.NO_PERMISSION, "Mailbox is read-only");
        }
    }
}
