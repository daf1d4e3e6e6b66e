package dev.parley.mail.imap.memory;

import dev.parley.mail.imap.backend.Flags;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.MessageMeta;
import dev.parley.mail.imap.backend.ModSeq;
import dev.parley.mail.imap.backend.SpecialUse;
import dev.parley.mail.imap.backend.Uid;
import dev.parley.mail.mime.MessageParser;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArraySet;

/**
 * One mailbox of the in-memory store. Guarded by the account's lock; listeners are called after
 * the lock is released (see {@link MemoryAccount#notifyAfter}).
 */
final class MemoryMailbox {

    private static final MessageParser PARSER = new MessageParser();

    MailboxPath path;
    final long uidValidity;
    final SpecialUse specialUse;
    long nextUid = 1;
    long highestModSeq = 1;
    /** RFC 3501 §2.3.2: UIDs at or above this are not yet recent in any session. */
    long firstUnclaimed = 1;
    final TreeMap<Long, StoredMessage> messages = new TreeMap<>();
    /** Expunge log for QRESYNC-style deltas: uid → modseq of the expunge. */
    final TreeMap<Long, Long> expunged = new TreeMap<>();
    final Set<MailboxListener> listeners = new CopyOnWriteArraySet<>();

    MemoryMailbox(MailboxPath path, long uidValidity, SpecialUse specialUse) {
        this.path = path;
        this.uidValidity = uidValidity;
        this.specialUse = specialUse;
    }

    long nextModSeq() {
        return ++highestModSeq;
    }

    StoredMessage add(byte[] raw, Flags flags, Instant internalDate) {
        Instant date = (internalDate == null ? Instant.now() : internalDate).truncatedTo(ChronoUnit.SECONDS);
        MessageMeta meta = new MessageMeta(Uid.of(nextUid++), ModSeq.of(nextModSeq()), flags.minus(Flags.of(Flags.RECENT)),
                date, raw.length);
        StoredMessage m = new StoredMessage(meta, raw, PARSER.parse(raw));
        messages.put(meta.uid().value(), m);
        return m;
    }

    StoredMessage copyIn(StoredMessage source) {
        MessageMeta meta = new MessageMeta(Uid.of(nextUid++), ModSeq.of(nextModSeq()), source.meta().flags(),
                source.meta().internalDate(), source.meta().size());
        StoredMessage m = new StoredMessage(meta, source.raw(), source.parsed());
        messages.put(meta.uid().value(), m);
        return m;
    }

    void remove(long uid) {
        if (messages.remove(uid) != null) {
            expunged.put(uid, nextModSeq());
        }
    }

    List<MessageMeta> metas() {
        List<MessageMeta> out = new ArrayList<>(messages.size());
        for (StoredMessage m : messages.values()) {
            out.add(m.meta());
        }
        return out;
    }

    Flags keywordsInUse() {
        Flags all = Flags.of(Flags.SYSTEM);
        for (StoredMessage m : messages.values()) {
            all = all.plus(m.meta().flags());
        }
        return all;
    }

    long size() {
        long n = 0;
        for (StoredMessage m : messages.values()) {
            n += m.meta().size();
        }
        return n;
    }
}
