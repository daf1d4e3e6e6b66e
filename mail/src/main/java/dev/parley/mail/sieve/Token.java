package dev.parley.mail.sieve;

/** One lexical token of RFC 5228 §8.1; {@code text} is the decoded string or the identifier. */
record Token(Kind kind, String text, long number, int line, int column) {

    enum Kind {
        IDENTIFIER, TAG, NUMBER, STRING, LBRACKET, RBRACKET, LPAREN, RPAREN, LBRACE, RBRACE,
        COMMA, SEMICOLON, EOF
    }

    boolean is(Kind k) {
        return kind == k;
    }

    String describe() {
        return switch (kind) {
            case IDENTIFIER -> "identifier \"" + text + "\"";
            case TAG -> "tag :" + text;
            case NUMBER -> "number " + number;
            case STRING -> "string";
            case EOF -> "end of script";
            default -> "\"" + text + "\"";
        };
    }
}
