package dev.parley.mail.mime;

/**
 * Where one entity lies in the raw message, as absolute octet offsets into the bytes that were
 * parsed (the stored blob): {@code [headerStart, bodyStart)} is the entity's header including the
 * blank line that ends it, {@code [bodyStart, end)} its body.
 *
 * <p>For a body part of a multipart, {@code headerStart} is the octet after the boundary line and
 * {@code end} is the octet before the line break that precedes the next boundary: RFC 2046 §5.1.1
 * says that line break belongs to the boundary, not to the part. For a {@code message/rfc822} part
 * the body {@code [bodyStart, end)} is the whole encapsulated message. These are exactly the octets
 * of RFC 9051 §6.4.5 {@code BODY[n.MIME]} ({@code headerStart..bodyStart}) and {@code BODY[n]}
 * ({@code bodyStart..end}).
 */
public record Offsets(long headerStart, long bodyStart, long end) {

    public Offsets {
        if (headerStart < 0 || bodyStart < headerStart || end < bodyStart) {
            throw new IllegalArgumentException(
                    "offsets out of order: " + headerStart + ", " + bodyStart + ", " + end);
        }
    }

    /** Octets of the header, blank line included. */
    public long headerLength() {
        return bodyStart - headerStart;
    }

    /** Octets of the body. */
    public long bodyLength() {
        return end - bodyStart;
    }
}
