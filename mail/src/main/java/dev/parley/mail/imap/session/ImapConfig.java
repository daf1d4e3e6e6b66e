package dev.parley.mail.imap.session;

import io.netty.handler.ssl.SslContext;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Settings of one IMAP listener. Defaults in {@link #defaults()}; the EJB binding reads
 * MicroProfile Config and builds one of these.
 *
 * @param maxLine             octets of one command line without literals
 * @param maxLiteral          octets of a literal outside APPEND
 * @param appendLimit         default RFC 7889 APPENDLIMIT before login (the user's own applies after)
 * @param maxCommand          octets of a whole command with literals (MULTIAPPEND)
 * @param maxBadCommands      consecutive BAD replies before {@code * BYE} and close
 * @param idleTimeout         autologout time (RFC 9051 §5.4: at least 30 minutes when authenticated)
 * @param tls                 context for STARTTLS, or null when STARTTLS is not offered
 * @param implicitTls         the listener is IMAPS (RFC 8314): TLS from the first byte
 * @param plaintextLogin      allow LOGIN/AUTHENTICATE PLAIN without TLS (RFC 9051 §6.2.3 LOGINDISABLED otherwise)
 * @param executor            where commands run (a managed executor in the EAR; direct in tests);
 *                            each session is serialised on top of it
 * @param serverId            RFC 2971 ID fields sent to clients
 */
public record ImapConfig(int maxLine, int maxLiteral, long appendLimit, long maxCommand, int maxBadCommands,
                         Duration idleTimeout, SslContext tls, boolean implicitTls, boolean plaintextLogin,
                         Executor executor, Map<String, String> serverId) {

    public ImapConfig {
        if (maxLine < 1024 || maxLiteral < 1 || appendLimit < 1 || maxCommand < appendLimit || maxBadCommands < 1) {
            throw new IllegalArgumentException("bad IMAP limits");
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(executor, "executor");
        serverId = Map.copyOf(serverId);
    }

    /** 64 KiB lines, 64 KiB literals, 50 MiB messages, 10 bad commands, 30 minutes idle. */
    public static ImapConfig defaults() {
        return new ImapConfig(64 * 1024, 64 * 1024, 50L << 20, 100L << 20, 10, Duration.ofMinutes(30),
                null, false, true, Runnable::run, Map.of("name", "Parley", "vendor", "Parley"));
    }

    public ImapConfig withTls(SslContext context) {
        return new ImapConfig(maxLine, maxLiteral, appendLimit, maxCommand, maxBadCommands, idleTimeout,
                context, implicitTls, plaintextLogin, executor, serverId);
    }

    /** The IMAPS variant (RFC 8314): TLS from the first byte; needs {@link #withTls}. */
    public ImapConfig withImplicitTls(boolean implicit) {
        return new ImapConfig(maxLine, maxLiteral, appendLimit, maxCommand, maxBadCommands, idleTimeout,
                tls, implicit, plaintextLogin, executor, serverId);
    }

    public ImapConfig withPlaintextLogin(boolean allowed) {
        return new ImapConfig(maxLine, maxLiteral, appendLimit, maxCommand, maxBadCommands, idleTimeout,
                tls, implicitTls, allowed, executor, serverId);
    }

    public ImapConfig withLimits(int line, int literal, long append, long command) {
        return new ImapConfig(line, literal, append, command, maxBadCommands, idleTimeout,
                tls, implicitTls, plaintextLogin, executor, serverId);
    }

    public ImapConfig withExecutor(Executor commandExecutor) {
        return new ImapConfig(maxLine, maxLiteral, appendLimit, maxCommand, maxBadCommands, idleTimeout,
                tls, implicitTls, plaintextLogin, commandExecutor, serverId);
    }
}
