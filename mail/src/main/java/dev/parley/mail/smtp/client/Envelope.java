package dev.parley.mail.smtp.client;

import java.util.List;
import java.util.Objects;

/**
 * What to send in one transaction.
 *
 * @param from       reverse-path without brackets; "" is the null sender {@code <>}
 * @param recipients forward-paths without brackets
 * @param size       message size in octets, for SIZE (RFC 1870); 0 unknown
 * @param eightBit   the body is 8bit: BODY=8BITMIME when offered (RFC 6152)
 * @param ret        RFC 3461 §4.3 RET ({@code full}/{@code hdrs}) to pass on when the server offers DSN, or null
 * @param envId      RFC 3461 §4.4 ENVID (decoded; sent as xtext) to pass on when the server offers DSN, or null
 */
public record Envelope(String from, List<Rcpt> recipients, long size, boolean eightBit, String ret, String envId) {

    public Envelope(String from, List<Rcpt> recipients, long size, boolean eightBit) {
        this(from, recipients, size, eightBit, null, null);
    }

    /**
     * One recipient with its RFC 3461 parameters to pass on when the server offers DSN.
     *
     * @param notifyOn NOTIFY value as sent ({@code SUCCESS,FAILURE}), or null
     * @param orcpt  ORCPT as {@code type;address}, the address decoded (sent as xtext, RFC 3461 §4.2), or null
     */
    public record Rcpt(String address, String notifyOn, String orcpt) {
        public Rcpt {
            Objects.requireNonNull(address, "address");
        }
    }

    public Envelope {
        Objects.requireNonNull(from, "from");
        recipients = List.copyOf(recipients);
    }
}
