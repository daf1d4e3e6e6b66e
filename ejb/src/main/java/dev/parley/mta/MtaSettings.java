package dev.parley.mta;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code parley.smtp.*} and {@code parley.mta.*} keys (docs/configuration.md, docs/mta.md). A port
 * of 0 or less switches that listener off.
 *
 * @param address          {@code parley.smtp.listen-address}, else {@code parley.listen.address}, else 127.0.0.1
 * @param hostname         {@code parley.smtp.hostname}: our name in the greeting and {@code Received:}
 * @param maxMessageSize   {@code parley.smtp.max-message-size} octets (SIZE, RFC 1870)
 * @param internalNetworks {@code parley.smtp.internal-networks}: CIDRs allowed to relay without AUTH
 * @param overQuotaPermanent {@code parley.smtp.over-quota}: {@code temporary} (452 4.2.2, default) or {@code permanent} (552 5.2.2)
 * @param deliveryThreads  {@code parley.mta.delivery-threads}: bounded delivery concurrency
 * @param poll             {@code parley.mta.poll-seconds}: how often the job controller looks for due work
 * @param maxAge           {@code parley.mta.max-age-hours}: a recipient still undelivered after this fails
 * @param maxHops          {@code parley.mta.max-hops}: more {@code Received:} fields than this is a loop
 * @param siteSieve        {@code parley.mta.sieve.site-script}: path of a Sieve script run for every local delivery
 * @param spool            {@code parley.mta.spool-dir}: where messages larger than memory wait while they arrive
 * @param refusedSenders   {@code parley.smtp.refused-senders}: envelope senders refused at MAIL with
 *                         {@code 550 5.7.1} — addresses, or {@code @domain} for a whole domain (lower case)
 */
public record MtaSettings(String address, int smtpPort, int submissionPort, int submissionsPort, int lmtpPort,
                          String hostname, long maxMessageSize, List<String> internalNetworks,
                          boolean overQuotaPermanent, int deliveryThreads, Duration poll, Duration maxAge,
                          int maxHops, Optional<Path> siteSieve, Path spool, Optional<String> tlsCert,
                          Optional<String> tlsKey, List<String> refusedSenders) {

    /** True when {@code parley.smtp.refused-senders} names this address or its domain. */
    public boolean refusesSender(String address) {
        String a = address.toLowerCase(java.util.Locale.ROOT);
        int at = a.lastIndexOf('@');
        return refusedSenders.contains(a) || at >= 0 && refusedSenders.contains(a.substring(at));
    }

    public static MtaSettings from(Config config) {
        String address = config.getOptionalValue("parley.smtp.listen-address", String.class)
                .or(() -> config.getOptionalValue("parley.listen.address", String.class)).orElse("127.0.0.1");
        String home = config.getOptionalValue("PARLEY_HOME", String.class)
                .orElseGet(() -> Path.of(config.getOptionalValue("user.home", String.class).orElse("."), ".parley").toString());
        return new MtaSettings(address,
                config.getOptionalValue("parley.smtp.port", Integer.class).orElse(2525),
                config.getOptionalValue("parley.submission.port", Integer.class).orElse(2587),
                config.getOptionalValue("parley.submissions.port", Integer.class).orElse(2465),
                config.getOptionalValue("parley.lmtp.port", Integer.class).orElse(2424),
                config.getOptionalValue("parley.smtp.hostname", String.class).orElse("localhost"),
                config.getOptionalValue("parley.smtp.max-message-size", Long.class).orElse(50L << 20),
                config.getOptionalValue("parley.smtp.internal-networks", String.class)
                        .map(s -> List.of(s.split("\\s*,\\s*"))).orElse(List.of())
                        .stream().filter(s -> !s.isBlank()).toList(),
                "permanent".equalsIgnoreCase(config.getOptionalValue("parley.smtp.over-quota", String.class).orElse("temporary")),
                config.getOptionalValue("parley.mta.delivery-threads", Integer.class).orElse(8),
                Duration.ofSeconds(config.getOptionalValue("parley.mta.poll-seconds", Integer.class).orElse(5)),
                Duration.ofHours(config.getOptionalValue("parley.mta.max-age-hours", Integer.class).orElse(24 * 7)),
                config.getOptionalValue("parley.mta.max-hops", Integer.class).orElse(50),
                config.getOptionalValue("parley.mta.sieve.site-script", String.class).filter(s -> !s.isBlank()).map(Path::of),
                config.getOptionalValue("parley.mta.spool-dir", String.class).map(Path::of)
                        .orElse(Path.of(home, "mta", "spool")),
                config.getOptionalValue("parley.tls.cert", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("parley.tls.key", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("parley.smtp.refused-senders", String.class)
                        .map(s -> List.of(s.split("\\s*,\\s*"))).orElse(List.of())
                        .stream().filter(s -> !s.isBlank()).map(s -> s.strip().toLowerCase(java.util.Locale.ROOT)).toList());
    }
}
