package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.session.ManageSieveSession;

/** RFC 5804 §2.11 NOOP [tag]: the tag comes back as {@code OK (TAG "tag")}. */
public final class NoopCommand implements ManageSieveCommand {
    public String name() {
        return "NOOP";
    }

    public State state() {
        return State.ANY;
    }

    public Outcome execute(ManageSieveSession session, Arguments args) throws CommandException {
        args.expect(0, 1);
        return Outcome.of(args.size() == 0 ? Replies.NOOP : Replies.tag(args.string(0)));
    }
}
