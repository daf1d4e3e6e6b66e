package dev.parley.mail.imap.parse;

import dev.parley.mail.net.PlaintextBuffer;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;

/**
 * Frames IMAP client input into whole commands: a line, and when it ends in a literal announcement
 * ({@code {n}}, {@code {n+}}, {@code ~{n}}; RFC 9051 §4.3, RFC 7888, RFC 3516) the literal's octets
 * and the line that follows, until a line ends without one. Emits {@link CommandFrame}s or, for
 * input over a bound, {@link RejectedCommand}s after discarding it, so the connection stays usable.
 *
 * <p>Synchronizing literals get their {@code +} continuation request (RFC 9051 §7.5) here, or are
 * refused before the client sends them. Non-synchronizing literals over the limit are read and
 * thrown away without buffering (RFC 7888 §4: the server cannot refuse them in advance).
 */
public class ImapFrameDecoder extends ByteToMessageDecoder implements PlaintextBuffer {

    private static final byte[] CONTINUE = "+ Ready for literal data\r\n".getBytes(StandardCharsets.US_ASCII);

    private final int maxLine;
    private final int maxLiteral;
    private final long maxCommand;
    private volatile long appendLimit;

    /**
     * Frame buffers above this are dropped after their command: an idle connection keeps 256 bytes, not
     * the largest command it ever sent (a 60 KB APPEND once would otherwise stay with each of 5,000
     * IDLE connections: 300 MB of heap).
     */
    static final int KEEP_CAPACITY = 4096;

    private ByteBuf frame = Unpooled.buffer(256);
    /** Octets of literal still to copy (or skip when {@link #rejection} is set); -1 when reading a line. */
    private long literalRemaining = -1;
    /** Set while the rest of a refused command is being discarded. */
    private RejectedCommand rejection;
    /** Discarding an over-long line up to its LF. */
    private boolean skippingLine;

    /**
     * @param maxLine     octets of one line (without literals)
     * @param maxLiteral  octets of one literal in commands other than APPEND
     * @param appendLimit octets of one APPEND literal (RFC 7889 APPENDLIMIT)
     * @param maxCommand  octets of a whole command with its literals (MULTIAPPEND)
     */
    public ImapFrameDecoder(int maxLine, int maxLiteral, long appendLimit, long maxCommand) {
        if (maxLine < 1024 || maxLiteral < 1 || appendLimit < 1 || maxCommand < maxLine) {
            throw new IllegalArgumentException("limits too small");
        }
        this.maxLine = maxLine;
        this.maxLiteral = maxLiteral;
        this.appendLimit = appendLimit;
        this.maxCommand = maxCommand;
    }

    /** After login the user's own APPENDLIMIT applies. */
    public void appendLimit(long limit) {
        this.appendLimit = limit;
    }

