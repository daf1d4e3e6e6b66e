package dev.parley.mail.imap.memory;

import dev.parley.mail.imap.backend.AppendResult;
import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.BackendException.Reason;
import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MailboxInfo;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MailboxStatus;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.NewMessage;
import dev.parley.mail.imap.backend.Quota;
import dev.parley.mail.imap.backend.SelectedMailbox;
import dev.parley.mail.imap.backend.SpecialUse;
import dev.parley.mail.imap.backend.StoreResult;
import dev.parley.mail.imap.backend.Uid;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One user's mailboxes in memory: the reference implementation of {@link MailboxUser} that the
 * engine's tests (and contract tests of other back ends) run against. Thread-safe through one lock
 * per account; listeners are told after the lock is released.
 */
public final class MemoryAccount implements MailboxUser {

    private static final AtomicLong UID_VALIDITY = new AtomicLong(Instant.now().getEpochSecond() & 0x7fff_ffffL);

    final Object lock = new Object();
    private final String username;
    private final long appendLimit;
    private final Map<String, MemoryMailbox> mailboxes = new TreeMap<>();
    private final Set<String> subscriptions = new TreeSet<>();

    public MemoryAccount(String username, long appendLimit) {
        this.username = username;
        this.appendLimit = appendLimit;
        mailboxes.put("INBOX", new MemoryMailbox(MailboxPath.INBOX, UID_VALIDITY.incrementAndGet(), null));
        subscriptions.add("INBOX");
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public List<MailboxInfo> mailboxes() {
        synchronized (lock) {
            List<MailboxInfo> out = new ArrayList<>();
            for (MemoryMailbox m : mailboxes.values()) {
                out.add(new MailboxInfo(m.path, m.specialUse, subscriptions.contains(m.path.name()), true));
            }
            return out;
        }
    }

    @Override
    public List<MailboxPath> subscriptions() {
        synchronized (lock) {
            return subscriptions.stream().map(MailboxPath::of).toList();
        }
    }

    @Override
    public void create(MailboxPath path, SpecialUse use) throws BackendException {
        synchronized (lock) {
            if (mailboxes.containsKey(path.name())) {
                throw new BackendException(Reason.ALREADY_EXISTS, "Mailbox already exists");
            }
            for (MailboxPath p = path.parent(); p != null; p = p.parent()) {
                mailboxes.computeIfAbsent(p.name(), n -> new MemoryMailbox(MailboxPath.of(n), UID_VALIDITY.incrementAndGet(), null));
            }
            mailboxes.put(path.name(), new MemoryMailbox(path, UID_VALIDITY.incrementAndGet(), use));
        }
    }

    @Override
    public void delete(MailboxPath path) throws BackendException {
        synchronized (lock) {
            if (path.isInbox()) {
                throw new BackendException(Reason.CANNOT, "INBOX cannot be deleted");
            }
            MemoryMailbox m = existing(path);
            for (String name : mailboxes.keySet()) {
                if (path.isAncestorOf(MailboxPath.of(name))) {
                    throw new BackendException(Reason.HAS_CHILDREN, "Mailbox has children, delete them first");
                }
            }
            mailboxes.remove(path.name());
            expungeAll(m);
        }
    }

    @Override
    public void rename(MailboxPath from, MailboxPath to) throws BackendException {
        synchronized (lock) {
            MemoryMailbox source = existing(from);
            if (mailboxes.containsKey(to.name())) {
                throw new BackendException(Reason.ALREADY_EXISTS, "Target mailbox already exists");
            }
            if (from.equals(to) || from.isAncestorOf(to)) {
                throw new BackendException(Reason.CANNOT, "Cannot rename a mailbox into itself");
            }
            if (from.isInbox()) {
                // RFC 9051 §6.3.6: renaming INBOX moves its messages, INBOX stays (empty).
                MemoryMailbox target = new MemoryMailbox(to, UID_VALIDITY.incrementAndGet(), null);
                for (var m : new ArrayList<>(source.messages.values())) {
                    target.copyIn(m);
                }
                expungeAll(source);
                createParents(to);
                mailboxes.put(to.name(), target);
                return;
            }
            createParents(to);
            for (String name : new ArrayList<>(mailboxes.keySet())) {
                MailboxPath p = MailboxPath.of(name);
                if (p.equals(from) || from.isAncestorOf(p)) {
                    MemoryMailbox m = mailboxes.remove(name);
                    m.path = p.rebase(from, to);
                    mailboxes.put(m.path.name(), m);
                }
            }
        }
    }

    @Override
    public void subscribe(MailboxPath path, boolean subscribed) throws BackendException {
        synchronized (lock) {
            if (subscribed) {
                existing(path);
                subscriptions.add(path.name());
            } else {
                subscriptions.remove(path.name());
            }
        }
    }

    @Override
    public MailboxStatus status(MailboxPath path) throws BackendException {
        synchronized (lock) {
            MemoryMailbox m = existing(path);
            long unseen = 0;
            long deleted = 0;
            for (var message : m.messages.values()) {
                unseen += message.meta().flags().contains(Flags.SEEN) ? 0 : 1;
                deleted += message.meta().flags().contains(Flags.DELETED) ? 1 : 0;
            }
            long recent = m.messages.tailMap(m.firstUnclaimed).size();
            return new MailboxStatus(m.messages.size(), recent, Uid.of(m.nextUid), m.uidValidity, unseen, deleted,
                    m.size(), ModSeq.of(m.highestModSeq));
        }
    }

    @Override
    public SelectedMailbox select(MailboxPath path, boolean readOnly, MailboxListener listener) throws BackendException {
        synchronized (lock) {
            MemoryMailbox m = existing(path);
            return new MemorySelected(this, m, readOnly, listener);
        }
    }

    @Override
    public List<AppendResult> append(MailboxPath path, List<NewMessage> messages) throws BackendException {
        MemoryMailbox m;
        List<AppendResult> results = new ArrayList<>();
        synchronized (lock) {
            m = mailboxes.get(path.name());
            if (m == null) {
                throw new BackendException(Reason.TRY_CREATE, "Mailbox does not exist");
            }
            checkQuota(messages);
            for (NewMessage message : messages) {
                if (message.content().length > appendLimit) {
                    throw new BackendException(Reason.TOO_BIG, "Message larger than " + appendLimit + " octets");
                }
            }
            for (NewMessage message : messages) {
                var stored = m.add(message.content(), message.flags(), message.internalDate());
                results.add(new AppendResult(m.uidValidity, stored.meta().uid()));
            }
        }
        notifyListeners(m);
        return results;
    }

    /** Delivery from outside IMAP (tests: "the MTA" or "another client"). */
    public AppendResult deliver(MailboxPath path, byte[] message) throws BackendException {
        return append(path, List.of(new NewMessage(Flags.NONE, null, message))).get(0);
    }

    private volatile Quota quota;

    /** Sets limits (-1 for none); usage is computed. Null removes the quota. */
    public void quotaLimits(long storageLimit, long messageLimit) {
        this.quota = new Quota(0, storageLimit, 0, messageLimit);
    }

    @Override
    public java.util.Optional<Quota> quota() {
        Quota limits = quota;
        if (limits == null) {
            return java.util.Optional.empty();
        }
        synchronized (lock) {
            long octets = 0;
            long count = 0;
            for (MemoryMailbox m : mailboxes.values()) {
                octets += m.size();
                count += m.messages.size();
            }
            return java.util.Optional.of(new Quota(octets, limits.storageLimit(), count, limits.messageLimit()));
        }
    }

    private void checkQuota(List<NewMessage> messages) throws BackendException {
        var current = quota();
        if (current.isEmpty()) {
            return;
        }
        long octets = messages.stream().mapToLong(m -> m.content().length).sum();
        Quota q = current.get();
        if ((q.storageLimit() >= 0 && q.storageUsed() + octets > q.storageLimit())
                || (q.messageLimit() >= 0 && q.messagesUsed() + messages.size() > q.messageLimit())) {
            throw new BackendException(Reason.OVER_QUOTA, "Quota exceeded");
        }
    }

    @Override
    public long appendLimit() {
        return appendLimit;
    }

    @Override
    public void logout() {
        // nothing held per session
    }

    /** The mailbox or NONEXISTENT; call with the lock held. */
    MemoryMailbox existing(MailboxPath path) throws BackendException {
        MemoryMailbox m = mailboxes.get(path.name());
        if (m == null) {
            throw new BackendException(Reason.NONEXISTENT, "Mailbox does not exist: " + path);
        }
        return m;
    }

    /** For COPY/MOVE targets: TRYCREATE when missing (RFC 9051 §6.4.7). Lock held. */
    MemoryMailbox target(MailboxPath path) throws BackendException {
        MemoryMailbox m = mailboxes.get(path.name());
        if (m == null) {
            throw new BackendException(Reason.TRY_CREATE, "Target mailbox does not exist");
        }
        return m;
    }

    void notifyListeners(MemoryMailbox m) {
        for (MailboxListener l : m.listeners) {
            l.mailboxChanged();
        }
    }

    /** A flag change made outside IMAP (tests: "another client"), with listeners told. */
    public StoreResult storeDirect(MailboxPath path, Uid uid, Flags flags) throws BackendException {
        try (SelectedMailbox s = select(path, false, () -> { })) {
            return s.store(dev.parley.mail.imap.backend.UidSet.ofUids(List.of(uid)),
                    new dev.parley.mail.imap.backend.FlagChange(dev.parley.mail.imap.backend.FlagChange.Mode.REPLACE, flags, null));
        }
    }

    private void createParents(MailboxPath path) {
        for (MailboxPath p = path.parent(); p != null; p = p.parent()) {
            mailboxes.computeIfAbsent(p.name(), n -> new MemoryMailbox(MailboxPath.of(n), UID_VALIDITY.incrementAndGet(), null));
        }
    }

    private static void expungeAll(MemoryMailbox m) {
        for (Long uid : new ArrayList<>(m.messages.keySet())) {
            m.remove(uid);
        }
    }
}
