package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.8 SETACTIVE name; {@code SETACTIVE ""} leaves no script active. */
public final class SetActiveCommand implements ManageSieveCommand {
    public String name() {
        return "SETACTIVE";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(1, 1);
        String name = args.string(0);
        try {
            session.backend().setActive(session.user(),
                    name.isEmpty() ? null : ScriptNames.check(name, session.config().maxNameLength()));
        } catch (ScriptException e) {
            throw ScriptFailures.map(e);
        }
        return Outcome.of(Replies.OK);
    }
}
