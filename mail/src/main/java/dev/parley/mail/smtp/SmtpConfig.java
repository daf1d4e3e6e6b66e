package dev.parley.mail.smtp;

import java.time.Duration;
import java.util.Objects;

/**
 * Listener settings, defaults in code (MicroProfile Config in {@code ejb} overrides them).
 *
 * @param hostname          our name in the greeting, EHLO and {@code Received:} (RFC 5321 §4.1.3)
 * @param maxLineLength     command line limit without CRLF. RFC 5321 §4.5.3.1.4 says 512 octets with
 *                          CRLF, but RFC 1870, 3461 and 4954 each enlarge MAIL/RCPT/AUTH lines, so the
 *                          default is a lenient 4096; longer lines get {@code 500 5.5.2} with the length
 * @param maxMessageSize    octets, advertised with SIZE (RFC 1870) and enforced while reading
 * @param maxRecipients     per transaction; more get {@code 452 4.5.3} (RFC 5321 §4.5.3.1.8 asks for ≥100)
 * @param maxBadCommands    unknown/out-of-sequence/syntax errors before {@code 421} and close
 * @param maxAuthFailures   failed AUTH attempts before {@code 421} and close
 * @param authWithoutTls    offer AUTH PLAIN/LOGIN on a clear connection (RFC 4954 §4 discourages it)
 * @param greetingDelay     pause before the greeting; clients that talk first are refused (RFC 5321 §4.3.1)
 * @param idleTimeout       RFC 5321 §4.5.3.2.7: at least 5 minutes
 * @param maxPipelined      items read ahead before reading pauses (back-pressure)
 */
public record SmtpConfig(String hostname, SmtpMode mode, int maxLineLength, long maxMessageSize, int maxRecipients,
                         int maxBadCommands, int maxAuthFailures, boolean authWithoutTls, Duration greetingDelay,
                         Duration idleTimeout, int maxPipelined) {

    public SmtpConfig {
        Objects.requireNonNull(hostname, "hostname");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(greetingDelay, "greetingDelay");
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        if (maxLineLength < 510) {
            throw new IllegalArgumentException("maxLineLength below the RFC 5321 minimum: " + maxLineLength);
        }
        if (maxMessageSize < 1 || maxRecipients < 1 || maxBadCommands < 1 || maxAuthFailures < 1 || maxPipelined < 2) {
            throw new IllegalArgumentException("limits must be positive");
        }
        if (greetingDelay.isNegative() || idleTimeout.isZero() || idleTimeout.isNegative()) {
            throw new IllegalArgumentException("bad durations");
        }
    }

    public static SmtpConfig defaults(String hostname, SmtpMode mode) {
        return new SmtpConfig(hostname, mode, 4096, 50L * 1024 * 1024, 100, 10, 3, false, Duration.ZERO,
                Duration.ofMinutes(5), 64);
    }

    public SmtpConfig withMaxMessageSize(long size) {
        return new SmtpConfig(hostname, mode, maxLineLength, size, maxRecipients, maxBadCommands, maxAuthFailures,
                authWithoutTls, greetingDelay, idleTimeout, maxPipelined);
    }

    public SmtpConfig withMaxLineLength(int length) {
        return new SmtpConfig(hostname, mode, length, maxMessageSize, maxRecipients, maxBadCommands, maxAuthFailures,
                authWithoutTls, greetingDelay, idleTimeout, maxPipelined);
    }

    public SmtpConfig withMaxRecipients(int max) {
        return new SmtpConfig(hostname, mode, maxLineLength, maxMessageSize, max, maxBadCommands, maxAuthFailures,
                authWithoutTls, greetingDelay, idleTimeout, maxPipelined);
    }

    public SmtpConfig withMaxBadCommands(int max) {
        return new SmtpConfig(hostname, mode, maxLineLength, maxMessageSize, maxRecipients, max, maxAuthFailures,
                authWithoutTls, greetingDelay, idleTimeout, maxPipelined);
    }

    public SmtpConfig withMaxAuthFailures(int max) {
        return new SmtpConfig(hostname, mode, maxLineLength, maxMessageSize, maxRecipients, maxBadCommands, max,
                authWithoutTls, greetingDelay, idleTimeout, maxPipelined);
    }

    public SmtpConfig withAuthWithoutTls(boolean allowed) {
        return new SmtpConfig(hostname, mode, maxLineLength, maxMessageSize, maxRecipients, maxBadCommands,
                maxAuthFailures, allowed, greetingDelay, idleTimeout, maxPipelined);
    }

    public SmtpConfig withGreetingDelay(Duration delay) {
        return new SmtpConfig(hostname, mode, maxLineLength, maxMessageSize, maxRecipients, maxBadCommands,
                maxAuthFailures, authWithoutTls, delay, idleTimeout, maxPipelined);
    }
}
