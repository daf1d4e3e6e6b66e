package dev.parley.mail.dsn;

import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One per-recipient block of a delivery status report (RFC 3464 §2.3).
 *
 * @param finalRecipient the address delivery was attempted to
 * @param orcpt          RFC 3461 ORCPT as given ({@code rfc822;addr}), or null
 * @param action         what happened
 * @param reply          the SMTP reply (or our own) that decided it, e.g. {@code 550 5.1.1 no such user}
 * @param remoteMta      the host that gave the reply, or null
 * @param retryUntil     DELAYED: when we give up (Will-Retry-Until), or null
 */
public record DsnRecipient(String finalRecipient, String orcpt, DsnAction action, String reply, String remoteMta,
                           Instant retryUntil) {

    private static final Pattern STATUS = Pattern.compile("^\\d{3}[ -]([245])\\.(\\d{1,3})\\.(\\d{1,3})\\b");

    public DsnRecipient {
        Objects.requireNonNull(finalRecipient, "finalRecipient");
        Objects.requireNonNull(action, "action");
        reply = reply == null ? "" : reply;
    }

    /** The RFC 3463 status code from the reply's enhanced code, else one that fits the action (§2.3.4). */
    public String status() {
        Matcher m = STATUS.matcher(reply);
        if (m.find()) {
            return m.group(1) + "." + m.group(2) + "." + m.group(3);
        }
        return switch (action) {
            case FAILED -> "5.0.0";
            case DELAYED -> "4.0.0";
            case DELIVERED, RELAYED -> "2.0.0";
        };
    }
}
