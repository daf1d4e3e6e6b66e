package dev.parley.mail.imap.backend;

import java.util.List;

/**
 * Outcome of a flag change: the messages whose flags or modseq changed (new values), and the UIDs
 * left alone because their modseq was above UNCHANGEDSINCE (RFC 7162 §3.1.3 MODIFIED).
 */
public record StoreResult(List<MessageMeta> updated, List<Uid> modified) {

    public StoreResult {
        updated = List.copyOf(updated);
        modified = List.copyOf(modified);
    }
}
