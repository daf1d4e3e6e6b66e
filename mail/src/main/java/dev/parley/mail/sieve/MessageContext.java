package dev.parley.mail.sieve;

import java.util.List;

/**
 * What a script may look at in the message being delivered. {@link MimeMessageContext} serves it
 * from the stored bytes and their {@link dev.parley.mail.mime.ParsedMessage}.
 */
public interface MessageContext {

    /** RFC 5321 MAIL FROM without angle brackets; empty for the null reverse path {@code <>}. */
    String envelopeFrom();

    /** RFC 5321 RCPT TO of the recipient whose script runs, without angle brackets. */
    String envelopeTo();

    /**
     * The values of every top-level header field named {@code name} (case-insensitive), in
     * order, unfolded, with RFC 2047 encoded words decoded (RFC 5228 §5.7).
     */
    List<String> headers(String name);

    /**
     * RFC 5490 §3.1 {@code mailboxexists}: whether the recipient has this mailbox and mail may be
     * delivered into it.
     *
     * @throws SieveRuntimeException when the mailboxes cannot be looked at here
     */
    boolean mailboxExists(String mailbox);

    /** Octets of the whole message (RFC 5228 §5.9). */
    long size();

    /** RFC 5173 §5.1 {@code :raw}: the undecoded body after the top-level header. */
    String rawBody();

    /** RFC 5173 §5.2/§5.3: leaf parts with their media type and decoded text. */
    List<BodyText> bodyParts();

    /** One leaf part: {@code type/subtype} in lower case and its decoded content as text. */
    record BodyText(String mimeType, String text) {
    }
}
