package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.Capabilities;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Set;

/** RFC 9051 §6.2.3 LOGIN. The password is never logged and not kept in the request's toString. */
public final class LoginCommand implements ImapCommand<LoginCommand.Request> {

    public record Request(String username, String password) {
        @Override
        public String toString() {
            return "Request[username=" + username + ", password=***]";
        }
    }

    @Override
    public String name() {
        return "LOGIN";
    }

    @Override
    public Set<SessionState> states() {
        return NOT_AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        String user = args.astring();
        args.sp();
        String password = args.astring();
        args.end();
        return new Request(user, password);
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        if (ctx.session().loginDisabled()) {
            // RFC 9051 §6.2.3: LOGINDISABLED is advertised; RFC 5530 §3 PRIVACYREQUIRED.
            return Completion.no(ResponseCode.PRIVACYREQUIRED, "LOGIN is disabled without TLS, use STARTTLS first");
        }
        MailboxUser user = ctx.backend().authenticate(request.username(), request.password(), ctx.session().remote());
        return loggedIn(ctx, user);
    }

    /** Shared by LOGIN and AUTHENTICATE: RFC 9051 §6.2.2 sends new capabilities with the OK. */
    static Completion loggedIn(CommandContext ctx, MailboxUser user) {
        ctx.loggedIn(user);
        return Completion.ok(ResponseCode.CAPABILITY.with(
                Capabilities.of(ctx.session(), CapabilityCommand.appendLimit(ctx))), "Logged in");
    }
}
