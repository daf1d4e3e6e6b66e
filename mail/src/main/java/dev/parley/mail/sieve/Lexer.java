package dev.parley.mail.sieve;

import java.util.ArrayList;
import java.util.List;

/**
 * RFC 5228 §2 lexical structure: hash and bracket comments (§2.3), quoted strings with the two
 * escapes of §2.4.2, multi-line {@code text:} strings with dot-stuffing (§2.4.2), numbers with
 * K/M/G quantifiers (§2.4.1), identifiers, tags and punctuation. Line ends may be CRLF or LF.
 */
final class Lexer {

    private final String src;
    private final int maxStringLength;
    private int pos;
    private int line = 1;
    private int lineStart;

    Lexer(String src, int maxStringLength) {
        this.src = src;
        this.maxStringLength = maxStringLength;
    }

    List<Token> tokens() throws SieveException {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            Token t = next();
            out.add(t);
            if (t.is(Token.Kind.EOF)) {
                return out;
            }
        }
    }

    private int column() {
        return pos - lineStart + 1;
    }

    private void newline() {
        line++;
        lineStart = pos;
    }

    private void skipWhitespaceAndComments() throws SieveException {
        while (pos < src.length()) {
            char c = src.charAt(pos);
            if (c == '\n') {
                pos++;
                newline();
            } else if (c == ' ' || c == '\t' || c == '\r') {
                pos++;
            } else if (c == '#') {
                while (pos < src.length() && src.charAt(pos) != '\n') {
                    pos++;
                }
            } else if (c == '/' && pos + 1 < src.length() && src.charAt(pos + 1) == '*') {
                int l = line;
                int col = column();
                int end = src.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw new SieveException(l, col, "unterminated bracket comment");
                }
                while (pos < end + 2) {
                    if (src.charAt(pos++) == '\n') {
                        newline();
                    }
                }
            } else {
                return;
            }
        }
    }

    private Token next() throws SieveException {
        int l = line;
        int col = column();
        if (pos >= src.length()) {
            return new Token(Token.Kind.EOF, "", 0, l, col);
        }
        char c = src.charAt(pos);
        Token.Kind punct = switch (c) {
            case '[' -> Token.Kind.LBRACKET;
            case ']' -> Token.Kind.RBRACKET;
            case '(' -> Token.Kind.LPAREN;
            case ')' -> Token.Kind.RPAREN;
            case '{' -> Token.Kind.LBRACE;
            case '}' -> Token.Kind.RBRACE;
            case ',' -> Token.Kind.COMMA;
            case ';' -> Token.Kind.SEMICOLON;
            default -> null;
        };
        if (punct != null) {
            pos++;
            return new Token(punct, String.valueOf(c), 0, l, col);
        }
        if (c == '"') {
            return quoted(l, col);
        }
        if (c >= '0' && c <= '9') {
            return number(l, col);
        }
        if (c == ':') {
            pos++;
            if (pos >= src.length() || !identStart(src.charAt(pos))) {
                throw new SieveException(l, col, "a tag needs a name after ':'");
            }
            return new Token(Token.Kind.TAG, identifier().toLowerCase(java.util.Locale.ROOT), 0, l, col);
        }
        if (identStart(c)) {
            String id = identifier();
            if (id.equalsIgnoreCase("text") && pos < src.length() && src.charAt(pos) == ':') {
                pos++;
                return multiline(l, col);
            }
            return new Token(Token.Kind.IDENTIFIER, id.toLowerCase(java.util.Locale.ROOT), 0, l, col);
        }
        throw new SieveException(l, col, "unexpected character '" + c + "'");
    }

    private static boolean identStart(char c) {
        return c == '_' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private String identifier() {
        int start = pos;
        while (pos < src.length() && (identStart(src.charAt(pos)) || Character.isDigit(src.charAt(pos)))) {
            pos++;
        }
        return src.substring(start, pos);
    }

    private Token number(int l, int col) throws SieveException {
        int start = pos;
        while (pos < src.length() && Character.isDigit(src.charAt(pos))) {
            pos++;
        }
        long value;
        try {
            value = Long.parseLong(src.substring(start, pos));
        } catch (NumberFormatException e) {
            throw new SieveException(l, col, "number too large");
        }
        // RFC 5228 §2.4.1: K, M and G are powers of 2 (1024, 1048576, 1073741824)
        if (pos < src.length()) {
            int shift = switch (Character.toUpperCase(src.charAt(pos))) {
                case 'K' -> 10;
                case 'M' -> 20;
                case 'G' -> 30;
                default -> 0;
            };
            if (shift > 0) {
                pos++;
                if (value > (Long.MAX_VALUE >> shift)) {
                    throw new SieveException(l, col, "number too large");
                }
                value <<= shift;
            }
        }
        if (pos < src.length() && identStart(src.charAt(pos))) {
            throw new SieveException(l, col, "invalid number suffix '" + src.charAt(pos) + "'");
        }
        return new Token(Token.Kind.NUMBER, "", value, l, col);
    }

    private Token quoted(int l, int col) throws SieveException {
        pos++;
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw new SieveException(l, col, "unterminated quoted string");
            }
            char c = src.charAt(pos++);
            if (c == '"') {
                break;
            }
            if (c == '\\' && pos < src.length()) {
                // RFC 5228 §2.4.2: "\\" and "\"" are escapes; any other backslash is dropped
                c = src.charAt(pos++);
            }
            if (c == '\n') {
                newline();
            }
            append(b, c, l, col);
        }
        return new Token(Token.Kind.STRING, b.toString(), 0, l, col);
    }

    private Token multiline(int l, int col) throws SieveException {
        // RFC 5228 §8.1: "text:" *(SP / HTAB) (hash-comment / CRLF)
        while (pos < src.length() && (src.charAt(pos) == ' ' || src.charAt(pos) == '\t')) {
            pos++;
        }
        if (pos < src.length() && src.charAt(pos) == '#') {
            while (pos < src.length() && src.charAt(pos) != '\n') {
                pos++;
            }
        } else if (pos < src.length() && src.charAt(pos) == '\r') {
            pos++;
        }
        if (pos >= src.length() || src.charAt(pos) != '\n') {
            throw new SieveException(l, col, "text: must be followed by a line break");
        }
        pos++;
        newline();
        StringBuilder b = new StringBuilder();
        while (true) {
            if (pos >= src.length()) {
                throw new SieveException(l, col, "unterminated multi-line string (missing \".\" line)");
            }
            int eol = src.indexOf('\n', pos);
            int end = eol < 0 ? src.length() : eol;
            String text = src.substring(pos, end);
            if (text.endsWith("\r")) {
                text = text.substring(0, text.length() - 1);
            }
            pos = eol < 0 ? src.length() : eol + 1;
            if (eol >= 0) {
                newline();
            }
            if (text.equals(".")) {
                break;
            }
            // RFC 5228 §2.4.2: a line starting with "." has it doubled; remove one
            if (text.startsWith("..")) {
                text = text.substring(1);
            }
            for (int i = 0; i < text.length(); i++) {
                append(b, text.charAt(i), l, col);
            }
            append(b, '\r', l, col);
            append(b, '\n', l, col);
        }
        return new Token(Token.Kind.STRING, b.toString(), 0, l, col);
    }

    private void append(StringBuilder b, char c, int l, int col) throws SieveException {
        if (b.length() >= maxStringLength) {
            throw new SieveException(l, col, "string too long (limit " + maxStringLength + " characters)");
        }
        b.append(c);
    }
}
