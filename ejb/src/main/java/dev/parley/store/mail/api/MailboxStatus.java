package dev.parley.store.mail.api;

/**
 * RFC 9051 §6.3.11 STATUS items (plus HIGHESTMODSEQ of RFC 7162 §3.1.9 and SIZE of RFC 8438),
 * each from one indexed read.
 */
public record MailboxStatus(String name, long messages, long uidNext, long uidValidity, long unseen,
                            long deleted, long size, long highestModseq) {
}
