package dev.parley.mail.managesieve.command;

import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.codec.Response;

/** A refusal to answer with {@link #response()}; {@code syntax} ones count towards the bad-command limit. */
public final class CommandException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Response response;
    private final boolean syntax;

    private CommandException(Response response, boolean syntax) {
        super(response.text(), null, false, false);
        this.response = response;
        this.syntax = syntax;
    }

    public static CommandException refused(Response response) {
        return new CommandException(response, false);
    }

    public static CommandException syntax(String detail) {
        return new CommandException(Replies.syntax(detail), true);
    }

    public Response response() {
        return response;
    }

    public boolean isSyntax() {
        return syntax;
    }
}
