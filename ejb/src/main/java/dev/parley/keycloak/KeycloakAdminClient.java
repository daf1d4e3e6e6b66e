package dev.parley.keycloak;

import dev.parley.directory.api.DirectoryException;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import jakarta.json.JsonValue;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@link KeycloakUsers} over Keycloak's Admin REST API ({@code /admin/realms/{realm}/users…}) with
 * java.net.http and JSON-P. Not the org.keycloak admin-client library: its RESTEasy clashes with
 * Payara's Jersey (docs/adr/0003-keycloak-admin-over-plain-http.md).
 */
public class KeycloakAdminClient implements KeycloakUsers {

    private static final Logger LOG = LoggerFactory.getLogger(KeycloakAdminClient.class);

    private final KeycloakSettings settings;
    private final KeycloakHttp http;
    private final ServiceTokenSource tokens;
    private final Map<String, JsonObject> roleCache = new ConcurrentHashMap<>();

    public KeycloakAdminClient(KeycloakSettings settings, KeycloakHttp http, ServiceTokenSource tokens) {
        this.settings = settings;
        this.http = http;
        this.tokens = tokens;
    }

    @Override
    public String createUser(NewKeycloakUser user) {
        var body = Json.createObjectBuilder()
                .add("username", user.username())
                .add("email", user.email())
                .add("emailVerified", true)
                .add("enabled", user.enabled());
        if (user.password() != null) {
            body.add("credentials", Json.createArrayBuilder().add(passwordCredential(user.password())));
        }
        KeycloakHttp.Response response = call("POST", "/users", body.build(), "create user " + user.username());
        String id = response.location().map(l -> l.substring(l.lastIndexOf('/') + 1))
                .orElseGet(() -> findId(user.username()));
        try {
            if (!user.realmRoles().isEmpty()) {
                setRealmRoles(id, user.realmRoles(), user.realmRoles());
            }
        } catch (RuntimeException e) {
            deleteUser(id); // leave no half-made user behind
            throw e;
        }
        LOG.debug("Keycloak user {} created with id {}", user.username(), id);
        return id;
    }

    @Override
    public void rename(String id, String username, String email) {
        JsonObject current = user(id);
        JsonObject changed = Json.createObjectBuilder(current).add("username", username).add("email", email)
                .add("emailVerified", true).build();
        call("PUT", "/users/" + id, changed, "rename user " + id);
        String now = user(id).getString("username", "");
        if (!now.equalsIgnoreCase(username)) {
            // Keycloak silently ignores a username change when the realm does not allow editing usernames.
            throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE, "Keycloak did not rename user "
                    + current.getString("username", id) + " (realm setting editUsernameAllowed?)");
        }
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        JsonObject changed = Json.createObjectBuilder(user(id)).add("enabled", enabled).build();
        call("PUT", "/users/" + id, changed, (enabled ? "enable" : "disable") + " user " + id);
    }

    @Override
    public void setPassword(String id, String password) {
        call("PUT", "/users/" + id + "/reset-password", passwordCredential(password), "set password of user " + id);
    }

    @Override
    public void setRealmRoles(String id, Set<String> roles, Set<String> managed) {
        String path = "/users/" + id + "/role-mappings/realm";
        JsonStructure mapped = call("GET", path, null, "read roles of user " + id).structure();
        Set<String> current = new HashSet<>();
        if (mapped instanceof JsonArray array) {
            array.getValuesAs(JsonObject.class).forEach(r -> current.add(r.getString("name", "")));
        }
        current.retainAll(managed);
        JsonArrayBuilder add = Json.createArrayBuilder();
        JsonArrayBuilder remove = Json.createArrayBuilder();
        int adds = 0;
        int removes = 0;
        for (String role : roles) {
            if (!current.contains(role)) {
                add.add(role(role));
                adds++;
            }
        }
        for (String role : current) {
            if (!roles.contains(role)) {
                remove.add(role(role));
                removes++;
            }
        }
        if (adds > 0) {
            call("POST", path, add.build(), "grant roles to user " + id);
        }
        if (removes > 0) {
            call("DELETE", path, remove.build(), "revoke roles of user " + id);
        }
    }

    @Override
    public void deleteUser(String id) {
        KeycloakHttp.Response response = send("DELETE", "/users/" + id, null);
        if (response.status() == 404) {
            LOG.debug("Keycloak user {} was already gone", id);
            return;
        }
        check(response, "delete user " + id);
    }

    private JsonObject user(String id) {
        return call("GET", "/users/" + id, null, "read user " + id).json();
    }

    private String findId(String username) {
        String query = "/users?exact=true&username=" + URLEncoder.encode(username, StandardCharsets.UTF_8);
        JsonStructure found = call("GET", query, null, "find user " + username).structure();
        if (found instanceof JsonArray array && !array.isEmpty()) {
            return array.getJsonObject(0).getString("id");
        }
        throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE,
                "Keycloak created user " + username + " but cannot find it");
    }

    private JsonObject role(String name) {
        return roleCache.computeIfAbsent(name, n -> {
            JsonObject role = call("GET", "/roles/" + URLEncoder.encode(n, StandardCharsets.UTF_8).replace("+", "%20"),
                    null, "read realm role " + n).json();
            return Json.createObjectBuilder().add("id", role.getString("id")).add("name", role.getString("name")).build();
        });
    }

    private static JsonObject passwordCredential(String password) {
        return Json.createObjectBuilder().add("type", "password").add("value", password)
                .add("temporary", false).build();
    }

    private KeycloakHttp.Response call(String method, String path, JsonStructure body, String what) {
        return check(send(method, path, body), what);
    }

    /** Sends with the service token; a 401 means the token went stale, so fetch a new one once. */
    private KeycloakHttp.Response send(String method, String path, JsonStructure body) {
        URI uri = URI.create(settings.adminBase() + path);
        try {
            KeycloakHttp.Response response = http.json(method, uri, tokens.token(), body);
            if (response.status() == 401) {
                tokens.invalidate();
                response = http.json(method, uri, tokens.token(), body);
            }
            return response;
        } catch (KeycloakUnavailableException e) {
            LOG.warn("Keycloak unavailable: {}", e.getMessage());
            throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE, e.getMessage());
        }
    }

    private KeycloakHttp.Response check(KeycloakHttp.Response response, String what) {
        int status = response.status();
        if (response.ok()) {
            return response;
        }
        String reason = reason(response);
        if (status == 409) {
            throw DirectoryException.conflict("Keycloak: " + reason);
        }
        if (status == 400) {
            String field = what.contains("password") || reason.toLowerCase().contains("password") ? "password" : null;
            throw DirectoryException.invalid(field, "Keycloak rejected the request to " + what + ": " + reason);
        }
        LOG.error("Keycloak failed to {}: HTTP {} {}", what, status, reason);
        throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE,
                "Keycloak failed to " + what + " (HTTP " + status + ")");
    }

    private static String reason(KeycloakHttp.Response response) {
        JsonObject json = response.json();
        for (String key : new String[] {"errorMessage", "error_description", "error"}) {
            JsonValue value = json.get(key);
            if (value != null && value.getValueType() == JsonValue.ValueType.STRING) {
                return json.getString(key);
            }
        }
        return "HTTP " + response.status();
    }
}
