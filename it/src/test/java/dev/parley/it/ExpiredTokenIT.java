package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A Keycloak token that has expired gets {@code 401} with {@code error="invalid_token"} (RFC 6750
 * §3.1) and changes nothing. The realm's tokens live five minutes, so the test registers a temporary
 * public client whose tokens live two seconds (Keycloak's per-client {@code access.token.lifespan}),
 * through Keycloak's admin API as the master administrator, and removes it afterwards.
 */
class ExpiredTokenIT {

    /** The API's verifier allows this much clock skew past {@code exp} (JwtVerifier.DEFAULT_SKEW). */
    private static final Duration SKEW = Duration.ofSeconds(30);
    private static final int LIFESPAN_SECONDS = 2;

    private final HttpClient http = HttpClient.newHttpClient();
    private final String clientId = "it-short-" + UUID.randomUUID().toString().substring(0, 8);
    private String masterToken;
    private String clientLocation;

    @BeforeEach
    void registerShortLivedClient() throws Exception {
        String form = "grant_type=password&client_id=admin-cli&username=admin&password="
                + URLEncoder.encode(Suite.secret("KC_ADMIN_PASSWORD"), StandardCharsets.UTF_8);
        HttpResponse<String> token = http.send(HttpRequest.newBuilder(URI.create(Suite.KEYCLOAK
                        + "/realms/master/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, token.statusCode(), token::body);
        masterToken = Json.createReader(new java.io.StringReader(token.body())).readObject().getString("access_token");

        String client = Json.createObjectBuilder()
                .add("clientId", clientId).add("publicClient", true).add("directAccessGrantsEnabled", true)
                .add("standardFlowEnabled", false)
                .add("attributes", Json.createObjectBuilder().add("access.token.lifespan", String.valueOf(LIFESPAN_SECONDS)))
                .add("protocolMappers", Json.createArrayBuilder().add(Json.createObjectBuilder()
                        .add("name", "groups").add("protocol", "openid-connect")
                        .add("protocolMapper", "oidc-usermodel-realm-role-mapper")
                        .add("config", Json.createObjectBuilder().add("claim.name", "groups").add("multivalued", "true")
                                .add("access.token.claim", "true").add("id.token.claim", "false")
                                .add("jsonType.label", "String"))))
                .build().toString();
        HttpResponse<String> created = http.send(HttpRequest.newBuilder(URI.create(Suite.KEYCLOAK
                        + "/admin/realms/" + Suite.REALM + "/clients"))
                .header("Authorization", "Bearer " + masterToken).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(client)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(201, created.statusCode(), created::body);
        clientLocation = created.headers().firstValue("Location").orElseThrow();
    }

    @AfterEach
    void removeClient() throws Exception {
        if (clientLocation != null) {
            http.send(HttpRequest.newBuilder(URI.create(clientLocation)).header("Authorization", "Bearer " + masterToken)
                    .DELETE().build(), HttpResponse.BodyHandlers.discarding());
        }
    }

    @Test
    void expiredTokenIsRejectedAsInvalidToken() throws Exception {
        String form = "grant_type=password&client_id=" + clientId + "&username=parley-admin&password="
                + URLEncoder.encode(Suite.adminPassword(), StandardCharsets.UTF_8);
        HttpResponse<String> grant = http.send(HttpRequest.newBuilder(URI.create(Suite.KEYCLOAK + "/realms/"
                        + Suite.REALM + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, grant.statusCode(), grant::body);
        var body = Json.createReader(new java.io.StringReader(grant.body())).readObject();
        assertEquals(LIFESPAN_SECONDS, body.getInt("expires_in"), "the client's short lifespan applies");
        String token = body.getString("access_token");

        assertEquals(200, Http.get(token, "/api/domains").status(), "fresh, the token is good");

        Thread.sleep(Duration.ofSeconds(LIFESPAN_SECONDS).plus(SKEW).plusSeconds(2).toMillis());
        Http.Response expired = Http.get(token, "/api/domains");
        assertEquals(401, expired.status(), expired::toString);
        String challenge = expired.header("WWW-Authenticate");
        assertTrue(challenge != null && challenge.startsWith("Bearer") && challenge.contains("error=\"invalid_token\""),
                "RFC 6750 §3.1 challenge, got " + challenge);
        assertTrue(expired.header("Content-Type").startsWith("application/problem+json"));
        Http.Response write = Http.post(token, "/api/domains",
                Json.createObjectBuilder().add("name", "expired-" + clientId + ".test").build());
        assertEquals(401, write.status());
        String admin = Http.token("parley-admin", Suite.adminPassword());
        assertEquals(404, Http.get(admin, "/api/domains/expired-" + clientId + ".test").status(), "nothing created");
    }
}
