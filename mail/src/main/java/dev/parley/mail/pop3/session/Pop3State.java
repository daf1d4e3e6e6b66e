package dev.parley.mail.pop3.session;

/** RFC 1939 §3 session states. */
public enum Pop3State {
    AUTHORIZATION,
    TRANSACTION,
    /** Entered by QUIT from TRANSACTION; the deletions are applied, then the connection closes. */
    UPDATE
}
