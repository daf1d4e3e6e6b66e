package dev.parley.mail.sieve;

import java.time.Duration;
import java.util.List;

/** What a script decided for one message (RFC 5228 §4); the MTA carries the actions out. */
public sealed interface Action permits Action.Keep, Action.FileInto, Action.Redirect, Action.Reject,
        Action.Discard, Action.Vacation {

    /** RFC 5228 §4.3 (and §2.10.2 implicit keep), with RFC 5232 flags for the stored message. */
    record Keep(List<String> flags) implements Action {
        public Keep {
            flags = List.copyOf(flags);
        }
    }

    /**
     * RFC 5228 §4.1; {@code copy} is RFC 3894 (does not cancel the implicit keep); {@code create} is
     * RFC 5490 §3.2 (make the mailbox if it does not exist).
     */
    record FileInto(String mailbox, List<String> flags, boolean copy, boolean create) implements Action {
        public FileInto {
            flags = List.copyOf(flags);
        }

        public FileInto(String mailbox, List<String> flags, boolean copy) {
            this(mailbox, flags, copy, false);
        }
    }

    /** RFC 5228 §4.2; {@code copy} is RFC 3894. */
    record Redirect(String address, boolean copy) implements Action {
    }

    /** RFC 5429: {@code ereject} prefers an SMTP/LMTP-level refusal over a bounce (§2.1). */
    record Reject(String reason, boolean ereject) implements Action {
    }

    /** RFC 5228 §4.4. */
    record Discard() implements Action {
    }

    /**
     * RFC 5230: a reply the MTA must send, already past the §4.5 suppression rules and the
     * {@link VacationTracker} check. The MTA builds the mail with {@code Auto-Submitted:
     * auto-replied} (§5), {@code In-Reply-To} and {@code References} (§5.8) from {@code inReplyTo}
     * and {@code references}, and sends it to {@code recipient} with a null envelope sender (§5.1).
     * {@link Sieve#run} has already noted it in the {@link VacationTracker}.
     *
     * @param recipient  the original envelope sender, to whom the reply goes (§4.5)
     * @param from       {@code :from}, or {@code null} for the user's own address (§4.3)
     * @param subject    {@code :subject}, or "Auto: " + the original subject (§4.4)
     * @param reason     the reply body; a whole MIME entity when {@code mime} is set (§4.6)
     * @param handle     {@code :handle}, or one derived from the other arguments (§4.2)
     * @param period     how long to wait before answering this sender again (§4.1, RFC 6131)
     * @param inReplyTo  the original {@code Message-ID}, or {@code null}
     * @param references the original {@code References} plus its {@code Message-ID}, or {@code null}
     */
    record Vacation(String recipient, String from, String subject, String reason, boolean mime,
                    String handle, Duration period, String inReplyTo, String references) implements Action {
    }
}
