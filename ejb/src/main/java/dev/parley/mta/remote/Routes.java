package dev.parley.mta.remote;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.eclipse.microprofile.config.Config;

/**
 * Where remote mail goes instead of the domain's MX hosts (ADR 0041), read from configuration on every
 * use so that it can change at run time:
 * <ul>
 * <li>{@code parley.mta.routes}: {@code domain=host[:port],domain2=[ip]:port} — a transport map, as
 * Postfix's; the domain's own MX records are not looked up. Used by the tests for the test-only
 * domains ({@code *.test}, RFC 2606) and by operators for internal domains.</li>
 * <li>{@code parley.mta.smarthost}: {@code host[:port]} — every other remote domain goes there, with
 * {@code parley.mta.smarthost.username}/{@code .password} for AUTH when set.</li>
 * </ul>
 */
public record Routes(Map<String, Hop> byDomain, Optional<Hop> smarthost, String username, String password) {

    public static Routes from(Config config) {
        return parse(config.getOptionalValue("parley.mta.routes", String.class).orElse(""),
                config.getOptionalValue("parley.mta.smarthost", String.class).orElse(""),
                config.getOptionalValue("parley.mta.smarthost.username", String.class).orElse(null),
                config.getOptionalValue("parley.mta.smarthost.password", String.class).orElse(null));
    }

    static Routes parse(String routes, String smarthost, String username, String password) {
        Map<String, Hop> m = new LinkedHashMap<>();
        for (String entry : routes.split(",")) {
            int eq = entry.indexOf('=');
            if (eq > 0) {
                m.put(entry.substring(0, eq).strip().toLowerCase(Locale.ROOT), Hop.parse(entry.substring(eq + 1)));
            }
        }
        return new Routes(Map.copyOf(m),
                smarthost.isBlank() ? Optional.empty() : Optional.of(Hop.parse(smarthost)), username, password);
    }

    /** The configured next hop for {@code domain}, or empty to look up its MX records. */
    public Optional<List<Hop>> fixed(String domain) {
        Hop h = byDomain.get(domain.toLowerCase(Locale.ROOT));
        if (h != null) {
            return Optional.of(List.of(h));
        }
        return smarthost.map(List::of);
    }

    /** Whether mail for {@code domain} goes to the smarthost (and AUTH applies). */
    public boolean viaSmarthost(String domain) {
        return !byDomain.containsKey(domain.toLowerCase(Locale.ROOT)) && smarthost.isPresent();
    }
}
