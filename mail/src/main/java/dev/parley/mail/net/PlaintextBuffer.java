package dev.parley.mail.net;

/**
 * A framing handler that may hold bytes already read but not yet decoded. STARTTLS must drop them:
 * anything the client sent after the STARTTLS command but before the TLS handshake is plaintext an
 * attacker may have injected (RFC 9051 §6.2.1, RFC 3207 §4.2, CVE-2011-0411).
 */
public interface PlaintextBuffer {

    /** Throws away every byte read but not yet decoded. */
    void discardBuffered();
}
