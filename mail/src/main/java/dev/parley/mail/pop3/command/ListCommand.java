package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.codec.Pop3Response;
import dev.parley.mail.pop3.session.MaildropView;
import dev.parley.mail.pop3.session.Pop3Session;

import java.util.ArrayList;
import java.util.List;

/** RFC 1939 §5 LIST [msg]: scan listings {@code number octets}, deleted messages left out. */
public final class ListCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "LIST";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        MaildropView view = session.view();
        String[] args = request.arguments();
        if (args.length > 1) {
            throw CommandException.syntax("LIST takes at most one message number");
        }
        if (args.length == 1) {
            int number = MessageNumbers.existing(view, args[0]);
            return Outcome.reply(Pop3Replies.scanListing(number, view.entry(number).size()));
        }
        List<String> lines = new ArrayList<>(view.count());
        for (int n = 1; n <= view.size(); n++) {
            if (!view.isDeleted(n)) {
                lines.add(n + " " + view.entry(n).size());
            }
        }
        return Outcome.reply(new Pop3Response.MultiLine(Pop3Replies.listFollows(view.count(), view.octets()), lines));
    }
}
