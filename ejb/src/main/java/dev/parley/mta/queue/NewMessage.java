package dev.parley.mta.queue;

import dev.parley.store.blob.BlobRef;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A message to queue, its blob already durable.
 *
 * @param envelopeFrom '' for the null reverse-path
 * @param ret          RFC 3461 RET {@code full}/{@code hdrs}, or null
 * @param bodyType     {@code 7bit}, {@code 8bitmime}, {@code binarymime}
 * @param listener     {@code mx}, {@code submission}, {@code lmtp} or {@code internal}
 */
public record NewMessage(String queueId, String envelopeFrom, String envId, String ret, String bodyType, boolean smtpUtf8,
                         BlobRef blob, String listener, String sourceIp, String helo, String authUser,
                         List<NewRecipient> recipients) {

    /** @param orcpt "type;address" or null; @param notifyOn RFC 3461 NOTIFY keywords */
    public record NewRecipient(String address, String orcpt, Set<String> notifyOn) {
        public NewRecipient {
            Objects.requireNonNull(address, "address");
            notifyOn = Set.copyOf(notifyOn);
        }
    }

    public NewMessage {
        Objects.requireNonNull(queueId, "queueId");
        Objects.requireNonNull(envelopeFrom, "envelopeFrom");
        Objects.requireNonNull(blob, "blob");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("no recipients");
        }
    }
}
