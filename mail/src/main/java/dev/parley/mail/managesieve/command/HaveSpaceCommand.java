package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.5 HAVESPACE name size: would a PUTSCRIPT of that size fit? */
public final class HaveSpaceCommand implements ManageSieveCommand {
    public String name() {
        return "HAVESPACE";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(2, 2);
        String name = ScriptNames.check(args.string(0), session.config().maxNameLength());
        long size = args.number(1);
        if (size > session.config().maxLiteral()) {
            throw CommandException.refused(Replies.MAXSIZE.withText("Script too large: " + size
                    + " octets (limit " + session.config().maxLiteral() + ")"));
        }
        try {
            session.backend().checkSpace(session.user(), name, size);
        } catch (ScriptException e) {
            throw ScriptFailures.map(e);
        }
        return Outcome.of(Replies.OK);
    }
}
