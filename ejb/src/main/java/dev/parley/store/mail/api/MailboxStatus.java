package dev.parley.store.mail.api;

/**
 * RFC 9051 §6.3.11 STATUS items (plus HIGHESTMODSEQ of RFC 7162 §3.1.9 and SIZE of RFC 8438),
 * each from one indexed read.
 *
 * @param recent    RFC 3501 §2.3.2: messages no IMAP4rev1 session has claimed as \Recent yet
 * @param mailboxId the mailbox's stable id: RFC 8474 MAILBOXID (0 when not known)
 */
public record MailboxStatus(String name, long messages, long uidNext, long uidValidity, long unseen,
                            long deleted, long size, long highestModseq, long recent, long mailboxId) {

    /** Without \Recent and MAILBOXID. */
    public MailboxStatus(String name, long messages, long uidNext, long uidValidity, long unseen,
                         long deleted, long size, long highestModseq) {
        this(name, messages, uidNext, uidValidity, unseen, deleted, size, highestModseq, 0, 0);
    }
}
