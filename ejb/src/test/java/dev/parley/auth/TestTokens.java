package dev.parley.auth;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/** Makes RS256 tokens the way Keycloak does, with a key pair generated for the test. */
final class TestTokens {

    static final String ISSUER = "http://localhost:8180/realms/parley";
    static final String KID = "test-key-1";

    final KeyPair keys = generate();

    static KeyPair generate() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    JwksSource jwks() {
        return kid -> KID.equals(kid) ? Optional.of(keys.getPublic()) : Optional.empty();
    }

    /** Claims of a valid access token for {@code username}, issued at {@code now}. */
    static JsonObjectBuilder claims(String username, Instant now) {
        return Json.createObjectBuilder()
                .add("iss", ISSUER)
                .add("sub", "0b6a-" + username)
                .add("typ", "Bearer")
                .add("iat", now.getEpochSecond())
                .add("nbf", now.getEpochSecond())
                .add("exp", now.getEpochSecond() + 300)
                .add("preferred_username", username)
                .add("groups", Json.createArrayBuilder().add("user").add("domain-admin"));
    }

    String sign(JsonObject claims) {
        return sign(Json.createObjectBuilder().add("alg", "RS256").add("typ", "JWT").add("kid", KID).build(),
                claims, keys.getPrivate());
    }

    static String sign(JsonObject header, JsonObject claims, PrivateKey key) {
        String input = b64(header.toString().getBytes(StandardCharsets.UTF_8)) + "."
                + b64(claims.toString().getBytes(StandardCharsets.UTF_8));
        try {
            Signature rsa = Signature.getInstance("SHA256withRSA");
            rsa.initSign(key);
            rsa.update(input.getBytes(StandardCharsets.US_ASCII));
            return input + "." + b64(rsa.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A JWK Set document as Keycloak's certs endpoint serves it, plus an encryption key to skip. */
    static String jwksDocument(Map<String, PublicKey> keys) {
        var array = Json.createArrayBuilder();
        keys.forEach((kid, key) -> {
            RSAPublicKey rsa = (RSAPublicKey) key;
            array.add(Json.createObjectBuilder().add("kid", kid).add("kty", "RSA").add("alg", "RS256")
                    .add("use", "sig").add("n", b64(unsigned(rsa.getModulus())))
                    .add("e", b64(unsigned(rsa.getPublicExponent()))));
            array.add(Json.createObjectBuilder().add("kid", kid + "-enc").add("kty", "RSA").add("alg", "RSA-OAEP")
                    .add("use", "enc").add("n", b64(unsigned(rsa.getModulus())))
                    .add("e", b64(unsigned(rsa.getPublicExponent()))));
        });
        return Json.createObjectBuilder().add("keys", array).build().toString();
    }

    static String b64(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? java.util.Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }
}
