package dev.parley.mail.sieve;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Base64;
import java.util.Objects;
import java.util.UUID;

/**
 * The message a {@link Action.Vacation} sends (RFC 5230 §5). The MTA queues it with the null reverse
 * path ({@code MAIL FROM:<>}, §5.1) to {@link Action.Vacation#recipient()} (§5.2).
 *
 * @param vacation the decided reply
 * @param from     the address in {@code From:} — {@code :from} when the MTA allowed it, else the user's
 *                 own address (§5.5)
 * @param hostname our host name, for the {@code Message-ID}
 */
public record VacationReply(Action.Vacation vacation, String from, String hostname) {

    private static final DateTimeFormatter DATE = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);
    /** RFC 5322 §2.1.1: lines of at most 78 characters are recommended; RFC 2047 §2 words at most 75. */
    private static final int WORD_BYTES = 45;

    public VacationReply {
        Objects.requireNonNull(vacation, "vacation");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(hostname, "hostname");
        if (vacation.recipient() == null || vacation.recipient().isEmpty()) {
            throw new IllegalArgumentException("no vacation reply to the null reverse path (RFC 5230 §4.5)");
        }
    }

    /** The reply as message octets with CRLF line ends. */
    public byte[] render(Instant now) {
        StringBuilder h = new StringBuilder();
        line(h, "From: " + headerSafe(from)); // §5.5
        line(h, "To: <" + headerSafe(vacation.recipient()) + ">"); // §5.6
        line(h, "Subject: " + encode(headerSafe(vacation.subject()))); // §5.4
        line(h, "Date: " + DATE.format(now)); // §5.3
        line(h, "Message-ID: <" + UUID.randomUUID() + "@" + hostname + ">");
        if (vacation.inReplyTo() != null) { // §5.8
            line(h, "In-Reply-To: " + headerSafe(vacation.inReplyTo()));
        }
        if (vacation.references() != null) {
            line(h, "References: " + headerSafe(vacation.references()));
        }
        line(h, "Auto-Submitted: auto-replied"); // §5.7, RFC 3834 §5
        line(h, "MIME-Version: 1.0");
        String reason = vacation.reason().replace("\r\n", "\n").replace("\r", "\n").replace("\n", "\r\n");
        if (vacation.mime()) {
            // §4.6 :mime: the reason is a whole MIME entity, its header becomes the content header
            return (h + reason + (reason.endsWith("\r\n") ? "" : "\r\n")).getBytes(StandardCharsets.UTF_8);
        }
        line(h, "Content-Type: text/plain; charset=utf-8"); // §5.9
        line(h, "Content-Transfer-Encoding: 8bit");
        line(h, "");
        h.append(reason);
        if (!reason.endsWith("\r\n")) {
            h.append("\r\n");
        }
        return h.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void line(StringBuilder out, String line) {
        out.append(line).append("\r\n");
    }

    /** A header value from a script or a message must not start a new header field. */
    private static String headerSafe(String value) {
        return value.replaceAll("[\\r\\n]+[ \\t]*", " ");
    }

    /** RFC 2047 §4.1 B encoding for a non-ASCII subject, in words of at most 75 characters. */
    static String encode(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7f)) {
            return text;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int end = i;
            int bytes = 0;
            while (end < text.length()) {
                int cp = text.codePointAt(end);
                int n = new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8).length;
                if (bytes + n > WORD_BYTES) {
                    break;
                }
                bytes += n;
                end += Character.charCount(cp);
            }
            if (out.length() > 0) {
                out.append("\r\n ");
            }
            out.append("=?utf-8?B?")
                    .append(Base64.getEncoder().encodeToString(text.substring(i, end).getBytes(StandardCharsets.UTF_8)))
                    .append("?=");
            i = end;
        }
        return out.toString();
    }
}
