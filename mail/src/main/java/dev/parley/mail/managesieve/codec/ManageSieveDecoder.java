package dev.parley.mail.managesieve.codec;

import dev.parley.mail.net.PlaintextBuffer;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * Frames and tokenizes ManageSieve commands (RFC 5804 §4): atoms, quoted strings and literals
 * ({@code {n+}} and, see {@link LiteralContinuation}, {@code {n}}), spread over as many lines and
 * packets as the client likes. Bounded: each line fragment by {@code maxLine}, each literal by
 * {@code maxLiteral}, a whole command by {@code maxLiteral + maxLine}, quoted strings by 1024
 * octets (RFC 5804 §4), words per command by {@link #MAX_WORDS}. Over-limit and malformed input
 * is consumed (a non-synchronizing literal's octets too, without buffering them) and reported as a
 * {@link MalformedLine}.
 */
public final class ManageSieveDecoder extends ByteToMessageDecoder implements PlaintextBuffer {

    /** RFC 5804 §4: {@code quoted = DQUOTE *1024QUOTED-CHAR DQUOTE}. */
    static final int MAX_QUOTED = 1024;
    /** The longest command (PUTSCRIPT, RENAMESCRIPT) has three words. */
    static final int MAX_WORDS = 16;

    private final int maxLine;
    private final int maxLiteral;
    private final long maxCommand;

    private List<Word> words = new ArrayList<>();
    private long commandSize;
    /** Octets of the literal still expected, or -1 when reading lines. */
    private long literalRemaining = -1;
    private boolean literalDiscard;
    /** Set when the command is already known to be bad; the rest of it is consumed and dropped. */
    private String error;
    private boolean tooLarge;
    /** Length of an over-long line being skipped, or -1. */
    private long skippingLine = -1;

    public ManageSieveDecoder(int maxLine, int maxLiteral) {
        if (maxLine < 64 || maxLiteral < 0) {
            throw new IllegalArgumentException("maxLine >= 64 and maxLiteral >= 0");
        }
        this.maxLine = maxLine;
        this.maxLiteral = maxLiteral;
        this.maxCommand = (long) maxLiteral + maxLine;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        while (in.isReadable()) {
            if (literalRemaining >= 0) {
                if (!readLiteral(in)) {
                    return;
                }
                continue;
            }
            int lf = in.indexOf(in.readerIndex(), in.writerIndex(), (byte) '\n');
            if (skippingLine >= 0) {
                if (lf < 0) {
                    skippingLine += in.readableBytes();
                    in.skipBytes(in.readableBytes());
                    return;
                }
                long length = skippingLine + lf - in.readerIndex();
                in.readerIndex(lf + 1);
                skippingLine = -1;
                fail("line too long: " + length + " bytes (limit " + maxLine + ")", false);
                finish(out);
                continue;
            }
            if (lf < 0) {
                if (in.readableBytes() > maxLine + 1) {
                    skippingLine = in.readableBytes();
                    in.skipBytes(in.readableBytes());
                }
                return;
            }
            int end = lf > in.readerIndex() && in.getByte(lf - 1) == '\r' ? lf - 1 : lf;
            int length = end - in.readerIndex();
            byte[] line = new byte[Math.min(length, maxLine + 1)];
            in.getBytes(in.readerIndex(), line);
            in.readerIndex(lf + 1);
            if (length > maxLine) {
                fail("line too long: " + length + " bytes (limit " + maxLine + ")", false);
                finish(out);
                continue;
            }
            commandSize += length + 2;
            Literal literal = tokenize(line);
            if (literal == null) {
                finish(out);
                continue;
            }
            commandSize += literal.size;
            if (error == null && literal.size > maxLiteral) {
                fail("literal too large: " + literal.size + " octets (limit " + maxLiteral + ")", true);
            } else if (error == null && commandSize > maxCommand) {
                fail("command too large: " + commandSize + " octets (limit " + maxCommand + ")", true);
            }
            if (error != null && literal.synchronizing) {
                finish(out); // the client waits for a continuation it never gets: nothing to skip
                continue;
            }
            literalRemaining = literal.size;
            literalDiscard = error != null;
            if (literal.synchronizing) {
                out.add(LiteralContinuation.INSTANCE);
            }
        }
    }

    /** True when the literal is complete (its word added or its octets skipped). */
    private boolean readLiteral(ByteBuf in) {
        if (literalDiscard) {
            int skip = (int) Math.min(in.readableBytes(), literalRemaining);
            in.skipBytes(skip);
            literalRemaining -= skip;
        } else {
            if (in.readableBytes() < literalRemaining) {
                return false;
            }
            byte[] octets = new byte[(int) literalRemaining];
            in.readBytes(octets);
            literalRemaining = 0;
            addWord(new Word.Str(octets, true));
        }
        if (literalRemaining == 0) {
            literalRemaining = -1;
            return true;
        }
        return false;
    }

    private record Literal(long size, boolean synchronizing) {
    }

    /** Adds the line's words; returns the literal announced at its end, or null. */
    private Literal tokenize(byte[] line) {
        int i = 0;
        while (i < line.length) {
            byte b = line[i];
            if (b == ' ') {
                i++;
            } else if (b == '"') {
                i = quoted(line, i + 1);
                if (i < 0) {
                    return trailingLiteral(line);
                }
            } else if (b == '{') {
                Literal literal = literal(line, i);
                if (literal == null) {
                    fail("malformed literal", false);
                }
                return literal;
            } else {
                int start = i;
                while (i < line.length && line[i] != ' ') {
                    byte c = line[i];
                    if (c <= 0x20 || c >= 0x7f || c == '"' || c == '{' || c == '}' || c == '(' || c == ')' || c == '\\') {
                        fail("unexpected character 0x" + Integer.toHexString(c & 0xff) + " at column " + (i + 1), false);
                        return trailingLiteral(line);
                    }
                    i++;
                }
                addWord(new Word.Atom(new String(line, start, i - start, java.nio.charset.StandardCharsets.US_ASCII)));
            }
        }
        return null;
    }

    /** Parses a quoted string starting after its opening quote; returns the index after it, or -1. */
    private int quoted(byte[] line, int from) {
        ByteArrayOutputStream value = new ByteArrayOutputStream();
        int i = from;
        while (i < line.length) {
            byte c = line[i];
            if (c == '"') {
                addWord(new Word.Str(value.toByteArray(), false));
                return i + 1;
            }
            if (c == '\\') {
                if (i + 1 >= line.length || (line[i + 1] != '"' && line[i + 1] != '\\')) {
                    fail("bad escape in quoted string at column " + (i + 1), false);
                    return -1;
                }
                c = line[++i];
            } else if (c == 0 || c == '\r') {
                fail("control character in quoted string at column " + (i + 1), false);
                return -1;
            }
            value.write(c);
            if (value.size() > MAX_QUOTED) {
                fail("quoted string too long (limit " + MAX_QUOTED + " octets); use a literal", false);
                return -1;
            }
            i++;
        }
        fail("unterminated quoted string", false);
        return -1;
    }

    /** {@code {n+}} or {@code {n}}, which must end the line. */
    private static Literal literal(byte[] line, int open) {
        int close = line.length - 1;
        if (line[close] != '}' || close <= open + 1) {
            return null;
        }
        boolean plus = line[close - 1] == '+';
        int digitsEnd = plus ? close - 1 : close;
        if (digitsEnd <= open + 1 || digitsEnd - open - 1 > 10) {
            return null;
        }
        long size = 0;
        for (int i = open + 1; i < digitsEnd; i++) {
            if (line[i] < '0' || line[i] > '9') {
                return null;
            }
            size = size * 10 + (line[i] - '0');
        }
        return new Literal(size, !plus);
    }

    /** After a syntax error: a literal announced at the line's end must still be consumed. */
    private static Literal trailingLiteral(byte[] line) {
        int open = -1;
        for (int i = line.length - 1; i >= 0 && line.length - i < 14; i--) {
            if (line[i] == '{') {
                open = i;
                break;
            }
        }
        return open < 0 ? null : literal(line, open);
    }

    private void addWord(Word word) {
        if (error != null) {
            return;
        }
        if (words.size() >= MAX_WORDS) {
            fail("too many arguments (limit " + MAX_WORDS + ")", false);
            return;
        }
        words.add(word);
    }

    private void fail(String reason, boolean size) {
        if (error == null) {
            error = reason;
            tooLarge = size;
            words = new ArrayList<>();
        }
    }

    private void finish(List<Object> out) {
        out.add(error != null ? new MalformedLine(error, tooLarge) : new CommandLine(words));
        words = new ArrayList<>();
        error = null;
        tooLarge = false;
        commandSize = 0;
    }

    /** STARTTLS: plaintext read behind the command is dropped (CVE-2011-0411), and any half-read command. */
    @Override
    public void discardBuffered() {
        if (internalBuffer().isReadable()) {
            internalBuffer().skipBytes(internalBuffer().readableBytes());
        }
        words = new ArrayList<>();
        error = null;
        tooLarge = false;
        commandSize = 0;
        literalRemaining = -1;
        skippingLine = -1;
    }
}
