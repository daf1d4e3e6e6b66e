package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.4 CAPABILITY. */
public final class CapabilityCommand implements ManageSieveCommand {
    public String name() {
        return "CAPABILITY";
    }

    public State state() {
        return State.ANY;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(0, 0);
        return Outcome.of(session.capabilities(), Replies.OK);
    }
}
