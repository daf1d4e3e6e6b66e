package dev.parley.mail.imap.command;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.MailboxPath;
import dev.parley.mail.imap.backend.Quota;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ResponseBuilder;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;

import java.util.Optional;
import java.util.Set;

/**
 * RFC 9208 GETQUOTAROOT, GETQUOTA and SETQUOTA. Each user has one quota root, {@code ""}; limits
 * are set by administrators, so SETQUOTA is refused.
 */
public final class QuotaCommand implements ImapCommand<QuotaCommand.Request> {

    public enum Kind { GETQUOTAROOT, GETQUOTA, SETQUOTA }

    private final Kind kind;

    /** @param mailbox for GETQUOTAROOT; @param root for GETQUOTA/SETQUOTA */
    public record Request(MailboxPath mailbox, String root) {
    }

    public QuotaCommand(Kind kind) {
        this.kind = kind;
    }

    @Override
    public String name() {
        return kind.name();
    }

    @Override
    public Set<SessionState> states() {
        return AUTHENTICATED;
    }

    @Override
    public Request parse(ImapReader args, ImapSession session) throws SyntaxException {
        args.sp();
        Request request = kind == Kind.GETQUOTAROOT ? new Request(session.mailbox(args.astring()), null)
                : new Request(null, args.astring());
        if (kind == Kind.SETQUOTA) {
            args.sp();
            args.expect('(');
            while (!args.consumeIf(')')) {
                args.consumeIf(' ');
                args.atom();
                args.sp();
                args.number64();
            }
        }
        args.end();
        return request;
    }

    @Override
    public Completion execute(Request request, CommandContext ctx) throws BackendException {
        ImapSession session = ctx.session();
        switch (kind) {
            case SETQUOTA:
                return Completion.no(ResponseCode.NOPERM, "Quotas are set by the administrator");
            case GETQUOTA:
                Optional<Quota> quota = session.user().quota();
                if (!request.root().isEmpty() || quota.isEmpty()) {
                    return Completion.no(ResponseCode.NONEXISTENT, "No such quota root");
                }
                ctx.out().send(quota(ctx, quota.get()));
                return Completion.ok("GETQUOTA completed");
            default:
                session.user().status(request.mailbox()); // NONEXISTENT for a missing mailbox
                Optional<Quota> q = session.user().quota();
                ResponseBuilder roots = ctx.out().start().untagged().atom("QUOTAROOT").astring(session.wireName(request.mailbox()));
                if (q.isPresent()) {
                    roots.string("");
                }
                ctx.out().send(roots);
                q.ifPresent(value -> ctx.out().send(quota(ctx, value)));
                return Completion.ok("GETQUOTAROOT completed");
        }
    }

    /** {@code * QUOTA "" (STORAGE used limit MESSAGE used limit)}; STORAGE in units of 1024 octets. */
    private static ResponseBuilder quota(CommandContext ctx, Quota q) {
        ResponseBuilder out = ctx.out().start().untagged().atom("QUOTA").string("").open();
        if (q.storageLimit() >= 0) {
            out.atom("STORAGE").number((q.storageUsed() + 1023) / 1024).number(q.storageLimit() / 1024);
        }
        if (q.messageLimit() >= 0) {
            out.atom("MESSAGE").number(q.messagesUsed()).number(q.messageLimit());
        }
        return out.close();
    }
}
