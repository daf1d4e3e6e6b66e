package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.3 LOGOUT: OK, then the server closes. */
public final class LogoutCommand implements ManageSieveCommand {
    public String name() {
        return "LOGOUT";
    }

    public State state() {
        return State.ANY;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(0, 0);
        return Outcome.close(Replies.LOGOUT);
    }
}
