package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.10 DELETESCRIPT name: the active script is refused with {@code NO (ACTIVE)}. */
public final class DeleteScriptCommand implements ManageSieveCommand {
    public String name() {
        return "DELETESCRIPT";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(1, 1);
        try {
            session.backend().delete(session.user(), args.string(0));
        } catch (ScriptException e) {
            throw ScriptFailures.map(e);
        }
        return Outcome.of(Replies.OK);
    }
}
