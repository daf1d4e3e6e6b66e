package dev.parley.keycloak;

import java.net.URI;

/**
 * Where Keycloak is and how the server authenticates to it (client {@code parley-server}).
 * {@code issuer} is the {@code iss} that tokens carry: by default {@code {url}/realms/{realm}}, but
 * it differs when browsers reach Keycloak under another (public) URL than the server does.
 */
public record KeycloakSettings(String url, String realm, String clientId, String clientSecret, String issuer) {

    public static final String DEFAULT_URL = "http://localhost:8180";
    public static final String DEFAULT_REALM = "parley";
    public static final String DEFAULT_CLIENT_ID = "parley-server";

    public KeycloakSettings {
        url = strip(url == null || url.isBlank() ? DEFAULT_URL : url.trim());
        realm = realm == null || realm.isBlank() ? DEFAULT_REALM : realm.trim();
        clientId = clientId == null || clientId.isBlank() ? DEFAULT_CLIENT_ID : clientId.trim();
        clientSecret = clientSecret == null ? "" : clientSecret;
        issuer = issuer == null || issuer.isBlank() ? url + "/realms/" + realm : strip(issuer.trim());
    }

    private static String strip(String s) {
        return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
    }

    public URI tokenEndpoint() {
        return URI.create(url + "/realms/" + realm + "/protocol/openid-connect/token");
    }

    public URI certsEndpoint() {
        return URI.create(url + "/realms/" + realm + "/protocol/openid-connect/certs");
    }

    /** Base of the Admin REST API for the realm, e.g. {@code …/admin/realms/parley}. */
    public String adminBase() {
        return url + "/admin/realms/" + realm;
    }

    @Override
    public String toString() {
        return "KeycloakSettings[url=" + url + ", realm=" + realm + ", clientId=" + clientId + ", issuer=" + issuer
                + ", clientSecret=" + (clientSecret.isEmpty() ? "unset" : "***") + "]";
    }
}
