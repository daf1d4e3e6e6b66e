package dev.parley.store.mail.api;

import java.util.List;

/**
 * What SELECT/EXAMINE needs (RFC 9051 §6.3.2): the status, every UID in ascending order (message
 * sequence number n is {@code uids[n-1]}), the keywords in use (for FLAGS and PERMANENTFLAGS), and
 * the UID of the first unseen message (0 if none; IMAP4rev1 {@code [UNSEEN n]}).
 */
public record SelectedMailbox(MailboxStatus status, long[] uids, List<String> keywords, long firstUnseenUid) {

    public SelectedMailbox {
        keywords = List.copyOf(keywords);
    }
}
