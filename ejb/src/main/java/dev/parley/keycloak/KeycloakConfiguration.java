package dev.parley.keycloak;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads the Keycloak settings from MicroProfile Config once and produces the admin client (one per
 * application, so its service token is shared). Keys: {@code parley.keycloak.url},
 * {@code parley.keycloak.realm}, {@code parley.keycloak.server-client-id},
 * {@code parley.keycloak.server-client-secret}, {@code parley.keycloak.issuer}.
 */
@ApplicationScoped
public class KeycloakConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakConfiguration.class);

    @Inject
    @ConfigProperty(name = "parley.keycloak.url", defaultValue = KeycloakSettings.DEFAULT_URL)
    String url;

    @Inject
    @ConfigProperty(name = "parley.keycloak.realm", defaultValue = KeycloakSettings.DEFAULT_REALM)
    String realm;

    @Inject
    @ConfigProperty(name = "parley.keycloak.server-client-id", defaultValue = KeycloakSettings.DEFAULT_CLIENT_ID)
    String clientId;

    @Inject
    @ConfigProperty(name = "parley.keycloak.server-client-secret")
    Optional<String> clientSecret;

    /**
     * Absent means {@code {url}/realms/{realm}}. Optional rather than {@code defaultValue = ""}:
     * MicroProfile Config treats an empty value as missing and fails the deployment.
     */
    @Inject
    @ConfigProperty(name = "parley.keycloak.issuer")
    Optional<String> issuer;

    private KeycloakSettings settings;
    private KeycloakHttp http;

    @PostConstruct
    void init() {
        settings = new KeycloakSettings(url, realm, clientId, clientSecret.orElse(""), issuer.orElse(null));
        http = KeycloakHttp.createDefault();
        if (settings.clientSecret().isEmpty()) {
            LOG.warn("parley.keycloak.server-client-secret is not set: Keycloak calls will fail");
        }
        LOG.info("Keycloak: {}", settings);
    }

    public KeycloakSettings settings() {
        return settings;
    }

    public KeycloakHttp http() {
        return http;
    }

    @Produces
    @ApplicationScoped
    KeycloakUsers keycloakUsers() {
        return new KeycloakAdminClient(settings, http, new ServiceTokenSource(settings, http, Clock.systemUTC()));
    }
}
