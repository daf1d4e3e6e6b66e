package dev.parley.sieve;

import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * The {@code parley.sieve.*} and {@code parley.managesieve.*} keys (docs/protocols.md).
 *
 * @param maxScripts     {@code parley.sieve.max-scripts}: scripts per account ({@code QUOTA/MAXSCRIPTS})
 * @param maxScriptBytes {@code parley.sieve.max-script-bytes}: octets per script ({@code QUOTA/MAXSIZE})
 * @param siteScript     {@code parley.sieve.site-script}: path of the site-wide script, run before the user's
 * @param port           {@code parley.managesieve.port}: 4190; 0 or less switches the listener off
 */
public record SieveSettings(int maxScripts, int maxScriptBytes, Optional<String> siteScript, int port) {

    public static SieveSettings from(Config config) {
        return new SieveSettings(
                config.getOptionalValue("parley.sieve.max-scripts", Integer.class).orElse(16),
                config.getOptionalValue("parley.sieve.max-script-bytes", Integer.class).orElse(64 * 1024),
                config.getOptionalValue("parley.sieve.site-script", String.class).filter(s -> !s.isBlank()),
                config.getOptionalValue("parley.managesieve.port", Integer.class).orElse(4190));
    }
}
