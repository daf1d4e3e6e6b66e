package dev.parley.mail.pop3.command;

import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Response.Reply;

/**
 * A command cannot be carried out as asked; the dispatcher answers with {@link #reply()}.
 * {@link #bad()} marks client mistakes (syntax) that count towards the bad-command limit.
 */
public final class CommandException extends Exception {

    private final transient Reply reply;
    private final boolean bad;

    private CommandException(Reply reply, boolean bad) {
        super(reply.text(), null, false, false);
        this.reply = reply;
        this.bad = bad;
    }

    public static CommandException syntax(String detail) {
        return new CommandException(Pop3Replies.syntax(detail), true);
    }

    /** A malformed request whose reply is not the generic syntax error (e.g. bad base64). */
    public static CommandException malformed(Reply reply) {
        return new CommandException(reply, true);
    }

    public static CommandException refused(Reply reply) {
        return new CommandException(reply, false);
    }

    public Reply reply() {
        return reply;
    }

    public boolean bad() {
        return bad;
    }
}
