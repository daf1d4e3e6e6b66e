package dev.parley.store.mail.api;

import java.util.List;

/**
 * RFC 7162 CONDSTORE/QRESYNC: messages whose modseq is above the client's (new or changed flags),
 * and UIDs expunged since then ({@code VANISHED (EARLIER)}, §3.2.5.1), as of {@code highestModseq}.
 */
public record Changes(long highestModseq, List<MessageListing> changed, UidSet vanished) {

    public Changes {
        changed = List.copyOf(changed);
    }
}
