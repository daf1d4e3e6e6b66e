package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.12 CHECKSCRIPT content: PUTSCRIPT's validation without storing. */
public final class CheckScriptCommand implements ManageSieveCommand {
    public String name() {
        return "CHECKSCRIPT";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(1, 1);
        PutScriptCommand.compile(session, args.string(0));
        return Outcome.of(Replies.OK);
    }
}
