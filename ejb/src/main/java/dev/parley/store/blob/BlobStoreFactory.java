package dev.parley.store.blob;

import java.util.List;

/**
 * Creates one kind of {@link BlobStore}, in the shape of a Keycloak {@code ProviderFactory}: an id
 * that configuration names ({@code parley.store.blob=filesystem}), the configuration keys it reads,
 * and {@link #create}. Implementations are listed in
 * {@code META-INF/services/dev.parley.store.blob.BlobStoreFactory}.
 */
public interface BlobStoreFactory {

    String id();

    /** The {@code parley.store.*} keys this factory reads, for documentation and diagnostics. */
    List<String> configKeys();

    BlobStore create(BlobConfig config);
}
