package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;

/**
 * RFC 1939 §7 USER name. Always {@code +OK}, so the reply does not tell whether the account exists;
 * refused before TLS unless plaintext logins are allowed (RFC 2595 §2.1).
 */
public final class UserCommand extends AuthorizationCommand {

    /** RFC 5321-sized local part plus domain is far below this. */
    private static final int MAX_NAME = 255;

    @Override
    public String verb() {
        return "USER";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        if (!session.plaintextAuthAllowed()) {
            throw CommandException.refused(Pop3Replies.PLAINTEXT_DISALLOWED);
        }
        // RFC 1939 §7: a single argument, the mailbox name (spaces are not allowed in it).
        String name = request.argument();
        if (name.isEmpty() || name.indexOf(' ') >= 0 || name.length() > MAX_NAME) {
            throw CommandException.syntax("USER takes one name");
        }
        session.pendingUser(name);
        return Outcome.reply(Pop3Replies.USER_ACCEPTED);
    }
}
