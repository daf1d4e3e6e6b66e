package dev.parley.mail.pop3.session;

import java.time.Duration;
import java.util.Objects;

/**
 * Settings of one POP3 listener. {@code ejb} fills it from {@code parley.pop3.*}; defaults are in
 * {@link #defaults()}.
 *
 * @param plaintextAuth    allow USER/PASS and SASL before TLS (RFC 2595 §2.1: off by default)
 * @param maxLineLength    framing limit in octets; SASL responses such as bearer tokens can be
 *                         long (RFC 5034 §4 lets continuation lines exceed 255 octets)
 * @param maxCommandLength limit for command lines; RFC 2449 §4 allows 255 octets with CRLF, this
 *                         is more lenient for sloppy clients
 * @param maxBadCommands   unknown, malformed or out-of-state commands before the server hangs up
 * @param maxAuthFailures  failed logins before the server hangs up
 * @param maxPipelined     commands read ahead of execution before reading pauses (RFC 2449 §6.6)
 * @param idleTimeout      RFC 1939 §3: the autologout timer must be at least 10 minutes
 * @param implementation   RFC 2449 §6.9 IMPLEMENTATION argument; empty to not advertise it
 */
public record Pop3Config(boolean plaintextAuth, int maxLineLength, int maxCommandLength, int maxBadCommands,
                         int maxAuthFailures, int maxPipelined, Duration idleTimeout, String implementation,
                         AuthDelay authDelay) {

    public Pop3Config {
        if (maxCommandLength < 255 || maxLineLength < maxCommandLength) {
            throw new IllegalArgumentException("need 255 <= maxCommandLength <= maxLineLength");
        }
        if (maxBadCommands < 1 || maxAuthFailures < 1 || maxPipelined < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (idleTimeout.compareTo(Duration.ofMinutes(10)) < 0) {
            throw new IllegalArgumentException("RFC 1939 §3: idle timeout of at least 10 minutes");
        }
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(authDelay, "authDelay");
    }

    public static Pop3Config defaults() {
        return new Pop3Config(false, 16 * 1024, 1024, 10, 3, 64, Duration.ofMinutes(10), "Parley",
                AuthDelay.linear(Duration.ofSeconds(1), Duration.ofSeconds(5)));
    }

    public Pop3Config withPlaintextAuth(boolean allowed) {
        return new Pop3Config(allowed, maxLineLength, maxCommandLength, maxBadCommands, maxAuthFailures,
                maxPipelined, idleTimeout, implementation, authDelay);
    }

    public Pop3Config withAuthDelay(AuthDelay delay) {
        return new Pop3Config(plaintextAuth, maxLineLength, maxCommandLength, maxBadCommands, maxAuthFailures,
                maxPipelined, idleTimeout, implementation, delay);
    }

    public Pop3Config withLimits(int lineLength, int commandLength, int badCommands, int authFailures) {
        return new Pop3Config(plaintextAuth, lineLength, commandLength, badCommands, authFailures,
                maxPipelined, idleTimeout, implementation, authDelay);
    }
}
