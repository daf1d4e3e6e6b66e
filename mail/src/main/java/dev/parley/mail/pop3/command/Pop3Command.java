package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.backend.Pop3BackendException;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.session.Pop3Session;
import dev.parley.mail.pop3.session.Pop3State;

/**
 * One POP3 command (STYLE: one command, one class). Runs on a worker thread and may call the
 * back end; exceptions are mapped to replies by {@code Pop3Dispatcher} only.
 */
public interface Pop3Command {

    /** The keyword, upper case (RFC 1939 §3). */
    String verb();

    /** Whether the command is valid in the given state (RFC 1939 §4–§7). */
    boolean allowedIn(Pop3State state);

    Outcome execute(Pop3Session session, Pop3Request request) throws CommandException, Pop3BackendException;
}
