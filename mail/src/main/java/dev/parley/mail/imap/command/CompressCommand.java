package dev.parley.mail.imap.command;

import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 4978 COMPRESS DEFLATE. */
public final class CompressCommand implements ImapCommand<CompressCommand.Request> {

    public record Request(String mechanism) {
    }

    @Override
    public String name() {
        return "COMPRESS";
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        String mechanism = args.keyword();
        args.end();
        if (!mechanism.equals("DEFLATE")) {
            throw new SyntaxException("unknown compression mechanism " + mechanism);
        }
        return new Request(mechanism);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) {
        if (ctx.session().compressed()) {
            return Completion.no(ResponseCode.COMPRESSIONACTIVE, "DEFLATE is already active");
        }
        return ctx.startCompression();
    }

    @Override
    public Delivery delivery(Request request) {
        return Delivery.NONE;
    }
}
