package dev.parley.mail.managesieve.codec;

/**
 * The client announced a synchronizing literal {@code {n}}: it waits for a continuation before
 * sending the octets. RFC 5804 §4 has clients send only non-synchronizing {@code {n+}} literals;
 * for clients that borrow IMAP's form the server answers with ACAP's continuation (RFC 2244 §2.6.3,
 * ManageSieve's ancestor) — see ADR 0050.
 */
public enum LiteralContinuation {
    INSTANCE
}
