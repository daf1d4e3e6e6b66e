package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;

/**
 * RFC 2595 §4 STLS: only in AUTHORIZATION, only once, only when a certificate is configured.
 * The handler inserts TLS before the {@code +OK} leaves and drops any plaintext pipelined behind
 * the command (CVE-2011-0411).
 */
public final class StlsCommand extends AuthorizationCommand {

    @Override
    public String verb() {
        return "STLS";
    }

    @Override
    public Outcome execute(Pop3Session session, Pop3Request request) throws CommandException {
        if (request.hasArgument()) {
            throw CommandException.syntax("STLS takes no argument");
        }
        if (session.tlsActive()) {
            throw CommandException.refused(Pop3Replies.TLS_ACTIVE);
        }
        if (!session.stlsOffered()) {
            throw CommandException.refused(Pop3Replies.TLS_UNAVAILABLE);
        }
        return Outcome.startTls(Pop3Replies.BEGIN_TLS);
    }
}
