package dev.parley.store.blob;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's one {@link BlobStore}: chosen once from configuration ({@value BlobStores#KEY},
 * MicroProfile Config, so {@code PARLEY_STORE_BLOB} and {@code PARLEY_STORE_BLOB_ROOT} work too) and
 * logged once ("blob store: filesystem at …").
 */
@ApplicationScoped
public class BlobStoreProducer {

    private static final Logger LOG = LoggerFactory.getLogger(BlobStoreProducer.class);

    @Inject
    Config config;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        BlobStore store = BlobStores.create(key -> config.getOptionalValue(key, String.class),
                BlobStoreProducer.class.getClassLoader());
        LOG.info("blob store: {}", store.describe());
        return store;
    }
}
