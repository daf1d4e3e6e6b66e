package dev.parley.store.blob;

import java.util.Map;
import java.util.Optional;

/** The configuration a {@link BlobStoreFactory} reads: MicroProfile Config in the server, a map in tests. */
@FunctionalInterface
public interface BlobConfig {

    Optional<String> get(String key);

    static BlobConfig of(Map<String, String> values) {
        return key -> Optional.ofNullable(values.get(key)).filter(v -> !v.isBlank());
    }
}
