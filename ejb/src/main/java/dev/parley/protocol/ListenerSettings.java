package dev.parley.protocol;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code parley.*} keys of the IMAP and POP3 listeners (docs/protocols.md, docs/configuration.md).
 * A port of 0 or less switches that listener off.
 *
 * @param address        {@code parley.listen.address}: 127.0.0.1 by default, so a development machine
 *                       does not offer plaintext logins to its network; {@code 0.0.0.0} for all interfaces
 * @param tlsCert        {@code parley.tls.cert}: PEM certificate chain, or empty for no TLS
 * @param tlsKey         {@code parley.tls.key}: PEM PKCS#8 private key
 * @param plaintextAuth  {@code parley.mail.plaintext-auth}: IMAP LOGIN / POP3 USER+PASS before TLS
 * @param appendLimit    {@code parley.imap.append-limit}: largest message in octets (RFC 7889 APPENDLIMIT)
 */
public record ListenerSettings(String address, int imapPort, int imapsPort, int pop3Port, int pop3sPort,
                               Optional<String> tlsCert, Optional<String> tlsKey, boolean plaintextAuth,
                               long appendLimit, int maxConnections, int maxConnectionsPerIp, int ioThreads) {

    public static ListenerSettings from(Config config) {
        return new ListenerSettings(
                config.getOptionalValue("parley.listen.address", String.class).orElse("127.0.0.1"),
                port(config, "parley.imap.port", 2143),
                port(config, "parley.imaps.port", 2993),
                port(config, "parley.pop3.port", 2110),
                port(config, "parley.pop3s.port", 2995),
                config.getOptionalValue("parley.tls.cert", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("parley.tls.key", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("parley.mail.plaintext-auth", Boolean.class).orElse(true),
                config.getOptionalValue("parley.imap.append-limit", Long.class).orElse(50L << 20),
                config.getOptionalValue("parley.mail.max-connections", Integer.class).orElse(5000),
                config.getOptionalValue("parley.mail.max-connections-per-ip", Integer.class).orElse(500),
                config.getOptionalValue("parley.mail.io-threads", Integer.class).orElse(0));
    }

    private static int port(Config config, String key, int fallback) {
        return config.getOptionalValue(key, Integer.class).orElse(fallback);
    }

    public boolean tlsConfigured() {
        return tlsCert.isPresent() && tlsKey.isPresent();
    }
}
