package dev.parley.mail.mime;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * One entity being scanned: mutable while its octets stream past, turned into a {@link BodyPart}
 * when it ends. Entities nest as a stack through {@link #parent}.
 */
final class Frame {

    enum Mode { HEADER, LEAF, MULTIPART, MESSAGE }

    /** Where a multipart is between its delimiters (RFC 2046 §5.1.1). */
    enum Phase { PREAMBLE, PART, EPILOGUE, SKIPPING }

    final Frame parent;
    final int depth;
    final long headerStart;
    /** True for the top-level message and each encapsulated message: it has an envelope. */
    final boolean messageEntity;

    Mode mode = Mode.HEADER;
    Phase phase;
    long bodyStart = -1;
    long lfAtBodyStart;
    ContentFields content;
    Envelope envelope;
    /** {@code "--" boundary} as octets (RFC 2046 §5.1.1 dash-boundary) of a multipart. */
    byte[] dashBoundary;
    final List<BodyPart> children = new ArrayList<>();
    BodyPart messageBody;
    Envelope messageEnvelope;

    private byte[] header = new byte[512];
    private int headerLength;
    private byte[] text;
    private int textLength;

    Frame(Frame parent, int depth, long headerStart, boolean messageEntity) {
        this.parent = parent;
        this.depth = depth;
        this.headerStart = headerStart;
        this.messageEntity = messageEntity;
    }

    /** Keeps header octets up to {@code limit}; the rest is counted by the caller, not stored. */
    void appendHeader(byte[] b, int off, int len, int limit) {
        int n = Math.min(len, limit - headerLength);
        if (n <= 0) {
            return;
        }
        if (headerLength + n > header.length) {
            header = Arrays.copyOf(header, Math.min(limit, Math.max(header.length * 2, headerLength + n)));
        }
        System.arraycopy(b, off, header, headerLength, n);
        headerLength += n;
    }

    HeaderBlock takeHeader() {
        HeaderBlock block = HeaderBlock.parse(header, headerLength);
        header = null;
        return block;
    }

    boolean collectsText() {
        return text != null;
    }

    void startText() {
        text = new byte[1024];
    }

    void appendText(byte[] b, int off, int len, int budget) {
        int n = Math.min(len, budget - textLength);
        if (n <= 0) {
            return;
        }
        if (textLength + n > text.length) {
            text = Arrays.copyOf(text, Math.max(text.length * 2, textLength + n));
        }
        System.arraycopy(b, off, text, textLength, n);
        textLength += n;
    }

    boolean inDigest() {
        return parent != null && parent.mode == Mode.MULTIPART && parent.content != null
                && "digest".equals(parent.content.subtype());
    }

    void setBoundary(String boundary) {
        dashBoundary = ("--" + boundary).getBytes(StandardCharsets.UTF_8);
    }

    /**
     * Ends this entity at {@code end} and hands the result to its parent.
     *
     * @param lines lines of {@code [bodyStart, end)}, already computed by the scanner
     */
    BodyPart close(long end, long lines, SearchText search) {
        ContentFields c = content;
        if (mode == Mode.MULTIPART && children.isEmpty()) {
            // no delimiter line ever came: keep the octets readable as one text part (as Dovecot)
            c = c.asLeaf("text", "plain", ContentFields.usAscii());
        }
        if (mode == Mode.MESSAGE && messageBody == null) {
            BodyPart empty = new BodyPart("text", "plain", ContentFields.usAscii(), null, null, "7bit",
                    0, 0, null, null, List.of(), null, List.of(), null, null, new Offsets(end, end, end));
            messageBody = empty;
            messageEnvelope = Envelope.EMPTY;
        }
        boolean counted = "text".equals(c.type()) || mode == Mode.MESSAGE;
        if (text != null) {
            search.addBody(text, textLength, c.encoding(), c.params().get("charset"), "html".equals(c.subtype()));
            text = null;
        }
        BodyPart part = new BodyPart(c.type(), c.subtype(), c.params(), c.id(), c.description(),
                c.encoding(), end - bodyStart, counted ? lines : 0, c.md5(), c.disposition(),
                c.language(), c.location(), c.isMultipart() && mode == Mode.MULTIPART ? children : List.of(),
                mode == Mode.MESSAGE ? messageEnvelope : null, mode == Mode.MESSAGE ? messageBody : null,
                new Offsets(headerStart, bodyStart, end));
        if (parent != null && parent.mode == Mode.MULTIPART) {
            parent.children.add(part);
        } else if (parent != null && parent.mode == Mode.MESSAGE) {
            parent.messageBody = part;
            parent.messageEnvelope = envelope;
        }
        return part;
    }
}
