package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The REST admin API end to end: real Keycloak tokens, real PostgreSQL, the deployed EAR. Each run
 * works in domains of its own ({@code it-<random>.test}) and removes them afterwards.
 */
class DirectoryApiIT {

    private static final String RUN = UUID.randomUUID().toString().substring(0, 8);
    private static final String DOMAIN = "it-" + RUN + ".test";
    private static final String OTHER = "it-" + RUN + "-other.test";

    private static String admin;

    @BeforeAll
    static void createDomains() {
        admin = Http.token("parley-admin", Suite.adminPassword());
        for (String name : List.of(DOMAIN, OTHER)) {
            Http.Response created = Http.post(admin, "/api/domains", Json.createObjectBuilder().add("name", name).build());
            assertEquals(201, created.status(), created::toString);
        }
    }

    @AfterAll
    static void removeDomains() {
        String token = Http.token("parley-admin", Suite.adminPassword());
        for (String name : List.of(DOMAIN, OTHER)) {
            Http.Response accounts = Http.get(token, "/api/domains/" + name + "/accounts");
            if (accounts.status() == 200) {
                accounts.jsonArray().getValuesAs(JsonObject.class).forEach(a ->
                        Http.delete(token, "/api/domains/" + name + "/accounts/" + a.getString("localPart")));
            }
            Http.delete(token, "/api/domains/" + name);
        }
    }

    @Test
    void requestWithoutTokenGetsBearerChallengeAsProblemDetails() {
        Http.Response response = Http.get(null, "/api/domains");
        assertEquals(401, response.status());
        // RFC 6750 §3.1: no token, no error code
        assertEquals("Bearer realm=\"parley\"", response.header("WWW-Authenticate"));
        assertProblem(response, 401);
    }

    @Test
    void garbageAndTamperedTokensAreRejected() {
        Http.Response garbage = Http.get("not-a-jwt", "/api/domains");
        assertEquals(401, garbage.status());
        assertTrue(garbage.header("WWW-Authenticate").contains("error=\"invalid_token\""), garbage.header("WWW-Authenticate"));
        String token = Http.token("parley-admin", Suite.adminPassword());
        String[] parts = token.split("\\.");
        String forgedPayload = Base64.getUrlEncoder().withoutPadding().encodeToString(
                "{\"preferred_username\":\"parley-admin\",\"groups\":[\"admin\"],\"exp\":4102444800}".getBytes());
        String forged = parts[0] + "." + forgedPayload + "." + parts[2];
        Http.Response response = Http.get(forged, "/api/domains");
        assertEquals(401, response.status(), response::toString);
        assertProblem(response, 401);
    }

    @Test
    void meAnswersAPlainUserWithTheirOwnAccount() {
        Http.Response me = Http.get(Http.token("alice@" + Suite.DEMO_DOMAIN, Suite.demoPassword()), "/api/me");
        assertEquals(200, me.status(), me::toString);
        assertEquals("alice@" + Suite.DEMO_DOMAIN, me.json().getString("address"));
        assertEquals(403, Http.get(Http.token("alice@" + Suite.DEMO_DOMAIN, Suite.demoPassword()), "/api/domains").status(),
                "the rest of the admin API stays closed to plain users");
        assertEquals(404, Http.get(Http.token("parley-admin", Suite.adminPassword()), "/api/me").status(),
                "parley-admin has no directory account");
    }

    @Test
    void lockingTheDomainEndsLoginsAndIssuedTokens() {
        String password = "Lock-" + UUID.randomUUID();
        Http.Response created = Http.post(admin, "/api/domains/" + OTHER + "/accounts", Json.createObjectBuilder()
                .add("localPart", "locky").add("password", password)
                .add("roles", Json.createArrayBuilder().add("domain-admin").add("user")).build());
        assertEquals(201, created.status(), created::toString);
        String address = "locky@" + OTHER;
        String issued = Http.token(address, password);
        assertEquals(200, Http.get(issued, "/api/me").status());

        Http.Response locked = Http.put(admin, "/api/domains/" + OTHER, Json.createObjectBuilder().add("status", "locked").build());
        assertEquals(200, locked.status(), locked::toString);

        assertEquals(400, Http.passwordGrant(address, password).status(), "Keycloak user disabled: no new token");
        Http.Response refused = Http.get(issued, "/api/me");
        assertEquals(401, refused.status(), "a token issued before the lock is refused by the directory");
        assertTrue(refused.header("WWW-Authenticate").contains("error=\"invalid_token\""), refused.header("WWW-Authenticate"));

        assertEquals(200, Http.put(admin, "/api/domains/" + OTHER, Json.createObjectBuilder().add("status", "active").build()).status());
        assertEquals(200, Http.get(Http.token(address, password), "/api/me").status(), "unlocked: logins work again");
    }

