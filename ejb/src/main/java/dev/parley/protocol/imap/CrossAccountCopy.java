package dev.parley.protocol.imap;

import dev.parley.store.mail.api.AppendResult;
import dev.parley.store.mail.api.CopyResult;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MessageListing;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.UidSet;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * COPY between mailboxes of two accounts (a shared mailbox and one's own, RFC 4314): the store
 * copies within one account only, so each message is appended to the target with its flags and
 * internal date, charged to the target owner's quota. The blob store keeps one copy of identical
 * octets, so the body is not stored twice. Not atomic like a same-account COPY: when an append
 * fails part-way, the messages already copied are removed again before the failure is passed on.
 */
final class CrossAccountCopy {

    private static final Logger LOG = LoggerFactory.getLogger(CrossAccountCopy.class);

    private CrossAccountCopy() {
    }

    static CopyResult copy(MessageStore store, MailboxAccess.Target from, UidSet uids, MailboxAccess.Target to) {
        List<Long> sources = new ArrayList<>();
        List<Long> targets = new ArrayList<>();
        long uidValidity = 0;
        try {
            for (MessageListing m : store.list(from.ownerId(), from.name(), uids)) {
                Flags flags = ImapMapping.toStore(FlagRights.permitted(to.rights(), ImapMapping.toImap(m.flags())));
                AppendResult r;
                try (InputStream in = store.openMessage(from.ownerId(), from.name(), m.uid(), 0, m.size())) {
                    r = store.append(to.ownerId(), to.name(), flags, m.internalDate(), in);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                sources.add(m.uid());
                targets.add(r.uid());
                uidValidity = r.uidValidity();
            }
        } catch (RuntimeException e) {
            undo(store, to, targets);
            throw e;
        }
        return new CopyResult(uidValidity, sources, targets);
    }

    private static void undo(MessageStore store, MailboxAccess.Target to, List<Long> copied) {
        if (copied.isEmpty()) {
            return;
        }
        try {
            UidSet set = UidSet.ofAll(copied);
            store.setFlags(to.ownerId(), to.name(), set, FlagMode.ADD, Flags.of(Flag.DELETED), null);
            store.expunge(to.ownerId(), to.name(), set);
        } catch (RuntimeException e) {
            LOG.error("COPY to {} failed part-way and UIDs {} could not be removed", to.name(), copied, e);
        }
    }
}
