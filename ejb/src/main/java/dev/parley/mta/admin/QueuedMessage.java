package dev.parley.mta.admin;

import java.time.Instant;
import java.util.List;

/**
 * A queued message as queue administration shows it (REST {@code /api/queue}, {@code bin/parley admin queue}).
 *
 * @param envelopeFrom '' for the null reverse-path
 */
public record QueuedMessage(String queueId, String envelopeFrom, long size, Instant receivedAt, String listener,
                            String sourceIp, String authUser, List<QueuedRecipient> recipients) {

    public QueuedMessage {
        recipients = List.copyOf(recipients);
    }

    /** One recipient row: {@code state} is queued, delivering, delivered, deferred, failed or held. */
    public record QueuedRecipient(long id, String address, String state, int attempts, Instant nextAttempt,
                                  String lastReply, String expandedFrom) {
    }
}
