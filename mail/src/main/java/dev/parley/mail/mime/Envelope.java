package dev.parley.mail.mime;

import java.util.List;

/**
 * The envelope of a message or of an encapsulated {@code message/rfc822}, field for field as
 * RFC 9051 §7.5.2 lists it. Strings are the raw header values, unfolded (RFC 5322 §2.2.3) and
 * trimmed, with RFC 2047 encoded words and 8-bit UTF-8 (RFC 6532) left as they are: {@code null}
 * when the header is absent. Address lists are empty when the header is absent or holds no
 * address; the first occurrence of a header counts.
 *
 * <p>This record keeps what the header says. The defaulting rules of RFC 9051 §7.5.2 — an absent
 * {@code Sender} or {@code Reply-To} is sent as the {@code From} list — belong to the IMAP renderer,
 * which can then still tell "absent" from "present"; see {@link #senderOrFrom()} and
 * {@link #replyToOrFrom()}.
 */
public record Envelope(String date, String subject, List<Address> from, List<Address> sender,
                       List<Address> replyTo, List<Address> to, List<Address> cc, List<Address> bcc,
                       String inReplyTo, String messageId) {

    public static final Envelope EMPTY =
            new Envelope(null, null, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(), null, null);

    public Envelope {
        from = List.copyOf(from);
        sender = List.copyOf(sender);
        replyTo = List.copyOf(replyTo);
        to = List.copyOf(to);
        cc = List.copyOf(cc);
        bcc = List.copyOf(bcc);
    }

    /** RFC 9051 §7.5.2: "If the Sender header line is absent ... set to the value of from". */
    public List<Address> senderOrFrom() {
        return sender.isEmpty() ? from : sender;
    }

    /** RFC 9051 §7.5.2: "If the Reply-To header line is absent ... set to the value of from". */
    public List<Address> replyToOrFrom() {
        return replyTo.isEmpty() ? from : replyTo;
    }
}
