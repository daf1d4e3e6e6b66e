package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;
import dev.parley.mail.sieve.SieveException;

/**
 * RFC 5804 §2.6 PUTSCRIPT name content: compiled first — a bad script is refused with the
 * compiler's line and reason (§1.3), and nothing is stored.
 */
public final class PutScriptCommand implements ManageSieveCommand {
    public String name() {
        return "PUTSCRIPT";
    }

    public State state() {
        return State.AUTHENTICATED;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(2, 2);
        String name = ScriptNames.check(args.string(0), session.config().maxNameLength());
        String content = args.string(1);
        compile(session, content);
        try {
            session.backend().put(session.user(), name, content);
        } catch (ScriptException e) {
            throw ScriptFailures.map(e);
        }
        return Outcome.of(Replies.OK);
    }

    static void compile(ManageSieveSession session, String content) throws CommandException {
        try {
            session.sieve().compile(content);
        } catch (SieveException e) {
            throw CommandException.refused(Replies.badScript(e.getMessage()));
        }
    }
}
