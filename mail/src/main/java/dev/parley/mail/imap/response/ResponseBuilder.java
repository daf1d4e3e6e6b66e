package dev.parley.mail.imap.response;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufAllocator;

import java.nio.charset.StandardCharsets;

/**
 * Writes one server response into a buffer following RFC 9051 §4.3 string rules: atoms as they
 * are, strings quoted when they may be, literals otherwise. Space handling is automatic: a space
 * goes before every item except the first and after an opening parenthesis.
 *
 * <p>{@code utf8} says whether the client accepts UTF-8 in quoted strings (IMAP4rev2 or
 * {@code UTF8=ACCEPT}, RFC 9051 §4.3, RFC 6855 §3); otherwise 8-bit strings go out as literals.
 */
public final class ResponseBuilder {

    /** Quoted strings longer than this go out as literals (readability for clients, and cheap). */
    private static final int MAX_QUOTED = 1024;

    private final ByteBuf buf;
    private final boolean utf8;
    private boolean needSpace;

    public ResponseBuilder(ByteBufAllocator alloc, boolean utf8) {
        this.buf = alloc.buffer(128);
        this.utf8 = utf8;
    }

    /** Starts {@code * }. */
    public ResponseBuilder untagged() {
        buf.writeByte('*');
        needSpace = true;
        return this;
    }

    /** Starts {@code <tag> }. */
    public ResponseBuilder tagged(String tag) {
        ascii(tag);
        needSpace = true;
        return this;
    }

    /** Raw ASCII text, preceded by a space if needed (atoms, numbers, keywords, prepared lists). */
    public ResponseBuilder atom(String atom) {
        space();
        ascii(atom);
        needSpace = true;
        return this;
    }

    public ResponseBuilder number(long n) {
        return atom(Long.toString(n));
    }

    /** Free text at the end of a status response: sent as is, CR/LF stripped. */
    public ResponseBuilder text(String text) {
        space();
        String safe = text.replace('\r', ' ').replace('\n', ' ');
        buf.writeCharSequence(safe, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.US_ASCII);
        needSpace = true;
        return this;
    }

    public ResponseBuilder open() {
        space();
        buf.writeByte('(');
        needSpace = false;
        return this;
    }

    public ResponseBuilder close() {
        buf.writeByte(')');
        needSpace = true;
        return this;
    }

    /** The next item follows without a space (RFC 9051 §9 body-type-mpart: {@code 1*body}). */
    public ResponseBuilder adjoin() {
        needSpace = false;
        return this;
    }

    /** RFC 9051 §4.5 NIL. */
    public ResponseBuilder nil() {
        return atom("NIL");
    }

    /** nstring: NIL for null. */
    public ResponseBuilder nstring(String s) {
        return s == null ? nil() : string(s);
    }

    /** RFC 9051 §4.3 string: quoted when possible, else a literal. */
    public ResponseBuilder string(String s) {
        if (canQuote(s)) {
            space();
            buf.writeByte('"');
            for (int i = 0; i < s.length(); i++) {
                char c = s.charAt(i);
                if (c == '"' || c == '\\') {
                    buf.writeByte('\\');
                }
                if (c < 0x80) {
                    buf.writeByte(c);
                } else {
                    int cp = s.codePointAt(i);
                    buf.writeCharSequence(new String(Character.toChars(cp)), StandardCharsets.UTF_8);
                    i += Character.charCount(cp) - 1;
                }
            }
            buf.writeByte('"');
            needSpace = true;
            return this;
        }
        return literal(s.getBytes(StandardCharsets.UTF_8));
    }

    /** An astring: atom when all characters allow it (mailbox names in LIST), else a string. */
    public ResponseBuilder astring(String s) {
        if (!s.isEmpty() && s.length() <= MAX_QUOTED && s.chars().allMatch(c -> c < 0x7f && c > 0x20
                && "(){ %*\"\\".indexOf(c) < 0) && !s.equalsIgnoreCase("NIL")) {
            return atom(s);
        }
        return string(s);
    }

    /** A synchronizing-style literal {@code {n}CRLF} followed by the octets (RFC 9051 §4.3). */
    public ResponseBuilder literal(byte[] octets) {
        return literal(octets, 0, octets.length, false);
    }

    /** As {@link #literal(byte[])}; {@code literal8} writes RFC 3516 {@code ~{n}} for BINARY. */
    public ResponseBuilder literal(byte[] octets, int offset, int length, boolean literal8) {
        space();
        if (literal8) {
            buf.writeByte('~');
        }
        ascii("{" + length + "}\r\n");
        buf.writeBytes(octets, offset, length);
        needSpace = true;
        return this;
    }

    /** Ends the line and hands over the buffer. */
    public ByteBuf crlf() {
        buf.writeByte('\r').writeByte('\n');
        return buf;
    }

    /** Discards the buffer (a response that was started but is not sent). */
    public void discard() {
        buf.release();
    }

    public int size() {
        return buf.readableBytes();
    }

    private boolean canQuote(String s) {
        if (s.length() > MAX_QUOTED) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\r' || c == '\n' || c == 0 || (c >= 0x80 && !utf8)) {
                return false;
            }
        }
        return true;
    }

    private void space() {
        if (needSpace) {
            buf.writeByte(' ');
        }
    }

    private void ascii(String s) {
        buf.writeCharSequence(s, StandardCharsets.US_ASCII);
    }
}
