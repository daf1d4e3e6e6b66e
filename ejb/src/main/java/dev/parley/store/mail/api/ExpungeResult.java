package dev.parley.store.mail.api;

import java.util.List;

/** The expunged UIDs in ascending order and the modseq of their tombstones (RFC 7162 §3.2.10). */
public record ExpungeResult(List<Long> uids, long modseq) {

    public ExpungeResult {
        uids = List.copyOf(uids);
    }
}
