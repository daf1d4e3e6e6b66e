package dev.parley.mail.net;

import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.util.List;

/**
 * Splits input into lines terminated by LF (a preceding CR is stripped), each at most
 * {@code limit} bytes. A longer line is discarded through its LF and reported as an
 * {@link OversizedLine} so the protocol handler can reply and continue; the decoder never buffers
 * more than {@code limit + 2} bytes.
 *
 * <p>Line protocols (SMTP, POP3, ManageSieve) put it right after TLS. {@link #discardBuffered()}
 * throws away plaintext already read behind a STARTTLS/STLS command (RFC 3207 §4.2, RFC 2595 §3.1,
 * CVE-2011-0411 command injection).
 */
public class BoundedLineDecoder extends ByteToMessageDecoder implements PlaintextBuffer {

    private final int limit;
    /** Length of the oversized line being skipped, or -1 when not discarding. */
    private long discarding = -1;
    private boolean lastDiscardedCr;

    public BoundedLineDecoder(int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive: " + limit);
        }
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
        if (discarding >= 0) {
            if (lf < 0) {
                discarding += in.readableBytes();
                lastDiscardedCr = in.getByte(in.writerIndex() - 1) == '\r';
                in.skipBytes(in.readableBytes());
                return;
            }
            long length = discarding + (lf - in.readerIndex());
            boolean cr = lf > in.readerIndex() ? in.getByte(lf - 1) == '\r' : lastDiscardedCr;
            in.readerIndex(lf + 1);
            discarding = -1;
            out.add(new OversizedLine(Math.max(cr ? length - 1 : length, limit + 1L), limit));
            return;
        }
        if (lf < 0) {
            if (in.readableBytes() > limit + 1) {
                // +1: a trailing CR may still be followed by LF and would not count.
                discarding = in.readableBytes();
                lastDiscardedCr = in.getByte(in.writerIndex() - 1) == '\r';
                in.skipBytes(in.readableBytes());
            }
            return;
        }
        int end = lf > in.readerIndex() && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
        int length = end - in.readerIndex();
        if (length > limit) {
            in.readerIndex(lf + 1);
            out.add(new OversizedLine(length, limit));
            return;
        }
        ByteBuf line = in.readRetainedSlice(length);
        in.readerIndex(lf + 1);
        out.add(line);
    }

    @Override
    public void discardBuffered() {
        if (internalBuffer().isReadable()) {
            internalBuffer().skipBytes(internalBuffer().readableBytes());
        }
    }
}
