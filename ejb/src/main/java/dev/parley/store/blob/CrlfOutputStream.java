package dev.parley.store.blob;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Writes through with every line end as CRLF: a bare LF becomes CRLF, a bare CR becomes CRLF, CRLF
 * stays. IMAP requires CRLF on the wire (RFC 9051 §2.2) and sizes and offsets (RFC822.SIZE,
 * BODY[]<partial>) must be those of the octets served, so the store keeps them normalised.
 * {@link #finish()} (or {@link #close()}) completes a trailing bare CR.
 */
public final class CrlfOutputStream extends FilterOutputStream {

    private static final byte CR = '\r';
    private static final byte LF = '\n';

    private boolean afterCr;
    private byte[] buffer = new byte[0];
    private long written;

    public CrlfOutputStream(OutputStream out) {
        super(out);
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (buffer.length < 2 * len + 1) {
            buffer = new byte[2 * len + 1];
        }
        int n = 0;
        for (int i = off; i < off + len; i++) {
            byte c = b[i];
            if (afterCr && c != LF) {
                buffer[n++] = LF;             // bare CR: complete it
            }
            if (c == LF && !afterCr) {
                buffer[n++] = CR;             // bare LF: precede it
            }
            buffer[n++] = c;
            afterCr = c == CR;
        }
        out.write(buffer, 0, n);
        written += n;
    }

    /** Completes a trailing bare CR; further writes start a new line state. */
    public void finish() throws IOException {
        if (afterCr) {
            out.write(LF);
            written++;
            afterCr = false;
        }
    }

    /** Octets written to the underlying stream so far. */
    public long written() {
        return written;
    }

    @Override
    public void close() throws IOException {
        finish();
        super.close();
    }
}
