package dev.parley.auth;

import dev.parley.keycloak.KeycloakHttp;
import dev.parley.keycloak.KeycloakSettings;
import dev.parley.keycloak.KeycloakUnavailableException;
import jakarta.json.JsonObject;
import java.util.Locale;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Resource owner password credentials grant (RFC 6749 §4.3) at Keycloak's token endpoint, on the
 * confidential client {@code parley-server} with direct access grants enabled.
 */
public class KeycloakPasswordGrant implements PasswordGrant {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakPasswordGrant.class);

    private final KeycloakSettings settings;
    private final KeycloakHttp http;

    public KeycloakPasswordGrant(KeycloakSettings settings, KeycloakHttp http) {
        this.settings = settings;
        this.http = http;
    }

    @Override
    public Outcome attempt(String username, String password) {
        KeycloakHttp.Response response;
        try {
            response = http.postForm(settings.tokenEndpoint(), Map.of(
                    "grant_type", "password",
                    "client_id", settings.clientId(),
                    "client_secret", settings.clientSecret(),
                    "username", username,
                    "password", password,
                    "scope", "openid"));
        } catch (KeycloakUnavailableException e) {
            LOG.warn("password check for {} impossible: {}", username, e.getMessage());
            return Outcome.refused(AuthResult.Failure.UNAVAILABLE);
        }
        return interpret(response, username);
    }

    /** RFC 6749 §5.2 error responses, as Keycloak fills them. */
    static Outcome interpret(KeycloakHttp.Response response, String username) {
        JsonObject json = response.json();
        if (response.ok()) {
            String token = json.getString("access_token", null);
            return token == null ? Outcome.refused(AuthResult.Failure.UNAVAILABLE) : Outcome.granted(token);
        }
        String error = json.getString("error", "");
        String description = json.getString("error_description", "").toLowerCase(Locale.ROOT);
        if (response.status() >= 500) {
            LOG.error("Keycloak token endpoint failed: HTTP {}", response.status());
            return Outcome.refused(AuthResult.Failure.UNAVAILABLE);
        }
        if ("invalid_client".equals(error) || "unauthorized_client".equals(error)) {
            // our own client credentials are wrong: a server fault, not the user's
            LOG.error("Keycloak refused client credentials of the server ({}: {})", error, description);
            return Outcome.refused(AuthResult.Failure.UNAVAILABLE);
        }
        if (description.contains("disabled") || description.contains("not fully set up")) {
            LOG.debug("login of {} refused: account disabled", username);
            return Outcome.refused(AuthResult.Failure.DISABLED);
        }
        LOG.debug("login of {} refused: HTTP {} {}", username, response.status(), error);
        return Outcome.refused(AuthResult.Failure.BAD_CREDENTIALS);
    }
}
