package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.mail.pop3.codec.MessageStream;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;

/**
 * RFC 1939 §7 TOP msg n: the header, the blank line, then the first n lines of the body
 * (all of it when it has fewer), byte-stuffed.
 */
public final class TopCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "TOP";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException, Pop3BackendException {
        String[] args = request.arguments();
        if (args.length != 2) {
            throw CommandException.syntax("TOP takes a message number and a line count");
        }
        int lines = MessageNumbers.parse(args[1], "line count");
        int number = MessageNumbers.existing(session.view(), args[0]);
        return Outcome.stream(Pop3Replies.TOP_FOLLOWS, MessageStream.top(RetrCommand.open(session, number), lines));
    }
}
