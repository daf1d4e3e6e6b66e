package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.codec.Response;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.9 GETSCRIPT name: the content as a literal, then OK. */
public final class GetScriptCommand implements ManageSieveCommand {
    public String name() {
        return "GETSCRIPT";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(1, 1);
        String name = args.string(0);
        try {
            String content = session.backend().get(session.user(), name)
                    .orElseThrow(() -> CommandException.refused(Replies.NONEXISTENT));
            return Outcome.of(Response.literal(content) + "\r\n", Replies.OK);
        } catch (ScriptException e) {
            throw ScriptFailures.map(e);
        }
    }
}
