package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;

/** RFC 1939 §5 NOOP. */
public final class NoopCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "NOOP";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        if (request.hasArgument()) {
            throw CommandException.syntax("NOOP takes no argument");
        }
        return Outcome.reply(Pop3Replies.NOOP);
    }
}
