package dev.parley.mail.mime;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Parses a message once, on arrival, into a {@link ParsedMessage}. Thread-safe and reusable.
 *
 * <p>Content problems never throw; the result is always a valid structure. As Dovecot and Cyrus
 * do: a missing or unparsable {@code Content-Type} is {@code text/plain} (RFC 2045 §5.2); a
 * multipart without a boundary parameter, or whose boundary never appears, is one
 * {@code text/plain} part; a multipart whose close delimiter is missing ends with the enclosing
 * entity (RFC 2046 §5.1.2); a header without the blank line that should end it runs to the end
 * of its entity; a {@code message/rfc822} in a non-identity transfer encoding is a leaf
 * (RFC 2046 §5.2.1). Going over {@link MimeLimits} truncates the tree as documented there. Only
 * I/O errors of the input stream throw.
 *
 * <p>Offsets, sizes and line counts are those of the octets read: the store parses the CRLF bytes
 * it stores. Bare LF ends a line too, so LF input parses the same way with offsets into the LF bytes.
 */
public final class MessageParser {

    private final MimeLimits limits;

    public MessageParser() {
        this(MimeLimits.DEFAULT);
    }

    public MessageParser(MimeLimits limits) {
        this.limits = limits;
    }

    public MimeLimits limits() {
        return limits;
    }

    /** Reads {@code raw} to its end (not closing it) in one streaming pass. */
    public ParsedMessage parse(InputStream raw) throws IOException {
        SearchText search = new SearchText(limits.maxSearchChars());
        StructureScanner scanner = new StructureScanner(raw, limits, search);
        BodyPart body = scanner.scan();
        Envelope envelope = envelopeOf(scanner);
        long size = body.offsets().end();
        int headerLength = (int) Math.min(Integer.MAX_VALUE, body.offsets().bodyStart());
        return new ParsedMessage(envelope, body, size, headerLength, scanner.threadKeys(),
                search.toString(), scanner.sentDate());
    }

    public ParsedMessage parse(byte[] raw) {
        try {
            return parse(new ByteArrayInputStream(raw));
        } catch (IOException e) {
            throw new UncheckedIOException("reading a byte array cannot fail", e);
        }
    }

    private static Envelope envelopeOf(StructureScanner scanner) {
        Envelope e = scanner.rootEnvelope();
        return e == null ? Envelope.EMPTY : e;
    }
}
