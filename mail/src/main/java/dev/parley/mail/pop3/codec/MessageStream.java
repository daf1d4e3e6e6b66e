package dev.parley.mail.pop3.codec;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.stream.ChunkedInput;

import java.io.IOException;
import java.io.InputStream;

/**
 * The body of a RETR or TOP response, read from the store chunk by chunk while the
 * {@code ChunkedWriteHandler} finds the channel writable, so a large message never sits in memory
 * and a slow client slows the reading (back-pressure).
 *
 * <p>RFC 1939 §3: every line starting with {@code .} gets one more {@code .}, lines end in CRLF
 * (a bare LF from the store becomes CRLF), and {@code .CRLF} ends the response. For TOP
 * (RFC 1939 §7) only the header, the blank line and the first {@code bodyLines} lines of the body
 * are sent.
 */
public final class MessageStream implements ChunkedInput<ByteBuf> {

    static final int CHUNK = 8192;

    private final InputStream in;
    private final long bodyLines;
    private final byte[] buffer = new byte[CHUNK];
    private boolean lineStart = true;
    private boolean lineEmpty = true;
    private boolean previousCr;
    private boolean inHeader;
    private long linesSent;
    private boolean sourceDone;
    private boolean terminated;
    private long read;

    private MessageStream(InputStream in, long bodyLines) {
        this.in = in;
        this.bodyLines = bodyLines;
        this.inHeader = bodyLines >= 0;
    }

    /** The whole message (RETR). */
    public static MessageStream whole(InputStream in) {
        return new MessageStream(in, -1);
    }

    /** Header, blank line and the first {@code bodyLines} body lines (TOP). */
    public static MessageStream top(InputStream in, long bodyLines) {
        if (bodyLines < 0) {
            throw new IllegalArgumentException("negative line count");
        }
        return new MessageStream(in, bodyLines);
    }

    @Override
    public boolean isEndOfInput() {
        return terminated;
    }

    @Override
    public void close() throws IOException {
        in.close();
    }

    @Deprecated
    @Override
    public ByteBuf readChunk(ChannelHandlerContext ctx) throws Exception {
        return readChunk(ctx.alloc());
    }

    @Override
    public ByteBuf readChunk(ByteBufAllocator allocator) throws IOException {
        if (terminated) {
            return null;
        }
        ByteBuf out = allocator.buffer(CHUNK + CHUNK / 8);
        try {
            if (!sourceDone) {
                int n = in.read(buffer);
                if (n < 0) {
                    sourceDone = true;
                } else {
                    read += n;
                    copy(n, out);
                }
            }
            if (sourceDone) {
                if (!lineStart) {
                    out.writeByte('\r').writeByte('\n'); // RFC 1939 §3: the last line needs its CRLF too
                }
                out.writeByte('.').writeByte('\r').writeByte('\n');
                terminated = true;
            }
            return out;
        } catch (IOException | RuntimeException e) {
            out.release();
            throw e;
        }
    }

    private void copy(int n, ByteBuf out) {
        for (int i = 0; i < n; i++) {
            byte b = buffer[i];
            if (b == '\n') {
                if (!previousCr) {
                    out.writeByte('\r');
                }
                out.writeByte('\n');
                endOfLine();
                if (!inHeader && bodyLines >= 0 && linesSent >= bodyLines) {
                    sourceDone = true; // TOP: enough lines; the rest is never read
                    return;
                }
                continue;
            }
            if (lineStart && b == '.') {
                out.writeByte('.');
            }
            out.writeByte(b);
            previousCr = b == '\r';
            lineStart = false;
            if (b != '\r') {
                lineEmpty = false;
            }
        }
    }

    private void endOfLine() {
        if (inHeader) {
            if (lineEmpty) {
                inHeader = false; // RFC 1939 §7: the blank line belongs to what TOP always sends
            }
        } else {
            linesSent++;
        }
        lineStart = true;
        lineEmpty = true;
        previousCr = false;
    }

    @Override
    public long length() {
        return -1;
    }

    @Override
    public long progress() {
        return read;
    }
}
