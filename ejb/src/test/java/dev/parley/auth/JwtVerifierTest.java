package dev.parley.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.testing.MutableClock;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class JwtVerifierTest {

    private final TestTokens tokens = new TestTokens();
    private final MutableClock clock = MutableClock.at("2025-03-01T12:00:00Z");
    private final JwtVerifier verifier = new JwtVerifier(tokens.jwks(), TestTokens.ISSUER, clock, Duration.ofSeconds(30));
    private final Instant now = clock.instant();

    private String reason(String token) {
        return assertThrows(JwtVerifier.InvalidTokenException.class, () -> verifier.verify(token)).getMessage();
    }

    @Test
    void acceptsAValidTokenWithRolesFromTheGroupsClaim() throws Exception {
        AuthResult result = verifier.verify(tokens.sign(TestTokens.claims("Carol@Example.test", now).build()));
        assertTrue(result.ok());
        assertEquals("carol@example.test", result.username());
        assertEquals("0b6a-Carol@Example.test", result.subject());
        assertEquals(Set.of("user", "domain-admin"), result.roles());
    }

    @Test
    void fallsBackToRealmAccessRoles() throws Exception {
        JsonObject claims = TestTokens.claims("carol@example.test", now).remove("groups")
                .add("realm_access", Json.createObjectBuilder().add("roles", Json.createArrayBuilder().add("admin")))
                .build();
        assertEquals(Set.of("admin"), verifier.verify(tokens.sign(claims)).roles());
    }

    @Test
    void rejectsExpiredTokensAfterTheSkew() throws Exception {
        String token = tokens.sign(TestTokens.claims("carol@example.test", now).build());
        clock.advance(Duration.ofSeconds(300 + 29));
        verifier.verify(token); // within the 30 s skew
        clock.advance(Duration.ofSeconds(1));
        assertTrue(reason(token).contains("expired"));
    }

    @Test
    void rejectsTokensNotYetValid() {
        JsonObject claims = TestTokens.claims("carol@example.test", now.plusSeconds(120)).build();
        assertTrue(reason(tokens.sign(claims)).contains("not valid before"));
    }

    @Test
    void rejectsABadSignature() {
        String forged = TestTokens.sign(Json.createObjectBuilder().add("alg", "RS256").add("kid", TestTokens.KID).build(),
                TestTokens.claims("carol@example.test", now).build(), TestTokens.generate().getPrivate());
        assertTrue(reason(forged).contains("bad signature"));

        String valid = tokens.sign(TestTokens.claims("carol@example.test", now).build());
        String[] parts = valid.split("\\.");
        String tampered = parts[0] + "." + TestTokens.b64(TestTokens.claims("admin", now).build().toString()
                .getBytes(StandardCharsets.UTF_8)) + "." + parts[2];
        assertTrue(reason(tampered).contains("bad signature"));
    }

    @Test
    void rejectsAWrongIssuer() {
        JsonObject claims = TestTokens.claims("carol@example.test", now).add("iss", "http://evil.test/realms/parley").build();
        assertTrue(reason(tokens.sign(claims)).contains("wrong issuer"));
    }

    @Test
    void rejectsMissingOrUnknownKeyIds() {
        JsonObject claims = TestTokens.claims("carol@example.test", now).build();
        String noKid = TestTokens.sign(Json.createObjectBuilder().add("alg", "RS256").build(), claims, tokens.keys.getPrivate());
        assertTrue(reason(noKid).contains("no kid"));
        String otherKid = TestTokens.sign(Json.createObjectBuilder().add("alg", "RS256").add("kid", "rotated").build(),
                claims, tokens.keys.getPrivate());
        assertTrue(reason(otherKid).contains("unknown signing key"));
    }

    @Test
    void rejectsOtherAlgorithms() {
        JsonObject claims = TestTokens.claims("carol@example.test", now).build();
        String none = TestTokens.b64(Json.createObjectBuilder().add("alg", "none").build().toString().getBytes(StandardCharsets.UTF_8))
                + "." + TestTokens.b64(claims.toString().getBytes(StandardCharsets.UTF_8)) + ".";
        assertTrue(reason(none).contains("unsupported alg none"));
        String hs = TestTokens.sign(Json.createObjectBuilder().add("alg", "HS256").add("kid", TestTokens.KID).build(),
                claims, tokens.keys.getPrivate());
        assertTrue(reason(hs).contains("unsupported alg HS256"));
    }

    @Test
    void rejectsIdAndRefreshTokensAndTokensWithoutUsernameOrExpiry() {
        assertTrue(reason(tokens.sign(TestTokens.claims("c@example.test", now).add("typ", "ID").build())).contains("typ"));
        assertTrue(reason(tokens.sign(TestTokens.claims("c@example.test", now).remove("preferred_username").build()))
                .contains("preferred_username"));
        assertTrue(reason(tokens.sign(TestTokens.claims("c@example.test", now).remove("exp").build())).contains("no exp"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "a.b", "a.b.c.d", "!!!.???.***", "eyJhbGciOiJSUzI1NiJ9.e30"})
    void rejectsMalformedTokens(String token) {
        reason(token);
    }
}
