package dev.parley.mail.mime;

import java.time.Instant;

/**
 * A message parsed once on arrival: what the store caches so that FETCH, SEARCH, SORT and THREAD
 * never re-parse the blob.
 *
 * @param envelope     RFC 9051 §7.5.2 envelope of the message
 * @param body         the top-level entity; its {@link BodyPart#offsets()} are
 *                     {@code (0, headerLength, size)}
 * @param size         octets of the raw message as parsed (RFC 9051 {@code RFC822.SIZE} when the
 *                     stored bytes are the parsed bytes)
 * @param headerLength octets of the top-level header including the blank line that ends it
 *                     ({@code BODY[HEADER]}); equals {@code size} when there is no blank line
 * @param threadKeys   message id, references and base subject for RFC 5256
 * @param searchText   decoded text for the full-text index: subject, addresses, and the text of
 *                     {@code text/*} parts (HTML tags removed) and attachment file names, at most
 *                     {@link MimeLimits#maxSearchChars()} characters
 * @param sentDate     the {@code Date:} header (RFC 5322 §3.3, with the obsolete forms read
 *                     leniently), or {@code null} when absent or unparsable (SORT DATE then uses the
 *                     internal date, RFC 5256 §3)
 */
public record ParsedMessage(Envelope envelope, BodyPart body, long size, int headerLength,
                            ThreadKeys threadKeys, String searchText, Instant sentDate) {

    public ParsedMessage {
        if (envelope == null || body == null || threadKeys == null || searchText == null) {
            throw new IllegalArgumentException("envelope, body, thread keys and search text are required");
        }
        if (headerLength < 0 || headerLength > size) {
            throw new IllegalArgumentException("header length " + headerLength + " outside size " + size);
        }
    }
}
