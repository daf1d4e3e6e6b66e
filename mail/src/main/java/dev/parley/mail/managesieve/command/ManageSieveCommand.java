package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.session.ManageSieveSession;

/** One ManageSieve command (RFC 5804 §2). Runs on a worker thread; may block on the back end. */
public interface ManageSieveCommand {

    enum State { ANY, NOT_AUTHENTICATED, AUTHENTICATED }

    String name();

    State state();

    Outcome execute(ManageSieveSession session, Arguments args) throws CommandException;
}
