package dev.parley.mail.mime;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One streaming pass over a message that finds every entity's exact octet range (RFC 2045,
 * RFC 2046 §5.1.1 multipart delimiters, RFC 2046 §5.2.1 encapsulated messages). It works line by
 * line on a fixed buffer; a line longer than a segment is handled in pieces, and only a piece that
 * starts a line can be a delimiter or the blank line that ends a header. A delimiter of any open
 * multipart, not only the innermost, ends every entity nested inside it (RFC 2046 §5.1.2).
 */
final class StructureScanner {

    private static final int SEGMENT = 8192;

    private final MimeLimits limits;
    private final SearchText search;
    private final LineReader reader;

    private Frame current;
    private long pos;
    private long lfTotal;
    private int parts;
    /** Line-end octets of the previous complete line (0 at the start), and whether it had content. */
    private int prevEol;
    private boolean prevLineHadContent;
    private long currentLineLength;
    private int lastByte = -1;
    private ThreadKeys threadKeys = new ThreadKeys(null, List.of(), "");
    private Instant sentDate;
    private Envelope rootEnvelope;

    StructureScanner(InputStream in, MimeLimits limits, SearchText search) {
        this.limits = limits;
        this.search = search;
        this.reader = new LineReader(in, SEGMENT);
    }

    /** Scans to the end of input and returns the top-level entity. */
    BodyPart scan() throws IOException {
        Frame root = new Frame(null, 0, 0, true);
        current = root;
        while (reader.next()) {
            segment(reader.buffer(), reader.start(), reader.length());
        }
        // end of input closes whatever is open; the last line keeps its line end (no boundary follows)
        long lines = lfTotal;
        boolean partial = lastByte != '\n';
        BodyPart rootPart = null;
        while (current != null) {
            Frame f = current;
            if (f.mode == Frame.Mode.HEADER) {
                endHeader(f, pos);
            }
            long bodyLines = pos > f.bodyStart ? lines - f.lfAtBodyStart + (partial ? 1 : 0) : 0;
            BodyPart part = f.close(pos, bodyLines, search);
            if (f == root) {
                rootPart = part;
            }
            current = f.parent;
        }
        return rootPart;
    }

    Envelope rootEnvelope() {
        return rootEnvelope;
    }

    ThreadKeys threadKeys() {
        return threadKeys;
    }

    Instant sentDate() {
        return sentDate;
    }

    long size() {
        return pos;
    }

    private void segment(byte[] b, int off, int len) {
        boolean atLineStart = currentLineLength == 0;
        boolean endsLine = b[off + len - 1] == '\n';
        if (atLineStart && len >= 2 && b[off] == '-' && b[off + 1] == '-' && delimiter(b, off, len)) {
            advance(b, off, len, endsLine);
            return;
        }
        Frame f = current;
        if (f.mode == Frame.Mode.HEADER) {
            if (atLineStart && (len == 1 || (len == 2 && b[off] == '\r')) && endsLine) {
                advance(b, off, len, endsLine);
                endHeader(f, pos); // RFC 5322 §2.1: the blank line ends the header, body follows
                return;
            }
            f.appendHeader(b, off, len, limits.maxHeaderBytes());
        } else if (f.mode == Frame.Mode.LEAF && f.collectsText()) {
            f.appendText(b, off, len, search.rawBudget());
        }
        advance(b, off, len, endsLine);
    }

    private void advance(byte[] b, int off, int len, boolean endsLine) {
        pos += len;
        lastByte = b[off + len - 1] & 0xff;
        currentLineLength += len;
        if (endsLine) {
            lfTotal++;
            prevEol = len >= 2 && b[off + len - 2] == '\r' ? 2 : 1;
            prevLineHadContent = currentLineLength > prevEol;
            currentLineLength = 0;
        }
    }

