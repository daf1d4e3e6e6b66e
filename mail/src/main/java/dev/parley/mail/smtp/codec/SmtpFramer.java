package dev.parley.mail.smtp.codec;

import dev.parley.mail.net.OversizedLine;
import dev.parley.mail.net.PlaintextBuffer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.CompositeByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * SMTP framing with three modes, which {@code net.BoundedLineDecoder} cannot switch between:
 * <ul>
 * <li>command lines, bounded (longer ones become {@link OversizedLine}, skipped through their LF);</li>
 * <li>DATA: dot-unstuffing until {@code CRLF.CRLF} (RFC 5321 §4.5.2). Only that exact sequence ends the
 *     message: {@code LF.LF} or {@code LF.CRLF} do not (SMTP smuggling). Bare CR/LF are passed through
 *     but flagged so the session can refuse the message (§2.3.8);</li>
 * <li>BDAT: exactly the announced number of octets (RFC 3030 §2), read whether or not the chunk is
 *     accepted.</li>
 * </ul>
 * After a {@code DATA} or {@code STARTTLS} line it holds (decodes nothing) until the session calls
 * {@link #resume} or {@link #resumeData}: what follows depends on the session's answer, and bytes
 * behind STARTTLS must be dropped, not decoded (RFC 3207 §4.2). Never buffers more than one line
 * plus one read.
 */
public final class SmtpFramer extends ChannelInboundHandlerAdapter implements PlaintextBuffer {

    private enum Mode { LINE, HOLD, DATA, CHUNK }

    private final int limit;
    private final CompositeByteBuf buffer = io.netty.buffer.Unpooled.compositeBuffer(Integer.MAX_VALUE);
    private ChannelHandlerContext ctx;
    private Mode mode = Mode.LINE;
    private long skipping = -1;
    private long chunkRemaining;
    private boolean lineStart;
    private int dotState;
    private boolean pendingCr;
    private boolean bare;
    private boolean pausedReading;

    public SmtpFramer(int limit) {
        this.limit = limit;
    }

    @Override
    public void handlerAdded(ChannelHandlerContext ctx) {
        this.ctx = ctx;
    }

    @Override
    public void handlerRemoved(ChannelHandlerContext ctx) {
        buffer.release();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof ByteBuf in)) {
            ctx.fireChannelRead(msg);
            return;
        }
        buffer.addComponent(true, in);
        decode();
        if (mode == Mode.HOLD && buffer.readableBytes() > limit && ctx.channel().config().isAutoRead()) {
            // Nothing may be decoded until the session answers; stop reading rather than buffer a flood.
            pausedReading = true;
            ctx.channel().config().setAutoRead(false);
        }
    }

    private void unpause() {
        if (pausedReading) {
            pausedReading = false;
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** Back to command lines after a hold (DATA refused, STARTTLS refused or TLS started). */
    public void resume() {
        if (mode != Mode.HOLD) {
            return;
        }
        mode = Mode.LINE;
        decode();
        unpause();
    }

    /** The session said 354: message data follows. */
    public void resumeData() {
        if (mode != Mode.HOLD) {
            throw new IllegalStateException("DATA without a hold");
        }
        mode = Mode.DATA;
        lineStart = true;
        dotState = 0;
        pendingCr = false;
        bare = false;
        decode();
        unpause();
    }

    @Override
    public void discardBuffered() {
        buffer.skipBytes(buffer.readableBytes());
        buffer.discardReadComponents();
    }

    private void decode() {
        while (ctx != null && !ctx.isRemoved() && (buffer.isReadable() || mode == Mode.CHUNK && chunkRemaining == 0)) {
            boolean progressed = switch (mode) {
                case HOLD -> false;
                case LINE -> line();
                case DATA -> data();
                case CHUNK -> chunk();
            };
            if (!progressed) {
                break;
            }
        }
        buffer.discardReadComponents();
    }

    private boolean line() {
        int from = buffer.readerIndex();
        int lf = buffer.indexOf(from, buffer.writerIndex(), (byte) '\n');
        if (skipping >= 0) {
            if (lf < 0) {
                skipping += buffer.readableBytes();
                buffer.skipBytes(buffer.readableBytes());
                return false;
            }
            long length = skipping + (lf - from);
            buffer.readerIndex(lf + 1);
            skipping = -1;
            ctx.fireChannelRead(new OversizedLine(Math.max(length - 1, limit + 1L), limit));
            return true;
        }
        if (lf < 0) {
            if (buffer.readableBytes() > limit + 1) {
                skipping = buffer.readableBytes();
                buffer.skipBytes(buffer.readableBytes());
            }
            return false;
        }
        int end = lf > from && buffer.getByte(lf - 1) == '\r' ? lf - 1 : lf;
        if (end - from > limit) {
            buffer.readerIndex(lf + 1);
            ctx.fireChannelRead(new OversizedLine(end - from, limit));
            return true;
        }
        String text = buffer.toString(from, end - from, StandardCharsets.UTF_8);
        buffer.readerIndex(lf + 1);
        afterLine(text);
        ctx.fireChannelRead(new SmtpInput.CommandLine(text));
        return true;
    }

    /** Decides the mode for the bytes after this line, before the session sees it. */
    private void afterLine(String text) {
        String upper = text.trim().toUpperCase(Locale.ROOT);
        if (upper.equals("DATA") || upper.equals("STARTTLS")) {
            mode = Mode.HOLD;
        } else if (upper.startsWith("BDAT ")) {
            String[] parts = upper.substring(5).trim().split(" +");
            if (parts.length >= 1 && parts[0].matches("\\d{1,18}")) {
                chunkRemaining = Long.parseLong(parts[0]);
                mode = Mode.CHUNK;
            }
        }
    }

    private boolean chunk() {
        if (chunkRemaining == 0) {
            mode = Mode.LINE;
            ctx.fireChannelRead(new SmtpInput.DataEnd(false));
            return true;
        }
        int n = (int) Math.min(chunkRemaining, buffer.readableBytes());
        chunkRemaining -= n;
        ctx.fireChannelRead(new SmtpInput.DataPiece(buffer.readBytes(n)));
        return true;
    }

    /**
     * Dot-unstuffing state machine over one read. dotState: 0 = in line, 1 = '.' at line start,
     * 2 = ".\r" at line start. pendingCr: a CR whose LF has not been seen yet.
     */
    private boolean data() {
        ByteBuf out = ctx.alloc().buffer(buffer.readableBytes() + 2);
        boolean ended = false;
        while (buffer.isReadable() && !ended) {
            byte b = buffer.readByte();
            if (dotState == 1) {
                dotState = b == '\r' ? 2 : 0;
                if (b != '\r') {
                    lineStart = false;
                    ended = body(out, b); // RFC 5321 §4.5.2: the leading dot was stuffing
                }
                continue;
            }
            if (dotState == 2) {
                if (b == '\n') {
                    ended = true;
                    break;
                }
                dotState = 0;
                out.writeByte('.'); // ".\rX": keep the dot (not stuffing), the CR is bare
                bare = true;
                pendingCr = false;
                lineStart = false;
                ended = body(out, b);
                continue;
            }
            if (lineStart && b == '.' && !pendingCr) {
                dotState = 1;
                continue;
            }
            ended = body(out, b);
        }
        if (out.isReadable()) {
            ctx.fireChannelRead(new SmtpInput.DataPiece(out));
        } else {
            out.release();
        }
        if (ended) {
            mode = Mode.LINE;
            ctx.fireChannelRead(new SmtpInput.DataEnd(bare));
        }
        return ended;
    }

    private boolean body(ByteBuf out, byte b) {
        if (pendingCr) {
            pendingCr = false;
            if (b == '\n') {
                out.writeByte('\n');
                lineStart = true;
                return false;
            }
            bare = true; // CR not followed by LF
        }
        if (b == '\r') {
            pendingCr = true;
            out.writeByte('\r');
            return false;
        }
        if (b == '\n') {
            bare = true; // LF without CR: does not start a line, so "\n.\r\n" cannot end the message
            out.writeByte('\n');
            lineStart = false;
            return false;
        }
        lineStart = false;
        out.writeByte(b);
        return false;
    }

}
