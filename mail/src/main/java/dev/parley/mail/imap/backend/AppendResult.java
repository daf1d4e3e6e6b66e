package dev.parley.mail.imap.backend;

/** RFC 4315 §3 APPENDUID data: where an appended message went. */
public record AppendResult(long uidValidity, Uid uid) {
}