    @Test
    void wrongPasswordGetsNoToken() {
        Http.Response response = Http.passwordGrant("bob@" + Suite.DEMO_DOMAIN, "wrong-" + RUN);
        assertEquals(401, response.status(), response::toString);
        assertEquals("invalid_grant", response.json().getString("error"));
    }

    @Test
    void demoDomainAndUsersExist() {
        Http.Response accounts = Http.get(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts");
        assertEquals(200, accounts.status(), accounts::toString);
        List<String> addresses = addresses(accounts.jsonArray());
        assertTrue(addresses.containsAll(List.of("admin@example.test", "alice@example.test", "bob@example.test")),
                addresses::toString);
        assertNotNull(Http.token("alice@example.test", Suite.demoPassword()));
    }

    @Test
    void domainLifecycleWithPreciseErrors() {
        String name = "it-" + RUN + "-life.test";
        Http.Response created = Http.post(admin, "/api/domains", Json.createObjectBuilder()
                .add("name", name).add("aliases", Json.createArrayBuilder().add("alias-" + name)).build());
        assertEquals(201, created.status(), created::toString);
        assertTrue(created.header("Location").endsWith("/api/domains/" + name), created.header("Location"));
        assertEquals(name, created.json().getString("name"));

        Http.Response duplicate = Http.post(admin, "/api/domains", Json.createObjectBuilder().add("name", name).build());
        assertEquals(409, duplicate.status(), duplicate::toString);
        assertProblem(duplicate, 409);
        Http.Response aliasClash = Http.post(admin, "/api/domains",
                Json.createObjectBuilder().add("name", "alias-" + name).build());
        assertEquals(409, aliasClash.status(), aliasClash::toString);

        int before = Http.get(admin, "/api/domains").jsonArray().size();
        Http.Response malformed = Http.postRaw(admin, "/api/domains", "{\"name\": ");
        assertEquals(400, malformed.status(), malformed::toString);
        assertProblem(malformed, 400);
        Http.Response invalid = Http.post(admin, "/api/domains", Json.createObjectBuilder().add("name", "no_such domain").build());
        assertEquals(400, invalid.status(), invalid::toString);
        assertEquals(before, Http.get(admin, "/api/domains").jsonArray().size(), "a refused request changed nothing");

        Http.Response unknown = Http.get(admin, "/api/domains/unknown-" + RUN + ".test");
        assertEquals(404, unknown.status(), unknown::toString);
        assertProblem(unknown, 404);

        Http.Response locked = Http.put(admin, "/api/domains/" + name, Json.createObjectBuilder().add("status", "locked").build());
        assertEquals(200, locked.status(), locked::toString);
        assertEquals("locked", locked.json().getString("status"));

        assertEquals(204, Http.delete(admin, "/api/domains/" + name).status());
        assertEquals(404, Http.get(admin, "/api/domains/" + name).status());
    }

    @Test
    void accountChangesReachKeycloak() {
        String password = "Pw-" + UUID.randomUUID();
        Http.Response created = Http.post(admin, "/api/domains/" + DOMAIN + "/accounts", Json.createObjectBuilder()
                .add("localPart", "carol").add("displayName", "Carol Example").add("password", password)
                .add("quotaBytes", 1073741824L).add("roles", Json.createArrayBuilder().add("user")).build());
        assertEquals(201, created.status(), created::toString);
        JsonObject account = created.json();
        assertEquals("carol@" + DOMAIN, account.getString("address"));
        assertEquals("active", account.getString("status"));
        assertFalse(account.getString("keycloakId").isBlank());

        // Keycloak holds the password: the new account can log in, with its address as username.
        String carol = Http.token("carol@" + DOMAIN, password);
        assertNotNull(carol);
        assertEquals(403, Http.get(carol, "/api/domains/" + DOMAIN + "/accounts").status(), "a plain user is no admin");

        Http.Response duplicate = Http.post(admin, "/api/domains/" + DOMAIN + "/accounts",
                Json.createObjectBuilder().add("localPart", "carol").build());
        assertEquals(409, duplicate.status(), duplicate::toString);

        Http.Response locked = Http.put(admin, "/api/domains/" + DOMAIN + "/accounts/carol",
                Json.createObjectBuilder().add("status", "locked").build());
        assertEquals(200, locked.status(), locked::toString);
        assertEquals("locked", locked.json().getString("status"));
        Http.Response lockedLogin = Http.passwordGrant("carol@" + DOMAIN, password);
        assertTrue(lockedLogin.status() == 400 || lockedLogin.status() == 401, "a locked account cannot log in: " + lockedLogin);

        Http.Response unlocked = Http.put(admin, "/api/domains/" + DOMAIN + "/accounts/carol",
                Json.createObjectBuilder().add("status", "active").build());
        assertEquals(200, unlocked.status(), unlocked::toString);
        assertEquals(200, Http.passwordGrant("carol@" + DOMAIN, password).status());

        Http.Response renamed = Http.put(admin, "/api/domains/" + DOMAIN + "/accounts/carol",
                Json.createObjectBuilder().add("localPart", "caroline").build());
        assertEquals(200, renamed.status(), renamed::toString);
        assertEquals("caroline@" + DOMAIN, renamed.json().getString("address"));
        assertEquals(200, Http.passwordGrant("caroline@" + DOMAIN, password).status(), "Keycloak follows the rename");
        assertEquals(401, Http.passwordGrant("carol@" + DOMAIN, password).status());
        assertEquals(404, Http.get(admin, "/api/domains/" + DOMAIN + "/accounts/carol").status());

        assertEquals(204, Http.delete(admin, "/api/domains/" + DOMAIN + "/accounts/caroline").status());
        assertEquals(404, Http.get(admin, "/api/domains/" + DOMAIN + "/accounts/caroline").status());
        assertEquals(401, Http.passwordGrant("caroline@" + DOMAIN, password).status(), "Keycloak user removed");
        assertFalse(addresses(Http.get(admin, "/api/domains/" + DOMAIN + "/accounts").jsonArray())
                .contains("caroline@" + DOMAIN));
    }

    @Test
    void domainAdminIsConfinedToOwnDomain() {
        String password = "Pw-" + UUID.randomUUID();
        Http.Response created = Http.post(admin, "/api/domains/" + DOMAIN + "/accounts", Json.createObjectBuilder()
                .add("localPart", "postmaster").add("displayName", "Postmaster").add("password", password)
                .add("roles", Json.createArrayBuilder().add("user").add("domain-admin")).build());
        assertEquals(201, created.status(), created::toString);
        String domainAdmin = Http.token("postmaster@" + DOMAIN, password);

        assertEquals(200, Http.get(domainAdmin, "/api/domains/" + DOMAIN + "/accounts").status());
        Http.Response other = Http.get(domainAdmin, "/api/domains/" + OTHER + "/accounts");
        assertEquals(403, other.status(), other::toString);
        assertProblem(other, 403);
        assertEquals(403, Http.get(domainAdmin, "/api/domains/nowhere-" + RUN + ".test/accounts").status(),
                "403, not 404: a domain admin learns nothing about other domains");
        assertEquals(403, Http.post(domainAdmin, "/api/domains",
                Json.createObjectBuilder().add("name", "it-" + RUN + "-sneaky.test").build()).status());
        assertEquals(403, Http.post(domainAdmin, "/api/domains/" + OTHER + "/accounts",
                Json.createObjectBuilder().add("localPart", "intruder").build()).status());
        assertEquals(403, Http.post(domainAdmin, "/api/domains/" + DOMAIN + "/accounts", Json.createObjectBuilder()
                .add("localPart", "root").add("roles", Json.createArrayBuilder().add("admin")).build()).status(),
                "only an admin grants admin");

        Http.Response own = Http.post(domainAdmin, "/api/domains/" + DOMAIN + "/accounts", Json.createObjectBuilder()
                .add("localPart", "dave").add("displayName", "Dave").build());
        assertEquals(201, own.status(), own::toString);
        assertEquals(404, Http.get(admin, "/api/domains/" + OTHER + "/accounts/intruder").status(), "nothing created");
    }

    @Test
    void aliasesGroupsAndCatchAllShareOneAddressSpace() {
        Http.Response erin = Http.post(admin, "/api/domains/" + DOMAIN + "/accounts", Json.createObjectBuilder()
                .add("localPart", "erin").add("displayName", "Erin").build());
        assertEquals(201, erin.status(), erin::toString);

        String aliases = "/api/domains/" + DOMAIN + "/aliases";
        Http.Response alias = Http.post(admin, aliases, Json.createObjectBuilder()
                .add("address", "info@" + DOMAIN).add("target", "erin@" + DOMAIN).build());
        assertEquals(201, alias.status(), alias::toString);
        assertFalse(alias.json().getBoolean("catchAll"));
        Http.Response catchAll = Http.post(admin, aliases, Json.createObjectBuilder()
                .add("address", "@" + DOMAIN).add("target", "erin@" + DOMAIN).build());
        assertEquals(201, catchAll.status(), catchAll::toString);
        assertTrue(catchAll.json().getBoolean("catchAll"));
        assertEquals(409, Http.post(admin, aliases, Json.createObjectBuilder()
                .add("address", "erin@" + DOMAIN).add("target", "info@" + DOMAIN).build()).status(),
                "an account's address cannot become an alias");

        String groups = "/api/domains/" + DOMAIN + "/groups";
        Http.Response group = Http.post(admin, groups, Json.createObjectBuilder()
                .add("localPart", "team").add("displayName", "Team").add("postingPolicy", "members")
                .add("members", Json.createArrayBuilder().add("erin@" + DOMAIN).add("friend@elsewhere.example")).build());
        assertEquals(201, group.status(), group::toString);
        assertEquals(2, group.json().getJsonArray("members").size());
        assertEquals(409, Http.post(admin, groups, Json.createObjectBuilder().add("localPart", "info").build()).status(),
                "an alias's address cannot become a group");
        Http.Response badPolicy = Http.post(admin, groups, Json.createObjectBuilder()
                .add("localPart", "team2").add("postingPolicy", "everybody-and-their-dog").build());
        assertEquals(400, badPolicy.status(), badPolicy::toString);

        Http.Response updated = Http.put(admin, groups + "/team", Json.createObjectBuilder()
                .add("members", Json.createArrayBuilder().add("erin@" + DOMAIN)).build());
        assertEquals(200, updated.status(), updated::toString);
        assertEquals(1, updated.json().getJsonArray("members").size());

        List<String> aliasList = Http.get(admin, aliases).jsonArray().getValuesAs(JsonObject.class).stream()
                .map(a -> a.getString("address")).toList();
        assertTrue(aliasList.containsAll(List.of("info@" + DOMAIN, "@" + DOMAIN)), aliasList::toString);

        assertEquals(204, Http.delete(admin, aliases + "/info@" + DOMAIN).status());
        assertEquals(204, Http.delete(admin, groups + "/team").status());
        assertEquals(404, Http.get(admin, groups + "/team").status());
    }

    @Test
    void domainHoldingAccountsCannotBeDeletedAndAuditRecordsChanges() {
        Http.Response frank = Http.post(admin, "/api/domains/" + OTHER + "/accounts", Json.createObjectBuilder()
                .add("localPart", "frank").add("displayName", "Frank").build());
        assertEquals(201, frank.status(), frank::toString);
        Http.Response refused = Http.delete(admin, "/api/domains/" + OTHER);
        assertEquals(409, refused.status(), refused::toString);
        assertEquals(200, Http.get(admin, "/api/domains/" + OTHER).status(), "still there");

        Http.Response audit = Http.get(admin, "/api/audit?domain=" + OTHER + "&limit=50");
        assertEquals(200, audit.status(), audit::toString);
        boolean recorded = audit.jsonArray().getValuesAs(JsonObject.class).stream()
                .anyMatch(e -> "parley-admin".equals(e.getString("actor")) && e.getString("target").contains("frank@" + OTHER));
        assertTrue(recorded, audit::toString);
    }

    @Test
    void healthMetricsAndOpenApiAreServed() {
        Http.Response health = Http.getUrl(Suite.WEB + "/health");
        assertEquals(200, health.status(), health::toString);
        assertEquals("UP", health.json().getString("status"));
        assertTrue(health.body().toLowerCase().contains("database"), health::toString);
        assertTrue(health.body().toLowerCase().contains("keycloak"), health::toString);

        Http.Response metrics = Http.getUrl(Suite.WEB + "/metrics");
        assertEquals(200, metrics.status());
        assertTrue(metrics.body().contains("# TYPE"), "Prometheus text format");

        Http.Response openapi = Http.getUrl(Suite.WEB + "/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/api/domains"), "the admin API is described");
    }

    private static List<String> addresses(JsonArray accounts) {
        return accounts.getValuesAs(JsonObject.class).stream().map(a -> a.getString("address")).toList();
    }

    private static void assertProblem(Http.Response response, int status) {
        String type = response.header("Content-Type");
        assertTrue(type != null && type.startsWith("application/problem+json"), "RFC 9457 content type, got " + type);
        JsonObject problem = response.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title"), problem::toString);
        assertTrue(problem.get("detail") instanceof JsonString detail && !detail.getString().isBlank(), problem::toString);
    }
}
