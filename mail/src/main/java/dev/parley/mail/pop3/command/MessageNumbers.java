package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.session.MaildropView;

/** Argument parsing shared by the commands that take message numbers (RFC 1939 §5). */
final class MessageNumbers {

    private MessageNumbers() {
    }

    /** A non-negative decimal of at most 9 digits, or a syntax error naming {@code what}. */
    static int parse(String text, String what) throws CommandException {
        if (text.isEmpty() || text.length() > 9) {
            throw CommandException.syntax(what + " expected");
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < '0' || text.charAt(i) > '9') {
                throw CommandException.syntax(what + " expected");
            }
        }
        return Integer.parseInt(text);
    }

    /**
     * RFC 1939 §5: a message number that exists and is not marked deleted; {@code -ERR} otherwise
     * (not counted as a bad command: the client may simply be out of date).
     */
    static int existing(MaildropView view, String text) throws CommandException {
        int number = parse(text, "message number");
        if (!view.exists(number)) {
            throw CommandException.refused(Pop3Replies.NO_SUCH_MESSAGE);
        }
        if (view.isDeleted(number)) {
            throw CommandException.refused(Pop3Replies.alreadyDeleted(number));
        }
        return number;
    }
}
