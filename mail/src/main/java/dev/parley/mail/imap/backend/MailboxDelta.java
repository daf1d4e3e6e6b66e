package dev.parley.mail.imap.backend;

import java.util.List;

/**
 * What happened in a selected mailbox since a mod-sequence: the state a session needs to catch
 * up (the same data RFC 7162 QRESYNC sends). The back end computes it from its modseq index and
 * expunge log, so a NOOP on a 100,000-message mailbox costs what changed, not the mailbox size.
 *
 * @param highestModSeq the mailbox's highest mod-sequence now
 * @param uidNext       the next UID now
 * @param changed       messages present now whose modseq is above the one asked for (new
 *                      messages and flag changes), in UID order
 * @param expunged      UIDs expunged since then, in UID order (may include UIDs the session
 *                      never saw; the engine ignores those)
 */
public record MailboxDelta(ModSeq highestModSeq, Uid uidNext, List<MessageMeta> changed, List<Uid> expunged) {

    public MailboxDelta {
        changed = List.copyOf(changed);
        expunged = List.copyOf(expunged);
    }

    public boolean isEmpty() {
        return changed.isEmpty() && expunged.isEmpty();
    }
}
