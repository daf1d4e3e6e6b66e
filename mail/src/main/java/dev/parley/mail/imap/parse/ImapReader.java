package dev.parley.mail.imap.parse;

import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Tokenizer over one {@link CommandFrame} following RFC 9051 §9 (formal syntax). Strings are
 * UTF-8 (RFC 9051 §4.3 utf8-quoted, RFC 6855); invalid UTF-8 is a syntax error.
 */
public final class ImapReader {

    private final byte[] in;
    private int pos;

    public ImapReader(byte[] bytes) {
        this.in = bytes;
    }

    public ImapReader(CommandFrame frame) {
        this(frame.bytes());
    }

    public int position() {
        return pos;
    }

    /** Goes back to a position obtained from {@link #position()} (one-token look-ahead). */
    public void rewind(int position) {
        if (position < 0 || position > pos) {
            throw new IllegalArgumentException("can only rewind");
        }
        pos = position;
    }

    public boolean atEnd() {
        return pos >= in.length;
    }

    /** The next byte without consuming it, or -1 at the end. */
    public int peek() {
        return pos < in.length ? in[pos] & 0xff : -1;
    }

    public boolean peekIs(char c) {
        return peek() == c;
    }

    /** Consumes {@code c} if it is next. */
    public boolean consumeIf(char c) {
        if (peek() == c) {
            pos++;
            return true;
        }
        return false;
    }

    public void expect(char c) throws SyntaxException {
        if (!consumeIf(c)) {
            throw new SyntaxException("expected '" + c + "'" + where());
        }
    }

    public void sp() throws SyntaxException {
        expect(' ');
    }

    /** RFC 9051 §9: the command must end here. */
    public void end() throws SyntaxException {
        if (!atEnd()) {
            throw new SyntaxException("unexpected characters at end of command" + where());
        }
    }

    /** RFC 9051 §9 tag: 1*&lt;any ASTRING-CHAR except "+"&gt;. */
    public String tag() throws SyntaxException {
        int start = pos;
        while (pos < in.length && isAstringChar(in[pos]) && in[pos] != '+') {
            pos++;
        }
        if (pos == start) {
            throw new SyntaxException("missing tag");
        }
        return ascii(start, pos);
    }

    public static boolean isValidTag(String tag) {
        if (tag == null || tag.isEmpty() || tag.length() > 64) {
            return false;
        }
        for (int i = 0; i < tag.length(); i++) {
            char c = tag.charAt(i);
            if (c > 0x7e || !isAstringChar((byte) c) || c == '+') {
                return false;
            }
        }
        return true;
    }

    /** RFC 9051 §9 atom: 1*ATOM-CHAR. */
    public String atom() throws SyntaxException {
        int start = pos;
        while (pos < in.length && isAtomChar(in[pos])) {
            pos++;
        }
        if (pos == start) {
            throw new SyntaxException("expected an atom" + where());
        }
        return ascii(start, pos);
    }

    /** An atom compared case-insensitively: returned in upper case. */
    public String keyword() throws SyntaxException {
        return atom().toUpperCase(Locale.ROOT);
    }

    /** Characters up to the next SP, ')' or the end, e.g. a sequence set or a fetch item. */
    public String token(String stopChars) throws SyntaxException {
        int start = pos;
        while (pos < in.length && in[pos] != ' ' && stopChars.indexOf(in[pos]) < 0) {
            pos++;
        }
        if (pos == start) {
            throw new SyntaxException("expected a token" + where());
        }
        return ascii(start, pos);
    }

    /** RFC 9051 §9 list-mailbox: 1*list-char (atom chars, wildcards, "]", UTF-8) / string. */
    public String listMailbox() throws SyntaxException {
        int c = peek();
        if (c == '"' || c == '{' || c == '~') {
            return string();
        }
        int start = pos;
        while (pos < in.length && (isAstringChar(in[pos]) || in[pos] == '%' || in[pos] == '*' || (in[pos] & 0x80) != 0)) {
            pos++;
        }
        if (pos == start) {
            throw new SyntaxException("expected a mailbox pattern" + where());
        }
        return utf8(start, pos);
    }

    /** RFC 9051 §9 astring: 1*ASTRING-CHAR / string. */
    public String astring() throws SyntaxException {
        int c = peek();
        if (c == '"' || c == '{' || c == '~') {
            return string();
        }
        int start = pos;
        while (pos < in.length && (isAstringChar(in[pos]) || (in[pos] & 0x80) != 0)) {
            pos++; // 8-bit octets: RFC 9051 allows UTF-8 in atoms of mailbox names (RFC 6855 §3)
        }
        if (pos == start) {
            throw new SyntaxException("expected an atom or string" + where());
        }
        return utf8(start, pos);
    }

