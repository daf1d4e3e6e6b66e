package dev.parley.mail.imap.parse;

/** The command does not follow the RFC 9051 §9 grammar; answered with a tagged BAD. */
public class SyntaxException extends Exception {

    public SyntaxException(String message) {
        super(message, null, false, false);
    }
}