    /** Handles the line if it is a delimiter of an open multipart; returns whether it was. */
    private boolean delimiter(byte[] b, int off, int len) {
        for (Frame owner = current; owner != null; owner = owner.parent) {
            if (owner.mode != Frame.Mode.MULTIPART) {
                continue;
            }
            int kind = match(owner.dashBoundary, b, off, len);
            if (kind == 0 || owner.phase == Frame.Phase.EPILOGUE) {
                continue;
            }
            // RFC 2046 §5.1.1: the line end before the delimiter belongs to the delimiter
            long end = pos - prevEol;
            long lfEnd = lfTotal - (prevEol > 0 ? 1 : 0);
            while (current != owner) {
                Frame f = current;
                if (f.mode == Frame.Mode.HEADER) {
                    endHeader(f, Math.max(f.headerStart, end));
                }
                long partEnd = Math.max(f.bodyStart, end);
                long lines = partEnd > f.bodyStart ? lfEnd - f.lfAtBodyStart + (prevLineHadContent ? 1 : 0) : 0;
                f.close(partEnd, lines, search);
                current = f.parent;
            }
            long next = pos + len;
            if (kind == 2) {
                owner.phase = Frame.Phase.EPILOGUE;
            } else if (parts >= limits.maxParts()) {
                owner.phase = Frame.Phase.SKIPPING; // MimeLimits: later parts stay opaque octets
            } else {
                parts++;
                owner.phase = Frame.Phase.PART;
                current = new Frame(owner, owner.depth + 1, next, false);
            }
            return true;
        }
        return false;
    }

    /** 0: no delimiter; 1: {@code --boundary}; 2: close delimiter {@code --boundary--}. */
    private static int match(byte[] dash, byte[] b, int off, int len) {
        if (len < dash.length) {
            return 0;
        }
        for (int i = 0; i < dash.length; i++) {
            if (b[off + i] != dash[i]) {
                return 0;
            }
        }
        int i = off + dash.length;
        int end = off + len;
        if (i + 1 < end && b[i] == '-' && b[i + 1] == '-') {
            return 2;
        }
        // RFC 2046 §5.1.1: only transport padding (LWSP) may follow the boundary on its line
        for (; i < end; i++) {
            if (b[i] != ' ' && b[i] != '\t' && b[i] != '\r' && b[i] != '\n') {
                return 0;
            }
        }
        return 1;
    }

    /** Interprets a complete header and decides how the body that follows is scanned. */
    private void endHeader(Frame f, long bodyStart) {
        f.bodyStart = bodyStart;
        f.lfAtBodyStart = lfTotal;
        HeaderBlock header = f.takeHeader();
        ContentFields c = ContentFields.of(header, f.inDigest());
        if (f.parent == null) {
            threadKeys = MessageIds.threadKeys(header);
            sentDate = MessageDates.parse(header.first("date"));
            rootEnvelope = ContentFields.envelope(header);
        }
        if (f.messageEntity) {
            f.envelope = ContentFields.envelope(header);
            search.addHeader(header.first("subject"));
            search.addHeader(header.first("from"));
            search.addHeader(header.first("to"));
            search.addHeader(header.first("cc"));
        }
        boolean tooDeep = f.depth >= limits.maxDepth();
        if (c.isMultipart()) {
            String boundary = c.boundary();
            if (boundary == null) {
                c = c.asLeaf("text", "plain", ContentFields.usAscii()); // RFC 2046 §5.1.1 requires one
            } else if (tooDeep) {
                c = c.asLeaf("application", "octet-stream", Map.of());
            } else {
                f.content = c;
                f.mode = Frame.Mode.MULTIPART;
                f.phase = Frame.Phase.PREAMBLE;
                f.setBoundary(boundary);
                return;
            }
        } else if (c.isMessage()) {
            if (tooDeep || parts >= limits.maxParts()) {
                c = c.asLeaf("application", "octet-stream", Map.of());
            } else {
                f.content = c;
                f.mode = Frame.Mode.MESSAGE;
                parts++;
                current = new Frame(f, f.depth + 1, bodyStart, true);
                return;
            }
        }
        f.content = c;
        f.mode = Frame.Mode.LEAF;
        if (c.disposition() != null) {
            search.add(HeaderDecoder.decodeParameters(c.disposition().params()).get("filename"));
        }
        if ("text".equals(c.type()) && !search.isFull()) {
            f.startText();
        }
    }
}
