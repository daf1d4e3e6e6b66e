package dev.parley.keycloak;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The server's own access token for the Admin REST API: OAuth 2.0 client credentials grant
 * (RFC 6749 §4.4) on client {@code parley-server}. Kept until shortly before it expires
 * ({@code expires_in}, RFC 6749 §5.1) so a busy directory does not fetch one per call.
 */
public class ServiceTokenSource {

    static final Duration REFRESH_MARGIN = Duration.ofSeconds(30);
    private static final Logger LOG = LoggerFactory.getLogger(ServiceTokenSource.class);

    private final KeycloakSettings settings;
    private final KeycloakHttp http;
    private final Clock clock;
    private String token;
    private Instant refreshAt = Instant.MIN;

    public ServiceTokenSource(KeycloakSettings settings, KeycloakHttp http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    public synchronized String token() {
        Instant now = clock.instant();
        if (token != null && now.isBefore(refreshAt)) {
            return token;
        }
        KeycloakHttp.Response response = http.postForm(settings.tokenEndpoint(), Map.of(
                "grant_type", "client_credentials",
                "client_id", settings.clientId(),
                "client_secret", settings.clientSecret()));
        if (!response.ok()) {
            LOG.error("Keycloak refused a service token for client {}: HTTP {} {}", settings.clientId(),
                    response.status(), response.json().getString("error", ""));
            throw new KeycloakUnavailableException("Keycloak refused the service token for client "
                    + settings.clientId() + " (HTTP " + response.status() + ")");
        }
        String accessToken = response.json().getString("access_token", null);
        if (accessToken == null) {
            throw new KeycloakUnavailableException("Keycloak's token response has no access_token");
        }
        long expiresIn = response.json().getJsonNumber("expires_in") == null ? 60
                : response.json().getJsonNumber("expires_in").longValue();
        Duration lifetime = Duration.ofSeconds(expiresIn);
        Duration margin = lifetime.compareTo(REFRESH_MARGIN.multipliedBy(2)) > 0 ? REFRESH_MARGIN : lifetime.dividedBy(2);
        token = accessToken;
        refreshAt = now.plus(lifetime).minus(margin);
        LOG.debug("new Keycloak service token, valid for {} s", expiresIn);
        return token;
    }

    /** Forgets the token (after Keycloak answered 401 to it, e.g. when it was revoked). */
    public synchronized void invalidate() {
        token = null;
    }
}
