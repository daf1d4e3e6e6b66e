package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.codec.Pop3Response;
import dev.parley.mail.pop3.session.MaildropView;
import dev.parley.mail.pop3.session.Pop3Session;

import java.util.ArrayList;
import java.util.List;

/** RFC 1939 §7 UIDL [msg]: unique ids, stable across sessions, given by the back end. */
public final class UidlCommand extends TransactionCommand {

    @Override
    public String verb() {
        return "UIDL";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        MaildropView view = session.view();
        String[] args = request.arguments();
        if (args.length > 1) {
            throw CommandException.syntax("UIDL takes at most one message number");
        }
        if (args.length == 1) {
            int number = MessageNumbers.existing(view, args[0]);
            return Outcome.reply(Pop3Replies.uniqueId(number, view.entry(number).uid()));
        }
        List<String> lines = new ArrayList<>(view.count());
        for (int n = 1; n <= view.size(); n++) {
            if (!view.isDeleted(n)) {
                lines.add(n + " " + view.entry(n).uid());
            }
        }
        return Outcome.reply(new Pop3Response.MultiLine(Pop3Replies.UIDL_FOLLOWS, lines));
    }
}
