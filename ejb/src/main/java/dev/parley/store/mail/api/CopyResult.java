package dev.parley.store.mail.api;

import java.util.List;

/**
 * RFC 4315 {@code [COPYUID uidvalidity source-uids target-uids]}: the i-th source UID became the
 * i-th target UID. Both lists are in ascending order; empty when nothing matched.
 */
public record CopyResult(long uidValidity, List<Long> sourceUids, List<Long> targetUids) {

    public CopyResult {
        sourceUids = List.copyOf(sourceUids);
        targetUids = List.copyOf(targetUids);
        if (sourceUids.size() != targetUids.size()) {
            throw new IllegalArgumentException("source and target UIDs differ in number");
        }
    }
}
