package dev.parley.mail.smtp.session;

import dev.parley.mail.smtp.codec.SmtpReply;

import java.util.ArrayList;
import java.util.List;

/** What the connection does after a command: replies to write, then what to do with the input. */
public record Outcome(List<SmtpReply> replies, After after) {

    public enum After {
        /** Keep reading commands. */
        CONTINUE,
        /** The framer was holding after DATA/STARTTLS: go back to command lines. */
        READ_LINES,
        /** 354 was sent: the framer reads message data. */
        READ_DATA,
        /** 220 for STARTTLS: insert TLS, then read command lines. */
        START_TLS,
        /** Close after the replies are written. */
        CLOSE
    }

    private static final Outcome NOTHING = new Outcome(List.of(), After.CONTINUE);

    public Outcome {
        replies = List.copyOf(replies);
    }

    public static Outcome reply(SmtpReply reply) {
        return new Outcome(List.of(reply), After.CONTINUE);
    }

    public static Outcome reply(SmtpReply reply, After after) {
        return new Outcome(List.of(reply), after);
    }

    public static Outcome close(SmtpReply reply) {
        return new Outcome(List.of(reply), After.CLOSE);
    }

    /** No reply yet (e.g. a BDAT command answered once its chunk has been read). */
    public static Outcome nothing() {
        return NOTHING;
    }

    /** This outcome with the reply and after-action of {@code then} appended. */
    public Outcome then(Outcome then) {
        List<SmtpReply> all = new ArrayList<>(replies);
        all.addAll(then.replies);
        return new Outcome(all, then.after == After.CONTINUE ? after : then.after);
    }

    /** A client mistake counted towards the bad-command limit (500-504, 555), not a refused address. */
    public boolean isProtocolError() {
        if (replies.isEmpty()) {
            return false;
        }
        int code = replies.get(0).code();
        return code >= 500 && code <= 504 || code == 555;
    }
}
