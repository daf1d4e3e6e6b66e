package dev.parley.mail.smtp.backend;

import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;

import java.util.Objects;

/**
 * The back end's answer about a sender or a recipient (or, for LMTP, one recipient's delivery):
 * accepted, or refused for one of the reasons the catalogue has a reply for.
 */
public record Verdict(Rejection rejection) {

    /** Why an address is refused, each with its catalogue reply. */
    public enum Rejection {
        UNKNOWN_USER(SmtpReplies.UNKNOWN_USER),
        OVER_QUOTA_TEMPORARY(SmtpReplies.MAILBOX_FULL_TEMPORARY),
        OVER_QUOTA(SmtpReplies.MAILBOX_FULL),
        RELAY_DENIED(SmtpReplies.RELAY_DENIED),
        SENDER_REJECTED(SmtpReplies.SENDER_REJECTED),
        SENDER_NOT_ALLOWED(SmtpReplies.SENDER_NOT_ALLOWED),
        TEMPORARY(SmtpReplies.TEMPORARY_FAILURE);

        private final SmtpReply reply;

        Rejection(SmtpReply reply) {
            this.reply = reply;
        }

        public SmtpReply reply() {
            return reply;
        }
    }

    private static final Verdict ACCEPT = new Verdict(null);

    public static Verdict accept() {
        return ACCEPT;
    }

    public static Verdict reject(Rejection why) {
        return new Verdict(Objects.requireNonNull(why, "why"));
    }

    public boolean accepted() {
        return rejection == null;
    }
}
