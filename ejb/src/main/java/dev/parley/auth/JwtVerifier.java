package dev.parley.auth;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Verifies Keycloak access tokens: JWS compact serialization (RFC 7515 §7.1) signed RS256
 * (RSASSA-PKCS1-v1_5 with SHA-256, RFC 7518 §3.3), with the JWT claims of RFC 7519 §4.1.
 */
public class JwtVerifier {

    /** Thrown for any token that is not acceptable; the message is for logs, never for clients. */
    public static class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }

    public static final Duration DEFAULT_SKEW = Duration.ofSeconds(30);

    private final JwksSource keys;
    private final String issuer;
    private final Clock clock;
    private final Duration skew;

    public JwtVerifier(JwksSource keys, String issuer, Clock clock, Duration skew) {
        this.keys = keys;
        this.issuer = issuer;
        this.clock = clock;
        this.skew = skew;
    }

    /** Checks signature and claims; returns the success result (username, subject, roles). */
    public AuthResult verify(String token) throws InvalidTokenException {
        if (token == null || token.isBlank()) {
            throw new InvalidTokenException("no token");
        }
        String[] parts = token.trim().split("\\.", -1);
        if (parts.length != 3) {
            throw new InvalidTokenException("not a JWS compact serialization (" + parts.length + " parts)");
        }
        JsonObject header = decode(parts[0], "header");
        // RFC 8725 §3.1: accept only the algorithm we expect, never "none" or an HMAC with the public key
        if (!"RS256".equals(header.getString("alg", ""))) {
            throw new InvalidTokenException("unsupported alg " + header.getString("alg", "(none)"));
        }
        String kid = header.getString("kid", null);
        if (kid == null) {
            throw new InvalidTokenException("token header has no kid");
        }
        PublicKey key = keys.key(kid).orElseThrow(() -> new InvalidTokenException("unknown signing key " + kid));
        checkSignature(key, parts);
        JsonObject claims = decode(parts[1], "payload");
        checkClaims(claims);
        String username = claims.getString("preferred_username", null);
        if (username == null || username.isBlank()) {
            throw new InvalidTokenException("token has no preferred_username");
        }
        return AuthResult.success(username.toLowerCase(Locale.ROOT), claims.getString("sub", null), roles(claims));
    }

    private static void checkSignature(PublicKey key, String[] parts) throws InvalidTokenException {
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initVerify(key);
            // RFC 7515 §5.2: the signing input is ASCII(BASE64URL(header) || '.' || BASE64URL(payload))
            rsa.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
            if (!rsa.verify(Base64.getUrlDecoder().decode(parts[2]))) {
                throw new InvalidTokenException("bad signature");
            }
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new InvalidTokenException("bad signature: " + e.getMessage());
        }
    }

    private void checkClaims(JsonObject claims) throws InvalidTokenException {
        if (!issuer.equals(claims.getString("iss", ""))) {
            throw new InvalidTokenException("wrong issuer " + claims.getString("iss", "(none)"));
        }
        Instant now = clock.instant();
        Instant exp = time(claims, "exp");
        if (exp == null) {
            throw new InvalidTokenException("token has no exp");
        }
        // RFC 7519 §4.1.4: reject on or after exp, allowing a little clock skew
        if (!now.isBefore(exp.plus(skew))) {
            throw new InvalidTokenException("token expired at " + exp);
        }
        Instant nbf = time(claims, "nbf");
        if (nbf != null && now.isBefore(nbf.minus(skew))) { // RFC 7519 §4.1.5
            throw new InvalidTokenException("token not valid before " + nbf);
        }
        // Keycloak marks access tokens typ=Bearer; ID and refresh tokens (ID, Refresh) are no credentials
        String typ = claims.getString("typ", "");
        if (!"Bearer".equalsIgnoreCase(typ)) {
            throw new InvalidTokenException("not an access token (typ " + typ + ")");
        }
    }

    /** Realm roles: the top-level {@code groups} claim (a Keycloak mapper), else {@code realm_access.roles}. */
    static Set<String> roles(JsonObject claims) {
        JsonValue groups = claims.get("groups");
        if (groups instanceof JsonArray array) {
            return strings(array);
        }
        JsonValue realmAccess = claims.get("realm_access");
        if (realmAccess instanceof JsonObject object && object.get("roles") instanceof JsonArray array) {
            return strings(array);
        }
        return Set.of();
    }

    private static Set<String> strings(JsonArray array) {
        Set<String> result = new LinkedHashSet<>();
        for (JsonValue value : array) {
            if (value instanceof JsonString s) {
                // groups may come as paths ("/admin") when a group mapper is used
                String name = s.getString();
                result.add(name.startsWith("/") ? name.substring(1) : name);
            }
        }
        return result;
    }

    private static Instant time(JsonObject claims, String name) throws InvalidTokenException {
        JsonValue value = claims.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (!(value instanceof JsonNumber number)) {
            throw new InvalidTokenException(name + " is not a NumericDate");
        }
        return Instant.ofEpochSecond(number.longValue()); // RFC 7519 §2 NumericDate: seconds since the epoch
    }

    private static JsonObject decode(String part, String what) throws InvalidTokenException {
        try (JsonReader reader = Json.createReader(new StringReader(
                new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8)))) {
            return reader.readObject();
        } catch (RuntimeException e) {
            throw new InvalidTokenException("token " + what + " is not base64url JSON");
        }
    }
}
