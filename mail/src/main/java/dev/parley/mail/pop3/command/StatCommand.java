package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.MaildropView;
import dev.parley.mail.pop3.session.Pop3Session;

/** RFC 1939 §5 STAT: the drop listing, {@code +OK count octets}, deleted messages excluded. */
public final class StatCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "STAT";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        if (request.hasArgument()) {
            throw CommandException.syntax("STAT takes no argument");
        }
        MaildropView view = session.view();
        return Outcome.reply(Pop3Replies.stat(view.count(), view.octets()));
    }
}