    /** RFC 9051 §9 nstring: string / "NIL"; null for NIL. */
    public String nstring() throws SyntaxException {
        if (peek() == 'N' || peek() == 'n') {
            String atom = atom();
            if (!atom.equalsIgnoreCase("NIL")) {
                throw new SyntaxException("expected NIL or a string" + where());
            }
            return null;
        }
        return string();
    }

    /** RFC 9051 §9 string: quoted / literal, decoded as UTF-8. */
    public String string() throws SyntaxException {
        if (peek() == '"') {
            return quoted();
        }
        byte[] literal = literal();
        return utf8(literal, 0, literal.length);
    }

    /** A literal's raw octets ({@code {n}}, {@code {n+}} or RFC 3516 {@code ~{n}}). */
    public byte[] literal() throws SyntaxException {
        consumeIf('~');
        expect('{');
        long size = 0;
        int digits = 0;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            size = size * 10 + (in[pos++] - '0');
            if (++digits > 12) {
                throw new SyntaxException("literal size too long");
            }
        }
        if (digits == 0) {
            throw new SyntaxException("expected literal size" + where());
        }
        consumeIf('+');
        expect('}');
        consumeIf('\r');
        expect('\n');
        if (size > in.length - pos) {
            throw new SyntaxException("literal shorter than announced");
        }
        byte[] out = new byte[(int) size];
        System.arraycopy(in, pos, out, 0, out.length);
        pos += out.length;
        return out;
    }

    public boolean peekLiteral() {
        return peek() == '{' || (peek() == '~' && pos + 1 < in.length && in[pos + 1] == '{');
    }

    private String quoted() throws SyntaxException {
        expect('"');
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        while (true) {
            if (pos >= in.length) {
                throw new SyntaxException("unterminated quoted string");
            }
            byte b = in[pos++];
            if (b == '"') {
                break;
            }
            if (b == '\\') {
                if (pos >= in.length || (in[pos] != '"' && in[pos] != '\\')) {
                    throw new SyntaxException("bad escape in quoted string");
                }
                b = in[pos++];
            } else if (b == '\r' || b == '\n' || b == 0) {
                throw new SyntaxException("CR, LF or NUL in quoted string");
            }
            out.write(b);
        }
        byte[] bytes = out.toByteArray();
        return utf8(bytes, 0, bytes.length);
    }

    /** RFC 9051 §9 number: up to 2^32-1. */
    public long number() throws SyntaxException {
        return digits(Uid32.MAX_NUMBER);
    }

    /** RFC 9051 §9 number64 (mod-sequences). */
    public long number64() throws SyntaxException {
        return digits(Long.MAX_VALUE);
    }

    public long nzNumber() throws SyntaxException {
        long n = number();
        if (n == 0) {
            throw new SyntaxException("zero not allowed here" + where());
        }
        return n;
    }

    private long digits(long max) throws SyntaxException {
        int start = pos;
        long value = 0;
        while (pos < in.length && in[pos] >= '0' && in[pos] <= '9') {
            int d = in[pos++] - '0';
            if (value > (max - d) / 10) {
                throw new SyntaxException("number too large" + where());
            }
            value = value * 10 + d;
        }
        if (pos == start) {
            throw new SyntaxException("expected a number" + where());
        }
        return value;
    }

    /** RFC 9051 §9 sequence-set, including {@code *} and {@code $} (RFC 5182). */
    public SequenceSet sequenceSet() throws SyntaxException {
        return SequenceSet.parse(token("()"));
    }

    /** RFC 9051 §9 flag / flag-keyword: {@code \Seen} or an atom. */
    public String flag() throws SyntaxException {
        if (consumeIf('\\')) {
            if (consumeIf('*')) {
                return "\\*";
            }
            return "\\" + atom();
        }
        return atom();
    }

    private String where() {
        return " at position " + pos;
    }

    private String ascii(int start, int end) {
        return new String(in, start, end - start, StandardCharsets.US_ASCII);
    }

    private String utf8(int start, int end) throws SyntaxException {
        return utf8(in, start, end - start);
    }

    private static String utf8(byte[] bytes, int offset, int length) throws SyntaxException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes, offset, length)).toString();
        } catch (CharacterCodingException e) {
            throw new SyntaxException("invalid UTF-8");
        }
    }

    /** RFC 9051 §9 ATOM-CHAR: any CHAR except atom-specials. */
    public static boolean isAtomChar(byte b) {
        return b > 0x20 && b < 0x7f && "(){ %*\"\\]".indexOf(b) < 0;
    }

    /** RFC 9051 §9 ASTRING-CHAR: ATOM-CHAR / resp-specials ("]"). */
    public static boolean isAstringChar(byte b) {
        return isAtomChar(b) || b == ']';
    }

    /** Limits of RFC 9051 §9 numbers. */
    private static final class Uid32 {
        static final long MAX_NUMBER = 0xFFFF_FFFFL;
    }
}