    public long appendLimit() {
        return appendLimit;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (literalRemaining >= 0) {
                int n = (int) Math.min(literalRemaining, in.readableBytes());
                if (rejection == null) {
                    frame.writeBytes(in, n);
                } else {
                    in.skipBytes(n);
                }
                literalRemaining -= n;
                if (literalRemaining > 0) {
                    return;
                }
                literalRemaining = -1;
                continue;
            }
            int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
            if (lf < 0) {
                if (skippingLine) {
                    in.skipBytes(in.readableBytes());
                } else if (in.readableBytes() > maxLine + 1) {
                    startSkippingLine(in);
                }
                return;
            }
            int end = lf > in.readerIndex() && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
            if (!skippingLine && end - in.readerIndex() > maxLine) {
                startSkippingLine(in);
            }
            Literal literal = Literal.at(in, in.readerIndex(), end);
            if (skippingLine || rejection != null) {
                in.readerIndex(lf + 1);
                skippingLine = false;
                if (literal != null && literal.nonSync) {
                    literalRemaining = literal.size; // keep discarding: the client sends it regardless
                    continue;
                }
                out.add(rejection);
                reset();
                return; // one frame per call: a STARTTLS handler may discard what follows

            }
            frame.writeBytes(in, in.readerIndex(), (literal == null ? end : lf + 1) - in.readerIndex());
            in.readerIndex(lf + 1);
            if (literal == null) {
                byte[] bytes = new byte[frame.readableBytes()];
                frame.readBytes(bytes);
                reset();
                out.add(new CommandFrame(bytes));
                return;
            }
            acceptOrRefuse(ctx, literal, out);
        }
    }

    private void acceptOrRefuse(ChannelHandlerContext ctx, Literal literal, List<Object> out) {
        boolean append = isAppend();
        long limit = append ? appendLimit : maxLiteral;
        boolean tooBig = literal.size > limit;
        if (tooBig || frame.readableBytes() + literal.size > maxCommand) {
            String what = tooBig
                    ? "literal too big: " + literal.size + " bytes (limit " + limit + ")"
                    : "command too big: over " + maxCommand + " bytes";
            RejectedCommand refused = new RejectedCommand(tag(), tooBig ? RejectedCommand.Kind.LITERAL_TOO_BIG
                    : RejectedCommand.Kind.COMMAND_TOO_BIG, append, literal.nonSync, what);
            if (literal.nonSync) {
                rejection = refused;
                frame.clear();
                literalRemaining = literal.size;
            } else {
                out.add(refused); // RFC 9051 §7.5: no "+", so the client will not send it
                reset();
            }
            return;
        }
        frame.ensureWritable((int) literal.size);
        literalRemaining = literal.size;
        if (!literal.nonSync) {
            ctx.writeAndFlush(Unpooled.wrappedBuffer(CONTINUE));
        }
    }

    private void startSkippingLine(ByteBuf in) {
        long length = in.readableBytes();
        if (rejection == null) {
            rejection = new RejectedCommand(tag(in), RejectedCommand.Kind.LINE_TOO_LONG, isAppend(), false,
                    "line too long: over " + Math.max(length - 2, maxLine) + " bytes (limit " + maxLine + ")");
        }
        skippingLine = true;
        frame.clear();
    }

    private void reset() {
        rejection = null;
        skippingLine = false;
        literalRemaining = -1;
        if (frame.capacity() > KEEP_CAPACITY) {
            frame.release();
            frame = Unpooled.buffer(256);
        } else {
            frame.clear();
        }
    }

    private boolean isAppend() {
        String head = frame.toString(frame.readerIndex(), Math.min(frame.readableBytes(), 80), StandardCharsets.US_ASCII);
        String[] words = head.split(" ", 3);
        return words.length >= 2 && words[1].toUpperCase(Locale.ROOT).startsWith("APPEND");
    }

    private String tag() {
        return tagOf(frame.toString(frame.readerIndex(), Math.min(frame.readableBytes(), 80), StandardCharsets.US_ASCII));
    }

    private String tag(ByteBuf in) {
        if (frame.isReadable()) {
            return tag();
        }
        return tagOf(in.toString(in.readerIndex(), Math.min(in.readableBytes(), 80), StandardCharsets.US_ASCII));
    }

    private static String tagOf(String head) {
        int sp = head.indexOf(' ');
        String tag = sp < 0 ? head : head.substring(0, sp);
        return ImapReader.isValidTag(tag) ? tag : null;
    }

    /**
     * Hands over the bytes read but not yet decoded, between commands (RFC 4978 COMPRESS: they are
     * already compressed and must go through the inflater). Empty when nothing is buffered.
     */
    /** Capacity of the frame buffer held between commands, for tests. */
    int frameCapacity() {
        return frame.capacity();
    }

    public ByteBuf takeBuffered() {
        ByteBuf buffered = internalBuffer();
        ByteBuf out = buffered.isReadable() ? buffered.readRetainedSlice(buffered.readableBytes()) : Unpooled.EMPTY_BUFFER;
        reset();
        return out;
    }

    @Override
    public void discardBuffered() {
        if (internalBuffer().isReadable()) {
            internalBuffer().skipBytes(internalBuffer().readableBytes());
        }
        reset();
    }

    @Override
    protected void handlerRemoved0(ChannelHandlerContext ctx) {
        frame.release();
    }

    /** A literal announcement at the end of a line: {@code {123}}, {@code {123+}}, {@code ~{123}}. */
    private record Literal(long size, boolean nonSync) {

        static Literal at(ByteBuf in, int start, int end) {
            if (end - start < 3 || in.getByte(end - 1) != '}') {
                return null;
            }
            int i = end - 2;
            boolean nonSync = in.getByte(i) == '+';
            if (nonSync) {
                i--;
            }
            long size = 0;
            long scale = 1;
            int digits = 0;
            while (i >= start && Character.isDigit(in.getByte(i))) {
                if (++digits > 12) {
                    return null;
                }
                size += (in.getByte(i) - '0') * scale;
                scale *= 10;
                i--;
            }
            if (digits == 0 || i < start || in.getByte(i) != '{') {
                return null;
            }
            return new Literal(size, nonSync);
        }
    }
}
