package dev.parley.protocol.imap;

import dev.parley.mail.imap.backend.AclEntry;
import dev.parley.mail.imap.backend.AppendResult;
import dev.parley.mail.imap.backend.ListedRights;
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
import dev.parley.store.mail.api.MailboxRights;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.UidSet;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
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
    private final MailboxAccess access;

    StoreMailboxUser(MessageStore store, MailboxSessions sessions, long accountId, String username, long appendLimit) {
        this.store = store;
        this.sessions = sessions;
        this.accountId = accountId;
        this.username = username;
        this.appendLimit = appendLimit;
        this.access = new MailboxAccess(store, accountId);
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
            List<MailboxRights> shared = store.sharedWith(accountId);
            if (!shared.isEmpty()) {
                addShared(out, shared);
            }
            return out;
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    /**
     * RFC 4314 §4 LIST: other accounts' mailboxes the user may look up ('l'), under the other users'
     * namespace, with \Noselect placeholders for the levels above them that are not listed themselves.
     */
    private void addShared(List<MailboxInfo> out, List<MailboxRights> shared) {
        Set<String> subscribed = new HashSet<>(store.subscriptions(accountId));
        Set<MailboxPath> listed = new HashSet<>();
        List<MailboxInfo> added = new ArrayList<>();
        for (MailboxRights r : shared) {
            MailboxPath path;
            try {
                path = OtherUsers.path(r.owner(), r.mailbox());
            } catch (IllegalArgumentException e) {
                LOG.debug("shared mailbox {} of {} has no IMAP name", r.mailbox(), r.owner());
                continue;
            }
            // selectable only with 'r' (RFC 4314 §4 SELECT); 'l' alone lists it as \Noselect
            added.add(new MailboxInfo(path, null, subscribed.contains(path.name()), r.has('r')));
            listed.add(path);
        }
        for (MailboxInfo info : List.copyOf(added)) {
            for (MailboxPath p = info.path().parent(); p != null; p = p.parent()) {
                if (listed.add(p)) {
                    added.add(new MailboxInfo(p, null, subscribed.contains(p.name()), false));
                }
            }
        }
        out.addAll(added);
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
        long owner = accountId;
        String name = path.name();
        if (OtherUsers.contains(path)) {
            // RFC 4314 §4 CREATE: the 'k' right on the parent; nothing can be made at an owner's top level
            OtherUsers.Shared shared = OtherUsers.parse(path)
                    .orElseThrow(() -> new BackendException(BackendException.Reason.CANNOT, "Reserved for other users' mailboxes"));
            MailboxPath parent = MailboxPath.of(shared.mailbox()).parent();
            if (parent == null) {
                throw new BackendException(BackendException.Reason.NO_PERMISSION, "Permission denied");
            }
            MailboxAccess.Target target = access.require(OtherUsers.path(shared.owner(), parent.name()), "k");
            owner = target.ownerId();
            name = target.name() + MailboxPath.DELIMITER + MailboxPath.of(shared.mailbox()).segments()
                    .get(MailboxPath.of(shared.mailbox()).segments().size() - 1);
        }
        try {
            store.createMailbox(owner, name,
                    use == null ? null : dev.parley.store.mail.api.SpecialUse.valueOf(use.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void delete(MailboxPath path) throws BackendException {
        MailboxAccess.Target target = access.require(path, "x"); // RFC 4314 §4 DELETE
        try {
            store.deleteMailbox(target.ownerId(), target.name());
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void rename(MailboxPath from, MailboxPath to) throws BackendException {
        // RFC 4314 §4 RENAME: 'x' on the old name, 'k' on the new parent; both in one account
        MailboxAccess.Target source = access.require(from, "x");
        String newName = to.name();
        if (OtherUsers.contains(to) || !source.own()) {
            OtherUsers.Shared dest = OtherUsers.parse(to)
                    .orElseThrow(() -> new BackendException(BackendException.Reason.CANNOT, "Cannot rename across accounts"));
            MailboxPath parent = MailboxPath.of(dest.mailbox()).parent();
            if (parent == null) {
                throw new BackendException(BackendException.Reason.NO_PERMISSION, "Permission denied");
            }
            MailboxAccess.Target newParent = access.require(OtherUsers.path(dest.owner(), parent.name()), "k");
            if (newParent.ownerId() != source.ownerId()) {
                throw new BackendException(BackendException.Reason.CANNOT, "Cannot rename across accounts");
            }
            newName = newParent.name() + dest.mailbox().substring(parent.name().length());
        }
        try {
            store.renameMailbox(source.ownerId(), source.name(), newName);
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
        MailboxAccess.Target target = access.require(path, "r"); // RFC 4314 §4 STATUS
        try {
            return status(store.status(target.ownerId(), target.name()));
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public String mailboxId(MailboxPath path) throws BackendException {
        MailboxAccess.Target target = access.require(path, "l"); // RFC 4314 §4: who may see it may know its id
        try {
            return ObjectIds.mailbox(store.status(target.ownerId(), target.name()).mailboxId());
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    static MailboxStatus status(dev.parley.store.mail.api.MailboxStatus s) {
        // RFC 3501 §2.3.2: messages no IMAP4rev1 session has been told about yet
        return new MailboxStatus(s.messages(), s.recent(), Uid.of(Math.max(1, s.uidNext())), s.uidValidity(), s.unseen(),
                s.deleted(), s.size(), ModSeq.of(s.highestModseq()));
    }

    @Override
    public SelectedMailbox select(MailboxPath path, boolean readOnly, MailboxListener listener) throws BackendException {
        MailboxAccess.Target target = access.require(path, "r"); // RFC 4314 §4 SELECT / EXAMINE
        // without any right to change the mailbox the selection is read-only ([READ-ONLY], RFC 4314 §4)
        boolean writable = !readOnly && target.hasAny("swite");
        return StoreSelectedMailbox.open(store, sessions, target, path, !writable, listener, access);
    }

    @Override
    public List<AppendResult> append(MailboxPath path, List<NewMessage> messages) throws BackendException {
        MailboxAccess.Target target;
        try {
            target = access.require(path, "i"); // RFC 4314 §4 APPEND
        } catch (BackendException e) {
            // a missing personal mailbox is TRYCREATE (RFC 9051 §6.3.12)
            throw e.reason() == BackendException.Reason.NONEXISTENT && !OtherUsers.contains(path)
                    ? new BackendException(BackendException.Reason.TRY_CREATE, "Mailbox does not exist") : e;
        }
        List<AppendResult> results = new ArrayList<>(messages.size());
        try {
            for (NewMessage m : messages) {
                dev.parley.store.mail.api.AppendResult r = store.append(target.ownerId(), target.name(),
                        ImapMapping.toStore(FlagRights.permitted(target.rights(), m.flags())), m.internalDate(),
                        new ByteArrayInputStream(m.content()));
                results.add(new AppendResult(r.uidValidity(), Uid.of(r.uid())));
            }
            return results;
        } catch (RuntimeException e) {
            undo(target, results);
            throw ImapMapping.failure(e, true);
        }
    }

    /** RFC 3502 MULTIAPPEND is all or nothing; the store appends one by one, so take back what got in. */
    private void undo(MailboxAccess.Target path, List<AppendResult> done) {
        if (done.isEmpty()) {
            return;
        }
        List<Long> uids = new ArrayList<>();
        done.forEach(r -> uids.add(r.uid().value()));
        try {
            UidSet set = UidSet.ofAll(uids);
            store.setFlags(path.ownerId(), path.name(), set, FlagMode.ADD, Flags.of(Flag.DELETED), null);
            store.expunge(path.ownerId(), path.name(), set);
        } catch (RuntimeException e) {
            LOG.error("MULTIAPPEND to {} of {} failed part-way and UIDs {} could not be removed", path, username, uids, e);
        }
    }

    @Override
    public long appendLimit() {
        return appendLimit;
    }

    @Override
    public List<String> extensions() {
        // RFC 4314 §2.1: k, x, t and e are separate rights here; RFC 8474 object ids (ObjectIds)
        return List.of("ACL", "RIGHTS=kxte", "OBJECTID");
    }

    @Override
    public String otherUsersPrefix() {
        return OtherUsers.PREFIX;
    }

    /** RFC 4314 §3.5: answered when the user holds any right that shows the mailbox exists. */
    @Override
    public String myRights(MailboxPath path) throws BackendException {
        MailboxAccess.Target target = access.resolve(path);
        if (!target.hasAny("lrikxa")) {
            throw new BackendException(BackendException.Reason.NONEXISTENT, "No such mailbox");
        }
        return target.rights();
    }

    @Override
    public List<AclEntry> acl(MailboxPath path) throws BackendException {
        MailboxAccess.Target target = access.require(path, "a");
        try {
            List<AclEntry> out = new ArrayList<>();
            store.getAcl(target.ownerId(), target.name()).forEach(e -> out.add(new AclEntry(e.identifier(), e.rights())));
            return out;
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    @Override
    public void setAcl(MailboxPath path, String identifier, String rights) throws BackendException {
        MailboxAccess.Target target = access.require(path, "a");
        try {
            store.setAcl(target.ownerId(), target.name(), identifier, rights);
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
    }

    /**
     * RFC 4314 §3.4: the owner always holds every right; anyone else holds none for sure and may be
     * granted each right on its own (RIGHTS=kxte).
     */
    @Override
    public ListedRights listRights(MailboxPath path, String identifier) throws BackendException {
        MailboxAccess.Target target = access.require(path, "a");
        String owner;
        try {
            owner = store.getAcl(target.ownerId(), target.name()).get(0).identifier();
        } catch (RuntimeException e) {
            throw ImapMapping.failure(e, false);
        }
        if (identifier.equalsIgnoreCase(owner)) {
            return new ListedRights(MailboxAccess.ALL, List.of());
        }
        List<String> each = new ArrayList<>();
        MailboxAccess.ALL.chars().forEach(c -> each.add(String.valueOf((char) c)));
        return new ListedRights("", each);
    }

    @Override
    public void logout() {
        // nothing held: each selection deregisters itself on close
    }

    private static SpecialUse use(dev.parley.store.mail.api.SpecialUse use) {
        return use == null ? null : SpecialUse.valueOf(use.name());
    }
}
