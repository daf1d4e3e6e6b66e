package dev.parley.mail.smtp.backend;

import java.util.List;
import java.util.Objects;

/** One mail transaction's envelope as the back end gets it at {@link SmtpBackend#beginMessage}. */
public record Envelope(MailFrom mailFrom, List<Recipient> recipients, SessionInfo session) {

    public Envelope {
        Objects.requireNonNull(mailFrom, "mailFrom");
        Objects.requireNonNull(session, "session");
        recipients = List.copyOf(recipients);
        if (recipients.isEmpty()) {
            throw new IllegalArgumentException("no recipients");
        }
    }
}
