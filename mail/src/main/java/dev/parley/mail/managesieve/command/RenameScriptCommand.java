package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.11.1 RENAMESCRIPT old new: NONEXISTENT, ALREADYEXISTS; the active flag moves along. */
public final class RenameScriptCommand implements ManageSieveCommand {
    public String name() {
        return "RENAMESCRIPT";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(2, 2);
        String from = args.string(0);
        String to = ScriptNames.check(args.string(1), session.config().maxNameLength());
        try {
            session.backend().rename(session.user(), from, to);
        } catch (ScriptException e) {
            throw ScriptFailures.map(e);
        }
        return Outcome.of(Replies.OK);
    }
}
