package dev.parley.mail.imap.backend;

import java.time.Instant;
import java.util.Objects;

/**
 * One message to append (RFC 9051 §6.3.12).
 *
 * @param internalDate null for "now"
 * @param content      the raw message as the client sent it
 */
public record NewMessage(Flags flags, Instant internalDate, byte[] content) {

    public NewMessage {
        Objects.requireNonNull(flags, "flags");
        Objects.requireNonNull(content, "content");
    }
}
