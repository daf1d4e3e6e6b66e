package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.backend.ScriptInfo;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.codec.Response;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.7 LISTSCRIPTS: one line per script, the active one marked {@code ACTIVE}. */
public final class ListScriptsCommand implements ManageSieveCommand {
    public String name() {
        return "LISTSCRIPTS";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(0, 0);
        StringBuilder sb = new StringBuilder();
        try {
            for (ScriptInfo script : session.backend().list(session.user())) {
                sb.append(Response.string(script.name())).append(script.active() ? " ACTIVE" : "").append("\r\n");
            }
        } catch (ScriptException e) {
            throw ScriptFailures.map(e);
        }
        return Outcome.of(sb.toString(), Replies.OK);
    }
}
