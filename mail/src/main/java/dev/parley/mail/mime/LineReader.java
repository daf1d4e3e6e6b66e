package dev.parley.mail.mime;

import java.io.IOException;
import java.io.InputStream;

/**
 * Hands out an input stream as line segments on one reused buffer: a segment ends after LF, at the
 * end of input, or after {@code maxSegment} octets of a longer line (never between CR and LF).
 */
final class LineReader {

    private final InputStream in;
    private final int maxSegment;
    private final byte[] buf;
    private int start;
    private int length;
    private int next;
    private int limit;
    private boolean eof;

    LineReader(InputStream in, int maxSegment) {
        this.in = in;
        this.maxSegment = maxSegment;
        this.buf = new byte[Math.max(65536, maxSegment * 2)];
    }

    /** Moves to the next segment; false at the end of input. */
    boolean next() throws IOException {
        while (true) {
            int scanEnd = Math.min(limit, next + maxSegment);
            for (int i = next; i < scanEnd; i++) {
                if (buf[i] == '\n') {
                    return take(i + 1 - next);
                }
            }
            if (scanEnd - next >= maxSegment) {
                int n = maxSegment;
                if (buf[next + n - 1] == '\r') {
                    n--; // keep CR LF together so the line end is seen whole
                }
                return take(n);
            }
            if (eof) {
                return limit > next && take(limit - next);
            }
            fill();
        }
    }

    private boolean take(int n) {
        start = next;
        length = n;
        next += n;
        return true;
    }

    private void fill() throws IOException {
        if (next > 0) {
            System.arraycopy(buf, next, buf, 0, limit - next);
            limit -= next;
            next = 0;
        }
        int n = in.read(buf, limit, buf.length - limit);
        if (n < 0) {
            eof = true;
        } else {
            limit += n;
        }
    }

    byte[] buffer() {
        return buf;
    }

    int start() {
        return start;
    }

    int length() {
        return length;
    }
}
