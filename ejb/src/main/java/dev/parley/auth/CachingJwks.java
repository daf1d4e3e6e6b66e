package dev.parley.auth;

import dev.parley.keycloak.KeycloakUnavailableException;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.spec.RSAPublicKeySpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A JWK Set (RFC 7517 §5) fetched from Keycloak's {@code certs} endpoint and kept. An unknown
 * {@code kid} triggers a refetch (Keycloak rotated its keys), at most once per
 * {@code minRefetchInterval}, so forged tokens with random key ids cannot make us hammer Keycloak.
 */
public class CachingJwks implements JwksSource {

    private static final Logger LOG = LoggerFactory.getLogger(CachingJwks.class);

    private final Supplier<String> fetcher;
    private final Clock clock;
    private final Duration minRefetchInterval;
    private volatile Map<String, PublicKey> keys = Map.of();
    private Instant lastFetch = Instant.MIN;

    /** {@code fetcher} returns the JWK Set document; it throws KeycloakUnavailableException when it cannot. */
    public CachingJwks(Supplier<String> fetcher, Clock clock, Duration minRefetchInterval) {
        this.fetcher = fetcher;
        this.clock = clock;
        this.minRefetchInterval = minRefetchInterval;
    }

    @Override
    public Optional<PublicKey> key(String kid) {
        PublicKey key = keys.get(kid);
        if (key != null) {
            return Optional.of(key);
        }
        synchronized (this) {
            key = keys.get(kid);
            if (key == null) {
                if (refetchAllowed()) {
                    keys = parse(fetcher.get());
                    key = keys.get(kid);
                } else if (keys.isEmpty()) {
                    // the last fetch failed: say "unavailable", not "bad token"
                    throw new KeycloakUnavailableException("no signing keys loaded yet");
                }
            }
        }
        return Optional.ofNullable(key);
    }

    private boolean refetchAllowed() {
        Instant now = clock.instant();
        if (lastFetch != Instant.MIN && now.isBefore(lastFetch.plus(minRefetchInterval))) {
            return false;
        }
        lastFetch = now;
        return true;
    }

    /** RSA signature keys only (RFC 7518 §6.3.1: {@code n} and {@code e} are base64url big-endian). */
    static Map<String, PublicKey> parse(String document) {
        Map<String, PublicKey> result = new HashMap<>();
        JsonObject jwks;
        try (JsonReader reader = Json.createReader(new StringReader(document))) {
            jwks = reader.readObject();
        } catch (RuntimeException e) {
            throw new KeycloakUnavailableException("JWK Set is not valid JSON", e);
        }
        for (JsonObject jwk : jwks.getJsonArray("keys").getValuesAs(JsonObject.class)) {
            if (!"RSA".equals(jwk.getString("kty", "")) || "enc".equals(jwk.getString("use", "sig"))
                    || !jwk.containsKey("kid") || !jwk.containsKey("n") || !jwk.containsKey("e")) {
                continue;
            }
            try {
                Base64.Decoder decoder = Base64.getUrlDecoder();
                RSAPublicKeySpec spec = new RSAPublicKeySpec(
                        new BigInteger(1, decoder.decode(jwk.getString("n"))),
                        new BigInteger(1, decoder.decode(jwk.getString("e"))));
                result.put(jwk.getString("kid"), KeyFactory.getInstance("RSA").generatePublic(spec));
            } catch (GeneralSecurityException | IllegalArgumentException e) {
                LOG.warn("skipping unusable JWK {}: {}", jwk.getString("kid"), e.getMessage());
            }
        }
        LOG.debug("JWK Set loaded: {} RSA signing key(s)", result.size());
        return Map.copyOf(result);
    }
}
