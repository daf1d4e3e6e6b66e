package dev.parley.store.mail.api;

import dev.parley.store.blob.BlobRef;
import java.util.Objects;

/**
 * One local delivery of octets that are already durable in the blob store (the MTA's queued message,
 * ADR 0045): the store references the same content-addressed blob instead of writing a second copy.
 *
 * @param mailbox full name, or null for INBOX
 * @param flags   flags to set at delivery (Sieve imap4flags, RFC 5232)
 */
public record StoredDelivery(long accountId, String mailbox, Flags flags, BlobRef blob) {

    public StoredDelivery {
        Objects.requireNonNull(blob, "blob");
        flags = flags == null ? Flags.NONE : flags;
    }
}
