package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.mail.pop3.codec.MessageStream;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;

import java.io.IOException;
import java.io.InputStream;

/** RFC 1939 §5 RETR msg: {@code +OK size octets}, the byte-stuffed message, {@code .CRLF}. */
public final class RetrCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "RETR";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException, Pop3BackendException {
        String[] args = request.arguments();
        if (args.length != 1) {
            throw CommandException.syntax("RETR takes one message number");
        }
        int number = MessageNumbers.existing(session.view(), args[0]);
        InputStream body = open(session, number);
        return Outcome.stream(Pop3Replies.retrieving(session.view().entry(number).size()), MessageStream.whole(body));
    }

    /** Opens the message before anything is written, so a store failure can still be a clean {@code -ERR}. */
    static InputStream open(Pop3Session session, int number) throws Pop3BackendException {
        try {
            return session.maildrop().open(number - 1);
        } catch (IOException e) {
            throw new Pop3BackendException("cannot open message " + number + " of " + session.user(), e);
        }
    }
}
