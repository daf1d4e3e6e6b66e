package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/**
 * RFC 5804 §2.2 STARTTLS: only before login and once. The handler puts TLS in before the OK leaves,
 * drops plaintext pipelined behind the command (CVE-2011-0411) and re-sends the capabilities once
 * the handshake is done.
 */
public final class StartTlsCommand implements ManageSieveCommand {
    public String name() {
        return "STARTTLS";
    }

    public State state() {
        return State.ANY;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(0, 0);
        if (session.tlsActive()) {
            throw CommandException.refused(Replies.TLS_ACTIVE);
        }
        if (session.authenticated()) {
            throw CommandException.refused(Replies.TLS_AFTER_AUTH);
        }
        if (!session.startTlsOffered()) {
            throw CommandException.refused(Replies.TLS_UNAVAILABLE);
        }
        return Outcome.startTls(Replies.BEGIN_TLS);
    }
}
