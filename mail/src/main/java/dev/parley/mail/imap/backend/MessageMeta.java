package dev.parley.mail.imap.backend;

import java.time.Instant;
import java.util.Objects;

/**
 * What the store keeps in indexed columns for one message: everything FETCH FLAGS/UID/MODSEQ/
 * INTERNALDATE/RFC822.SIZE needs without opening the blob.
 */
public record MessageMeta(Uid uid, ModSeq modSeq, Flags flags, Instant internalDate, long size) {

    public MessageMeta {
        Objects.requireNonNull(uid, "uid");
        Objects.requireNonNull(modSeq, "modSeq");
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(internalDate, "internalDate");
        if (size < 0) {
            throw new IllegalArgumentException("negative size");
        }
    }

    public MessageMeta withFlags(Flags newFlags, ModSeq newModSeq) {
        return new MessageMeta(uid, newModSeq, newFlags, internalDate, size);
    }
}
