package dev.parley.auth;

import dev.parley.keycloak.KeycloakConfiguration;
import dev.parley.keycloak.KeycloakHttp;
import dev.parley.keycloak.KeycloakSettings;
import dev.parley.keycloak.KeycloakUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's {@link AuthenticationService}: wires {@link Authenticator} to Keycloak with
 * the configured limits. Keys: {@code parley.auth.cache-seconds} (60),
 * {@code parley.auth.max-failures-per-user} (5), {@code parley.auth.max-failures-per-ip} (20),
 * {@code parley.auth.failure-window-seconds} (300), plus the {@code parley.keycloak.*} keys.
 */
@ApplicationScoped
public class KeycloakAuthenticationService implements AuthenticationService, CredentialInvalidation {

    static final Duration JWKS_MIN_REFETCH = Duration.ofSeconds(10);

    @Inject
    KeycloakConfiguration keycloak;

    @Inject
    @ConfigProperty(name = "parley.auth.cache-seconds", defaultValue = "60")
    long cacheSeconds;

    @Inject
    @ConfigProperty(name = "parley.auth.max-failures-per-user", defaultValue = "5")
    int maxFailuresPerUser;

    @Inject
    @ConfigProperty(name = "parley.auth.max-failures-per-ip", defaultValue = "20")
    int maxFailuresPerIp;

    @Inject
    @ConfigProperty(name = "parley.auth.failure-window-seconds", defaultValue = "300")
    long failureWindowSeconds;

    @Inject
    @ConfigProperty(name = "parley.auth.status-recheck-seconds", defaultValue = "10")
    long statusRecheckSeconds;

    @Inject
    AccountStatusCheck accountStatus;

    private Authenticator delegate;

    @PostConstruct
    void init() {
        KeycloakSettings settings = keycloak.settings();
        KeycloakHttp http = keycloak.http();
        Clock clock = Clock.systemUTC();
        CachingJwks jwks = new CachingJwks(() -> {
            KeycloakHttp.Response response = http.get(settings.certsEndpoint(), null);
            if (!response.ok()) {
                throw new KeycloakUnavailableException("JWK Set fetch failed: HTTP " + response.status());
            }
            return response.body();
        }, clock, JWKS_MIN_REFETCH);
        JwtVerifier verifier = new JwtVerifier(jwks, settings.issuer(), clock, JwtVerifier.DEFAULT_SKEW);
        AuthSettings limits = new AuthSettings(Duration.ofSeconds(cacheSeconds), maxFailuresPerUser,
                maxFailuresPerIp, Duration.ofSeconds(failureWindowSeconds), Duration.ofSeconds(statusRecheckSeconds));
        delegate = new Authenticator(new KeycloakPasswordGrant(settings, http), verifier, limits, clock,
                accountStatus);
    }

    @Override
    public AuthResult verifyPassword(String username, String password, String remoteIp) {
        return delegate.verifyPassword(username, password, remoteIp);
    }

    @Override
    public AuthResult validateBearer(String token, String remoteIp) {
        return delegate.validateBearer(token, remoteIp);
    }

    /** This JVM only; with several nodes, publish on a Hazelcast topic here (see the interface). */
    @Override
    public void invalidate(String username) {
        delegate.forget(username);
    }
}
