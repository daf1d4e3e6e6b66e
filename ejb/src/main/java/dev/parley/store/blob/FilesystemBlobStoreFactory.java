package dev.parley.store.blob;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code parley.store.blob=filesystem} (the default). Root: {@code parley.store.blob-root}, else
 * {@code ${PARLEY_HOME}/blobs} (the ops scripts set {@code PARLEY_HOME}), else
 * {@code ${user.home}/.parley/blobs}.
 */
public final class FilesystemBlobStoreFactory implements BlobStoreFactory {

    public static final String ROOT_KEY = "parley.store.blob-root";

    @Override
    public String id() {
        return "filesystem";
    }

    @Override
    public List<String> configKeys() {
        return List.of(ROOT_KEY, "PARLEY_HOME", "user.home");
    }

    @Override
    public BlobStore create(BlobConfig config) {
        Path root = config.get(ROOT_KEY).map(Path::of)
                .or(() -> config.get("PARLEY_HOME").map(home -> Path.of(home, "blobs")))
                .orElseGet(() -> Path.of(config.get("user.home").orElse("."), ".parley", "blobs"));
        try {
            return new FilesystemBlobStore(root);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the blob store at " + root + ": " + e.getMessage(), e);
        }
    }
}
