package dev.parley.mail.imap.session;

/** RFC 9051 §3: the connection states. */
public enum SessionState {
    NOT_AUTHENTICATED, AUTHENTICATED, SELECTED, LOGOUT
}
