package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.AppendResult;
import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxInfo;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MailboxStatus;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.NewMessage;
import dev.parley.mail.imap.backend.SelectedMailbox;
import dev.parley.mail.imap.backend.SpecialUse;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.protocol.MailboxSessions;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.UidSet;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** One logged-in IMAP user: RFC 9051 §6.3 mailbox operations on the user's store account. */
final class StoreMailboxUser implements MailboxUser {

    private static final Logger LOG = LoggerFactory.getLogger(StoreMailboxUser.class);

    private final MessageStore store;
    private final MailboxSessions sessions;
    private final long accountId;
    private final String username;
    private final long appendLimit;

    StoreMailboxUser(MessageStore store, MailboxSessions sessions, long accountId, String username, long appendLimit) {
        this.store = store;
        this.sessions = sessions;
        this.accountId = accountId;
        this.username = username;
        this.appendLimit = appendLimit;
    }

    @Override
    public String username() {
        return username;
    }

    @Override
    public List<MailboxInfo> mailboxes() throws BackendException {
        try {
            List<MailboxInfo> out = new ArrayList<>();
            for (dev.parley.store.mail.api.MailboxInfo m : store.listMailboxes(accountId)) {
                out.add(new MailboxInfo(MailboxPath.of(m.name()), use(m.specialUse()), m.subscribed(), true));
            }
            return out;
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public List<MailboxPath> subscriptions() throws BackendException {
        try {
            List<MailboxPath> out = new ArrayList<>();
            for (String name : store.subscriptions(accountId)) {
                try {
                    out.add(MailboxPath.of(name));
                } catch (IllegalArgumentException e) {
                    LOG.debug("skipping unusable subscription {}", name);
                }
            }
            return out;
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void create(MailboxPath path, SpecialUse use) throws BackendException {
        try {
            store.createMailbox(accountId, path.name(),
                    use == null ? null : dev.parley.store.mail.api.SpecialUse.valueOf(use.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void delete(MailboxPath path) throws BackendException {
        try {
            store.deleteMailbox(accountId, path.name());
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void rename(MailboxPath from, MailboxPath to) throws BackendException {
        try {
            store.renameMailbox(accountId, from.name(), to.name());
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void subscribe(MailboxPath path, boolean subscribed) throws BackendException {
        try {
            store.subscribe(accountId, path.name(), subscribed);
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public MailboxStatus status(MailboxPath path) throws BackendException {
        try {
            return status(store.status(accountId, path.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    static MailboxStatus status(dev.parley.store.mail.api.MailboxStatus s) {
        // \Recent is not kept by the store: STATUS RECENT is 0 (docs/protocols.md)
        return new MailboxStatus(s.messages(), 0, Uid.of(Math.max(1, s.uidNext())), s.uidValidity(), s.unseen(),
                s.deleted(), s.size(), ModSeq.of(s.highestModseq()));
    }

    @Override
    public SelectedMailbox select(MailboxPath path, boolean readOnly, MailboxListener listener) throws BackendException {
        return StoreSelectedMailbox.open(store, sessions, accountId, path, readOnly, listener);
    }

    @Override
    public List<AppendResult> append(MailboxPath path, List<NewMessage> messages) throws BackendException {
        List<AppendResult> results = new ArrayList<>(messages.size());
        try {
            for (NewMessage m : messages) {
                dev.parley.store.mail.api.AppendResult r = store.append(accountId, path.name(),
                        ImapMapping.toStore(m.flags()), m.internalDate(), new ByteArrayInputStream(m.content()));
                results.add(new AppendResult(r.uidValidity(), Uid.of(r.uid())));
            }
            return results;
        } catch (RuntimeException e) {
            undo(path, results);
            throw ImapMapping.failure(e, true);
        }
    }

    /** RFC 3502 MULTIAPPEND is all or nothing; the store appends one by one, so take back what got in. */
    private void undo(MailboxPath path, List<AppendResult> done) {
        if (done.isEmpty()) {
            return;
        }
        List<Long> uids = new ArrayList<>();
        done.forEach(r -> uids.add(r.uid().value()));
        try {
            UidSet set = UidSet.ofAll(uids);
            store.setFlags(accountId, path.name(), set, FlagMode.ADD, Flags.of(Flag.DELETED), null);
            store.expunge(accountId, path.name(), set);
        } catch (RuntimeException e) {
            LOG.error("MULTIAPPEND to {} of {} failed part-way and UIDs {} could not be removed", path, username, uids, e);
        }
    }

    @Override
    public long appendLimit() {
        return appendLimit;
    }

    @Override
    public void logout() {
        // nothing held: each selection deregisters itself on close
    }

    private static SpecialUse use(dev.parley.store.mail.api.SpecialUse use) {
        return use == null ? null : SpecialUse.valueOf(use.name());
    }
}
