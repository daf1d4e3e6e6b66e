package dev.parley.store.blob;

import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** Finds the {@link BlobStoreFactory} named by configuration among those {@link ServiceLoader} lists. */
public final class BlobStores {

    /** Configuration key naming the implementation; {@value #DEFAULT_ID} when unset. */
    public static final String KEY = "parley.store.blob";
    public static final String DEFAULT_ID = "filesystem";

    private BlobStores() {
    }

    public static BlobStore create(BlobConfig config, ClassLoader loader) {
        String id = config.get(KEY).orElse(DEFAULT_ID);
        List<String> known = new ArrayList<>();
        for (BlobStoreFactory factory : ServiceLoader.load(BlobStoreFactory.class, loader)) {
            if (factory.id().equals(id)) {
                return factory.create(config);
            }
            known.add(factory.id());
        }
        throw new IllegalStateException("no blob store \"" + id + "\" (" + KEY + "); available: " + known);
    }
}
