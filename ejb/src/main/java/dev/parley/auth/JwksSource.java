package dev.parley.auth;

import java.security.PublicKey;
import java.util.Optional;

/** The identity provider's signing keys, by key id ({@code kid}, RFC 7515 §4.1.4). */
public interface JwksSource {

    /** The key for {@code kid}; empty when unknown (even after a refetch). */
    Optional<PublicKey> key(String kid);
}
