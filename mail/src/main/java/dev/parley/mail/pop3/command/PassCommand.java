package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.backend.AuthResult;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;

/**
 * RFC 1939 §7 PASS string. The whole rest of the line is the password: RFC 1939 lets it contain
 * spaces. Valid only right after a successful USER.
 */
public final class PassCommand extends AuthorizationCommand {

    @Override
    public String verb() {
        return "PASS";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        if (!session.plaintextAuthAllowed()) {
            throw CommandException.refused(Pop3Replies.PLAINTEXT_DISALLOWED);
        }
        String user = session.pendingUser();
        if (user == null) {
            throw CommandException.refused(Pop3Replies.USER_FIRST);
        }
        session.pendingUser(null);
        // Not request.argument(): trailing spaces may be part of the password.
        int space = request.line().indexOf(' ');
        String password = space < 0 ? "" : request.line().substring(space + 1);
        if (password.isEmpty()) {
            throw CommandException.syntax("PASS takes a password");
        }
        AuthResult result = session.backend().authenticate(user, password, session.remote());
        return Login.finish(session, result, "USER/PASS");
    }
}
