package dev.parley.store.mail.api;

import java.util.List;

/**
 * What SELECT/EXAMINE needs (RFC 9051 §6.3.2) read in one transaction: the status (unseen and
 * deleted counted over {@code messages}), the keywords in use, and every message's listing in
 * ascending UID order. The status is read first: a message changed after it has a modseq above
 * {@code status.highestModseq()} and is reported again by the next {@code changesSince}.
 */
public record MailboxListing(MailboxStatus status, List<String> keywords, List<MessageListing> messages) {

    public MailboxListing {
        keywords = List.copyOf(keywords);
        messages = List.copyOf(messages);
    }
}
