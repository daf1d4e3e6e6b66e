package dev.parley.keycloak;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.directory.DirectoryRules;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryException.Kind;
import dev.parley.testing.MutableClock;
import jakarta.json.JsonObject;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The real HTTP client against a fake Keycloak on a loopback port. */
class KeycloakAdminClientTest {

    private final FakeKeycloakServer keycloak = new FakeKeycloakServer();
    private final MutableClock clock = MutableClock.at("2025-03-01T12:00:00Z");
    private final KeycloakSettings settings = new KeycloakSettings(keycloak.url(), "parley", null, "s3cret", null);
    private final KeycloakHttp http = KeycloakHttp.createDefault();
    private final ServiceTokenSource tokens = new ServiceTokenSource(settings, http, clock);
    private final KeycloakAdminClient client = new KeycloakAdminClient(settings, http, tokens);

    KeycloakAdminClientTest() throws Exception {
    }

    @AfterEach
    void stop() {
        keycloak.close();
    }

    private static DirectoryException.Kind kindOf(Runnable call) {
        return assertThrows(DirectoryException.class, call::run).kind();
    }

    @Test
    void createsAUserWithPasswordAndRealmRoles() {
        String id = client.createUser(new NewKeycloakUser("carol@example.test", "carol@example.test", true,
                Set.of("user", "domain-admin"), "pw-carol-1"));
        JsonObject user = keycloak.users.get(id);
        assertEquals("carol@example.test", user.getString("username"));
        assertEquals("carol@example.test", user.getString("email"));
        assertTrue(user.getBoolean("enabled"));
        assertEquals("pw-carol-1", keycloak.passwords.get(id));
        assertEquals(Set.of("default-roles-parley", "user", "domain-admin"), keycloak.roles.get(id));
    }

    @Test
    void cachesTheServiceTokenUntilShortlyBeforeExpiry() {
        client.createUser(new NewKeycloakUser("a@example.test", "a@example.test", true, Set.of(), null));
        client.createUser(new NewKeycloakUser("b@example.test", "b@example.test", true, Set.of(), null));
        assertEquals(1, keycloak.tokensIssued);
        clock.advance(Duration.ofSeconds(300 - 30));
        client.createUser(new NewKeycloakUser("c@example.test", "c@example.test", true, Set.of(), null));
        assertEquals(2, keycloak.tokensIssued);
    }

    @Test
    void fetchesANewTokenWhenKeycloakRejectsTheCachedOne() {
        client.createUser(new NewKeycloakUser("a@example.test", "a@example.test", true, Set.of(), null));
        keycloak.validToken = "revoked";
        client.createUser(new NewKeycloakUser("b@example.test", "b@example.test", true, Set.of(), null));
        assertEquals(2, keycloak.tokensIssued);
    }

    @Test
    void anExistingUsernameIsAConflict() {
        client.createUser(new NewKeycloakUser("carol@example.test", "carol@example.test", true, Set.of(), null));
        assertEquals(Kind.CONFLICT, kindOf(() -> client.createUser(
                new NewKeycloakUser("carol@example.test", "carol@example.test", true, Set.of(), null))));
    }

    @Test
    void renameAndDisableKeepTheRestOfTheRepresentation() {
        String id = client.createUser(new NewKeycloakUser("carol@example.test", "carol@example.test", true, Set.of(), null));
        client.rename(id, "caroline@example.test", "caroline@example.test");
        client.setEnabled(id, false);
        JsonObject user = keycloak.users.get(id);
        assertEquals("caroline@example.test", user.getString("username"));
        assertEquals("caroline@example.test", user.getString("email"));
        assertFalse(user.getBoolean("enabled"));
        assertTrue(user.containsKey("attributes"), "PUT sent the whole representation back");
    }

    @Test
    void setsManagedRolesAndLeavesOthersAlone() {
        String id = client.createUser(new NewKeycloakUser("carol@example.test", "carol@example.test", true,
                Set.of("user", "domain-admin"), null));
        client.setRealmRoles(id, Set.of("user", "admin"), DirectoryRules.ROLES);
        assertEquals(Set.of("default-roles-parley", "user", "admin"), keycloak.roles.get(id));
    }

    @Test
    void passwordPolicyViolationsAreInvalidPasswords() {
        String id = client.createUser(new NewKeycloakUser("carol@example.test", "carol@example.test", true, Set.of(), null));
        DirectoryException e = assertThrows(DirectoryException.class, () -> client.setPassword(id, "short"));
        assertEquals(Kind.INVALID, e.kind());
        assertEquals("password", e.field());
        assertTrue(e.getMessage().contains("minimum length 8"), e.getMessage());
    }

    @Test
    void deletingAMissingUserIsFine() {
        String id = client.createUser(new NewKeycloakUser("carol@example.test", "carol@example.test", true, Set.of(), null));
        client.deleteUser(id);
        client.deleteUser(id);
        assertTrue(keycloak.users.isEmpty());
    }

    @Test
    void unreachableOrMisconfiguredKeycloakIsUnavailable() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = socket.getLocalPort();
        }
        KeycloakSettings down = new KeycloakSettings("http://127.0.0.1:" + closedPort, "parley", null, "s3cret", null);
        KeycloakAdminClient offline = new KeycloakAdminClient(down, http, new ServiceTokenSource(down, http, clock));
        assertEquals(Kind.UNAVAILABLE, kindOf(() -> offline.deleteUser("x")));

        KeycloakSettings wrongSecret = new KeycloakSettings(keycloak.url(), "parley", null, "wrong", null);
        KeycloakAdminClient refused = new KeycloakAdminClient(wrongSecret, http, new ServiceTokenSource(wrongSecret, http, clock));
        assertEquals(Kind.UNAVAILABLE, kindOf(() -> refused.setEnabled("x", false)));
    }

    @Test
    void settingsDeriveEndpointsAndIssuer() {
        KeycloakSettings defaults = new KeycloakSettings(null, null, null, null, null);
        assertEquals("http://localhost:8180/realms/parley", defaults.issuer());
        assertEquals("parley-server", defaults.clientId());
        assertEquals("http://localhost:8180/realms/parley/protocol/openid-connect/certs", defaults.certsEndpoint().toString());
        assertEquals("https://id.example.test/realms/parley",
                new KeycloakSettings("http://kc:8080/", "parley", null, "x", "https://id.example.test/realms/parley/").issuer());
        assertFalse(new KeycloakSettings(null, null, null, "s3cret", null).toString().contains("s3cret"));
    }
}
