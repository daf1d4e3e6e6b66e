package dev.parley.mail.imap.backend;

import java.util.List;

/**
 * A selected mailbox at the moment of SELECT/EXAMINE (RFC 9051 §6.3.2 responses).
 *
 * @param flags           flags defined in the mailbox (FLAGS response): the system flags plus
 *                        keywords in use
 * @param permanentFlags  flags the client can change permanently
 * @param newKeywords     whether the client may create keywords ({@code \*} in PERMANENTFLAGS)
 * @param messages        every message, ascending UID order
 */
public record MailboxSnapshot(long uidValidity, Uid uidNext, ModSeq highestModSeq, Flags flags,
                              Flags permanentFlags, boolean newKeywords, List<MessageMeta> messages) {

    public MailboxSnapshot {
        messages = List.copyOf(messages);
        if (uidValidity < 1 || uidValidity > Uid.MAX) {
            throw new IllegalArgumentException("UIDVALIDITY out of range: " + uidValidity);
        }
    }
}
