package dev.parley.mail.imap.backend;

import java.util.List;

/**
 * RFC 4315 §3 COPYUID data: {@code sourceUids.get(i)} became {@code targetUids.get(i)} in a
 * mailbox with {@code uidValidity}. Lists are in source UID order, equally long.
 */
public record CopyResult(long uidValidity, List<Uid> sourceUids, List<Uid> targetUids) {

    public CopyResult {
        sourceUids = List.copyOf(sourceUids);
        targetUids = List.copyOf(targetUids);
        if (sourceUids.size() != targetUids.size()) {
            throw new IllegalArgumentException("source and target UID lists differ in length");
        }
    }
}
