package dev.parley.store.mail.api;

import java.util.List;

/**
 * The outcome of a flag change. {@code changed}: the messages whose flags changed, with their new
 * modseq. {@code modified}: RFC 7162 §3.1.3 — the UIDs not changed because their modseq was above
 * UNCHANGEDSINCE ({@code [MODIFIED …]}); empty without UNCHANGEDSINCE.
 */
public record FlagResult(List<MessageListing> changed, UidSet modified) {

    public FlagResult {
        changed = List.copyOf(changed);
    }
}
