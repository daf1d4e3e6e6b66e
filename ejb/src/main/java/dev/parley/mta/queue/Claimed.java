package dev.parley.mta.queue;

import dev.parley.store.blob.BlobRef;
import java.time.Instant;

/** One recipient the job controller has leased for delivery ({@code state = 'delivering'}). */
public record Claimed(long id, String queueId, String address, int attempts, String expandedFrom, String envelopeFrom,
                      BlobRef blob, Instant receivedAt) {
}
