package dev.parley.store.mail.api;

/**
 * The outcome of an append or delivery: RFC 4315 {@code [APPENDUID uidvalidity uid]}, the modseq
 * given to the message, and whether the account is now over its quota warning threshold.
 */
public record AppendResult(long uidValidity, long uid, long modseq, boolean quotaWarning) {
}
