package dev.parley.mail.smtp.command;

import dev.parley.mail.net.sasl.SaslServer;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;

import java.util.ArrayList;
import java.util.List;

/**
 * EHLO (RFC 5321 §4.1.1.1), HELO, and LMTP's LHLO (RFC 2033 §4.1) in one class, since they differ
 * only in which mode allows them and whether extensions are listed.
 */
final class GreetingCommand implements SmtpCommand {

    enum Kind { EHLO, HELO, LHLO }

    /** RFC 4954 §3 mechanisms; all need TLS unless configured otherwise. */
    static final String MECHANISMS = "PLAIN LOGIN OAUTHBEARER XOAUTH2";

    private final Kind kind;

    GreetingCommand(Kind kind) {
        this.kind = kind;
    }

    @Override
    public Outcome execute(SmtpSession session, String arguments) {
        boolean lmtp = session.mode().isLmtp();
        // RFC 2033 §4.1: LMTP has no HELO/EHLO; SMTP has no LHLO.
        if (lmtp != (kind == Kind.LHLO)) {
            return Outcome.reply(SmtpReplies.UNKNOWN_COMMAND);
        }
        String name = arguments.trim();
        if (name.isEmpty() || name.contains(" ")) {
            return Outcome.reply(SmtpReplies.SYNTAX.detail(kind + " needs a domain or address literal"));
        }
        session.greet(name, kind != Kind.HELO);
        String first = session.config().hostname() + " greets " + name;
        if (kind == Kind.HELO) {
            return Outcome.reply(new SmtpReply(250, null, first));
        }
        List<String> lines = new ArrayList<>();
        lines.add(first);
        lines.add("PIPELINING");
        lines.add("SIZE " + session.config().maxMessageSize());
        lines.add("8BITMIME");
        lines.add("SMTPUTF8");
        lines.add("ENHANCEDSTATUSCODES");
        if (session.canStartTls()) {
            lines.add("STARTTLS");
        }
        if (session.authOffered() && session.user() == null) {
            lines.add("AUTH " + MECHANISMS);
        }
        lines.add("DSN");
        lines.add("CHUNKING");
        lines.add("BINARYMIME");
        return Outcome.reply(new SmtpReply(250, null, lines));
    }

    static boolean supported(String mechanism) {
        return SaslServer.create(mechanism) != null;
    }
}
