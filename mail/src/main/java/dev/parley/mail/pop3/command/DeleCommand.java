package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;

/** RFC 1939 §5 DELE msg: only marks the message; it is removed in the UPDATE state after QUIT. */
public final class DeleCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "DELE";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        String[] args = request.arguments();
        if (args.length != 1) {
            throw CommandException.syntax("DELE takes one message number");
        }
        int number = MessageNumbers.existing(session.view(), args[0]);
        session.view().delete(number);
        return Outcome.reply(Pop3Replies.deleted(number));
    }
}
