package dev.parley.mail.smtp.backend;

import java.util.List;
import java.util.Objects;

/**
 * What a committed message became.
 *
 * @param queueId      the id the message was queued under (in the {@code 250} and the logs)
 * @param perRecipient LMTP (RFC 2033 §4.2): one verdict per accepted recipient, in RCPT order; empty
 *                     for SMTP, where one {@code 250} covers all
 */
public record DeliveryResult(String queueId, List<Verdict> perRecipient) {

    public DeliveryResult {
        Objects.requireNonNull(queueId, "queueId");
        perRecipient = List.copyOf(perRecipient);
    }

    public static DeliveryResult queued(String queueId) {
        return new DeliveryResult(queueId, List.of());
    }
}
