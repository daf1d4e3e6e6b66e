package dev.parley.mail.imap.backend;

/**
 * The counters of RFC 9051 §6.3.11 STATUS (plus RFC 7162 HIGHESTMODSEQ and RFC 8438 SIZE).
 * {@code recent} is the number of messages that would be {@code \Recent} for the next session
 * (RFC 3501 STATUS RECENT).
 */
public record MailboxStatus(long messages, long recent, Uid uidNext, long uidValidity, long unseen,
                            long deleted, long size, ModSeq highestModSeq) {

    public MailboxStatus {
        if (messages < 0 || recent < 0 || unseen < 0 || deleted < 0 || size < 0) {
            throw new IllegalArgumentException("negative counter");
        }
        if (uidValidity < 1 || uidValidity > Uid.MAX) {
            throw new IllegalArgumentException("UIDVALIDITY out of range: " + uidValidity);
        }
    }
}
