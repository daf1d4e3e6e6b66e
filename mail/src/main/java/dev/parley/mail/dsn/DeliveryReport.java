package dev.parley.mail.dsn;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A delivery status notification (RFC 3464 §2, RFC 3462/6522 multipart/report): a human-readable part,
 * the {@code message/delivery-status} part, and the original message — whole ({@code message/rfc822})
 * when RET=FULL was asked or, without RET, for failures; only its header ({@code text/rfc822-headers})
 * otherwise (RFC 3461 §4.3).
 *
 * @param reportingMta our host name
 * @param to           the envelope sender of the original message (never empty: no DSN to {@code <>})
 * @param envId        RFC 3461 ENVID, or null
 * @param arrival      when the original message arrived
 * @param ret          RET value {@code full}/{@code hdrs}, or null
 * @param recipients   the recipients reported on (all with the same kind of action)
 */
public record DeliveryReport(String reportingMta, String to, String envId, Instant arrival, String ret,
                             List<DsnRecipient> recipients) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

    public DeliveryReport {
        Objects.requireNonNull(reportingMta, "reportingMta");
        if (to == null || to.isEmpty()) {
            throw new IllegalArgumentException("no delivery status notification for the null sender (RFC 3461 §6.2)");
        }
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("no recipients to report on");
        }
    }

    private DsnAction action() {
        return recipients.get(0).action();
    }

    private boolean fullOriginal() {
        return ret == null ? action() == DsnAction.FAILED : ret.equalsIgnoreCase("full");
    }

    /** The report as a message (CRLF lines), with {@code original} — the queued octets — attached. */
    public byte[] render(Instant now, InputStream original) throws IOException {
        String boundary = "=_dsn_" + UUID.randomUUID().toString().replace("-", "");
        StringBuilder h = new StringBuilder();
        line(h, "From: Mail Delivery System <MAILER-DAEMON@" + reportingMta + ">");
        line(h, "To: <" + to + ">");
        line(h, "Subject: " + subject());
        line(h, "Date: " + DATE.format(now));
        line(h, "Message-ID: <" + UUID.randomUUID() + "@" + reportingMta + ">");
        line(h, "Auto-Submitted: auto-replied"); // RFC 3834 §5
        line(h, "MIME-Version: 1.0");
        line(h, "Content-Type: multipart/report; report-type=delivery-status;");
        line(h, "\tboundary=\"" + boundary + "\"");
        line(h, "");
        line(h, "This is a delivery status notification in MIME format (RFC 3464).");
        line(h, "");
        line(h, "--" + boundary);
        line(h, "Content-Type: text/plain; charset=utf-8");
        line(h, "Content-Transfer-Encoding: 8bit");
        line(h, "");
        human(h);
        line(h, "");
        line(h, "--" + boundary);
        line(h, "Content-Type: message/delivery-status");
        line(h, "");
        // §2.2 per-message fields
        line(h, "Reporting-MTA: dns; " + reportingMta);
        if (envId != null) {
            line(h, "Original-Envelope-Id: " + envId);
        }
        if (arrival != null) {
            line(h, "Arrival-Date: " + DATE.format(arrival));
        }
        for (DsnRecipient r : recipients) {
            line(h, ""); // §2.1: a blank line before each per-recipient block
            if (r.orcpt() != null) {
                line(h, "Original-Recipient: " + r.orcpt());
            }
            line(h, "Final-Recipient: rfc822; " + r.finalRecipient());
            line(h, "Action: " + r.action().value());
            line(h, "Status: " + r.status());
            if (r.remoteMta() != null) {
                line(h, "Remote-MTA: dns; " + r.remoteMta());
            }
            if (!r.reply().isEmpty()) {
                line(h, "Diagnostic-Code: smtp; " + r.reply().replaceAll("[\\r\\n]+", " "));
            }
            if (r.retryUntil() != null) {
                line(h, "Will-Retry-Until: " + DATE.format(r.retryUntil()));
            }
        }
        line(h, "");
        line(h, "--" + boundary);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        boolean full = fullOriginal();
        line(h, "Content-Type: " + (full ? "message/rfc822" : "text/rfc822-headers"));
        line(h, "");
        out.write(h.toString().getBytes(StandardCharsets.UTF_8));
        copyOriginal(original, out, full);
        out.write(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private String subject() {
        return switch (action()) {
            case FAILED -> "Undelivered Mail Returned to Sender";
            case DELAYED -> "Delayed Mail (still being retried)";
            case DELIVERED, RELAYED -> "Successful Mail Delivery Report";
        };
    }

    private void human(StringBuilder h) {
        switch (action()) {
            case FAILED -> line(h, "Your message could not be delivered to the following recipient(s):");
            case DELAYED -> line(h, "Your message has not been delivered yet to the following recipient(s);"
                    + " delivery is still being tried:");
            case DELIVERED, RELAYED -> line(h, "Your message was delivered to the following recipient(s):");
        }
        line(h, "");
        for (DsnRecipient r : recipients) {
            line(h, "  <" + r.finalRecipient() + ">: " + r.reply());
        }
    }

    /** The original with CRLF line ends; only up to the blank line after the header when not full. */
    private static void copyOriginal(InputStream in, ByteArrayOutputStream out, boolean full) throws IOException {
        int prev = -1;
        boolean lineStart = true;
        int b;
        while ((b = in.read()) >= 0) {
            if (!full && lineStart && (b == '\r' || b == '\n')) {
                return; // end of the header
            }
            if (b == '\n' && prev != '\r') {
                out.write('\r');
            }
            out.write(b);
            lineStart = b == '\n';
            prev = b;
        }
    }

    private static void line(StringBuilder h, String s) {
        h.append(s).append("\r\n");
    }

    @Override
    public String toString() {
        return "DeliveryReport[" + action().value() + " to=" + to.toLowerCase(Locale.ROOT) + " n=" + recipients.size() + "]";
    }
}
