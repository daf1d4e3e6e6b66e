package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.14 UNAUTHENTICATE: back to the non-authenticated state; TLS stays. */
public final class UnauthenticateCommand implements ManageSieveCommand {
    public String name() {
        return "UNAUTHENTICATE";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(0, 0);
        session.logout();
        return Outcome.of(Replies.UNAUTHENTICATED);
    }
}
