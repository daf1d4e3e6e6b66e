package dev.parley.mail.pop3.backend;

/** Why authentication failed; the engine maps each kind to one response code. */
public enum AuthFailure {
    /** Wrong user, password or token: {@code -ERR [AUTH]} (RFC 3206 §4). */
    BAD_CREDENTIALS,
    /** Account disabled or locked by an administrator: {@code -ERR [SYS/PERM]} (RFC 3206 §4). */
    DISABLED,
    /** Too many recent failures from this client or for this user: {@code -ERR [SYS/TEMP]}. */
    THROTTLED,
    /** The user logged in too recently (RFC 2449 §8.1.1): {@code -ERR [LOGIN-DELAY]}. */
    LOGIN_DELAY,
    /** Directory or identity provider unreachable: {@code -ERR [SYS/TEMP]} (RFC 3206 §4). */
    UNAVAILABLE
}
