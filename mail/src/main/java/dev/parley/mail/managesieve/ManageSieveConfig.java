package dev.parley.mail.managesieve;

import dev.parley.mail.sieve.Sieve;
import dev.parley.mail.sieve.SieveLimits;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * Settings of one ManageSieve listener; {@code ejb} fills it from {@code parley.managesieve.*} and
 * {@code parley.sieve.*}.
 *
 * @param plaintextAuth  offer and accept SASL before TLS (RFC 5804 §2.1 wants TLS first; off by default)
 * @param maxLine        octets of one line fragment outside literals
 * @param maxLiteral     octets of one literal (a script upload); larger uploads get {@code NO (QUOTA/MAXSIZE)}
 * @param maxBadCommands unknown or malformed commands before {@code BYE}
 * @param maxAuthFailures failed logins before {@code BYE}
 * @param maxNameLength  characters of a script name (RFC 5804 §1.6 leaves the limit to the server)
 * @param idleTimeout    reader idle time before {@code BYE}
 * @param implementation the IMPLEMENTATION capability
 * @param sieve          compiles uploads; its limits give MAXREDIRECTS
 * @param worker         runs commands, which block on the back end (a container-managed pool)
 */
public record ManageSieveConfig(boolean plaintextAuth, int maxLine, int maxLiteral, int maxBadCommands,
                                int maxAuthFailures, int maxNameLength, Duration idleTimeout,
                                String implementation, SieveLimits sieveLimits, Executor worker) {

    public ManageSieveConfig {
        if (maxLine < 256 || maxLiteral < 1 || maxBadCommands < 1 || maxAuthFailures < 1 || maxNameLength < 1) {
            throw new IllegalArgumentException("limits must be positive (maxLine >= 256)");
        }
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(implementation, "implementation");
        Objects.requireNonNull(sieveLimits, "sieveLimits");
        Objects.requireNonNull(worker, "worker");
    }

    public static ManageSieveConfig defaults(Executor worker) {
        return new ManageSieveConfig(false, 8 * 1024, 1024 * 1024, 10, 3, 128, Duration.ofMinutes(30),
                "Parley", SieveLimits.DEFAULT, worker);
    }

    public ManageSieveConfig withPlaintextAuth(boolean allowed) {
        return new ManageSieveConfig(allowed, maxLine, maxLiteral, maxBadCommands, maxAuthFailures, maxNameLength,
                idleTimeout, implementation, sieveLimits, worker);
    }

    public ManageSieveConfig withMaxLiteral(int octets) {
        return new ManageSieveConfig(plaintextAuth, maxLine, octets, maxBadCommands, maxAuthFailures, maxNameLength,
                idleTimeout, implementation, sieveLimits, worker);
    }

    public ManageSieveConfig withLimits(int badCommands, int authFailures) {
        return new ManageSieveConfig(plaintextAuth, maxLine, maxLiteral, badCommands, authFailures, maxNameLength,
                idleTimeout, implementation, sieveLimits, worker);
    }

    public Sieve sieve() {
        return new Sieve(sieveLimits);
    }
}
