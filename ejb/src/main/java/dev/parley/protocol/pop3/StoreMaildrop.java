package dev.parley.protocol.pop3;

import dev.parley.mail.pop3.backend.Maildrop;
import dev.parley.mail.pop3.backend.MaildropEntry;
import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.StoreException;
import dev.parley.store.mail.api.UidSet;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

/** A locked INBOX snapshot for one POP3 session. */
final class StoreMaildrop implements Maildrop {

    private final MessageStore store;
    private final MaildropLocks locks;
    private final long accountId;
    private final long[] uids;
    private final List<MaildropEntry> entries;
    private final AtomicBoolean closed = new AtomicBoolean();

    StoreMaildrop(MessageStore store, MaildropLocks locks, long accountId, long[] uids, List<MaildropEntry> entries) {
        this.store = store;
        this.locks = locks;
        this.accountId = accountId;
        this.uids = uids;
        this.entries = List.copyOf(entries);
    }

    @Override
    public List<MaildropEntry> entries() {
        return entries;
    }

    @Override
    public InputStream open(int index) throws IOException {
        try {
            return store.openMessage(accountId, StorePop3Backend.INBOX, uids[index], 0, entries.get(index).size());
        } catch (StoreException e) {
            throw new IOException("message " + (index + 1) + " unavailable: " + e.getMessage(), e);
        }
    }

    /**
     * Flags the messages {@code \Deleted} and expunges exactly those UIDs (RFC 4315 UID EXPUNGE), so a
     * message an IMAP client flagged meanwhile is not taken along. Two store transactions: if the
     * second fails the messages stay, flagged, and the client gets {@code -ERR}.
     */
    @Override
    public void commitDeletions(Set<Integer> indexes) throws Pop3BackendException {
        if (indexes.isEmpty()) {
            return;
        }
        List<Long> doomed = new ArrayList<>(indexes.size());
        for (int index : indexes) {
            doomed.add(uids[index]);
        }
        UidSet set = UidSet.ofAll(doomed);
        try {
            store.setFlags(accountId, StorePop3Backend.INBOX, set, FlagMode.ADD, Flags.of(Flag.DELETED), null);
            store.expunge(accountId, StorePop3Backend.INBOX, set);
        } catch (RuntimeException e) {
            throw new Pop3BackendException("deleting " + doomed.size() + " message(s) failed", e);
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            locks.release(accountId);
        }
    }
}
