package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.MaildropView;
import dev.parley.mail.pop3.session.Pop3Session;

/** RFC 1939 §5 RSET: unmarks every message marked deleted. */
public final class RsetCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "RSET";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        if (request.hasArgument()) {
            throw CommandException.syntax("RSET takes no argument");
        }
        MaildropView view = session.view();
        view.undeleteAll();
        return Outcome.reply(Pop3Replies.reset(view.count(), view.octets()));
    }
}
