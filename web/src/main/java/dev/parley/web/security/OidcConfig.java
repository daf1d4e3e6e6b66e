package dev.parley.web.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Keycloak and OpenID Connect settings from MicroProfile Config (docs/adr/0001), with defaults for a
 * local installation. Named {@code oidcConfig} for the EL in {@link WebSecurity}'s annotation.
 */
@Named("oidcConfig")
@ApplicationScoped
public class OidcConfig {

    @Inject
    @ConfigProperty(name = "parley.keycloak.url", defaultValue = "http://localhost:8180")
    String keycloakUrl;

    @Inject
    @ConfigProperty(name = "parley.keycloak.realm", defaultValue = "parley")
    String realm;

    @Inject
    @ConfigProperty(name = "parley.oidc.client-id", defaultValue = "parley-web")
    String clientId;

    /** No usable default exists: {@code bin/parley up} sets it from {@code PARLEY_WEB_CLIENT_SECRET}. */
    @Inject
    @ConfigProperty(name = "parley.oidc.client-secret", defaultValue = "unset")
    String clientSecret;

    @Inject
    @ConfigProperty(name = "parley.public-url", defaultValue = "http://localhost:8080")
    String publicUrl;

    /** {@code {parley.keycloak.url}/realms/{parley.keycloak.realm}}: the issuer (OIDC Discovery §4). */
    public String getProviderUri() {
        return trimSlash(keycloakUrl) + "/realms/" + realm;
    }

    public String getClientId() {
        return clientId;
    }

    public String getClientSecret() {
        return clientSecret;
    }

    /** The suite's public base URL without a trailing slash. */
    public String getPublicUrl() {
        return trimSlash(publicUrl);
    }

    /**
     * Where Keycloak sends the browser after logout: the start page. A getter of its own because
     * Soteria evaluates an annotation attribute only when the whole value is one expression.
     */
    public String getPostLogoutRedirectUri() {
        return getPublicUrl() + "/";
    }

    /** Keycloak's RP-initiated logout endpoint, used when the provider metadata is not at hand. */
    public String getEndSessionEndpoint() {
        return getProviderUri() + "/protocol/openid-connect/logout";
    }

    private static String trimSlash(String url) {
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
