package dev.parley.mail.smtp.backend;

import java.util.Objects;
import java.util.Set;

/**
 * A parsed RCPT command.
 *
 * @param address the forward-path mailbox (source route dropped, RFC 5321 §4.1.1.3)
 * @param notifyOn  RFC 3461 §4.1 NOTIFY; empty when absent; {@code {NEVER}} alone when never
 * @param orcpt   RFC 3461 §4.2 ORCPT, null when absent
 */
public record Recipient(String address, Set<Notify> notifyOn, OriginalRecipient orcpt) {

    public enum Notify { NEVER, SUCCESS, FAILURE, DELAY }

    /** ORCPT: address type (e.g. {@code rfc822}, {@code utf-8}) and the xtext-decoded address. */
    public record OriginalRecipient(String addressType, String address) {
        public OriginalRecipient {
            Objects.requireNonNull(addressType, "addressType");
            Objects.requireNonNull(address, "address");
        }
    }

    public Recipient {
        Objects.requireNonNull(address, "address");
        notifyOn = Set.copyOf(notifyOn);
        if (notifyOn.contains(Notify.NEVER) && notifyOn.size() > 1) {
            throw new IllegalArgumentException("NOTIFY=NEVER cannot be combined");
        }
    }

    public static Recipient of(String address) {
        return new Recipient(address, Set.of(), null);
    }
}
