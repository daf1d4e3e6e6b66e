package dev.parley.store.blob;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FilesystemBlobStoreTest extends BlobStoreContract {

    final List<String> syncs = new ArrayList<>();

    @Override
    BlobStore newStore(Path dir) throws IOException {
        return new FilesystemBlobStore(dir.resolve("blobs"), new FilesystemBlobStore.Sync() {
            @Override
            public void file(FileChannel channel) throws IOException {
                syncs.add("fsync file");
                channel.force(true);
            }

            @Override
            public void directory(Path d) throws IOException {
                syncs.add("fsync dir " + dir.resolve("blobs").relativize(d));
                FilesystemBlobStore.Sync.REAL.directory(d);
            }

            @Override
            public void renamed(Path from, Path to) {
                syncs.add("rename " + from.getParent().getFileName() + " -> " + to.getFileName().toString().substring(0, 8));
            }
        });
    }

    @Test
    void writesTempThenFsyncsThenRenamesThenFsyncsTheDirectory() throws Exception {
        BlobRef ref = store.put(bytes("durable\r\n"));
        String h = ref.sha256();
        assertEquals(List.of("fsync file", "rename tmp -> " + h.substring(0, 8),
                "fsync dir " + h.substring(0, 2) + "/" + h.substring(2, 4)), syncs);
        Path file = dir.resolve("blobs").resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h);
        assertTrue(Files.isRegularFile(file));
        try (Stream<Path> temps = Files.list(dir.resolve("blobs/tmp"))) {
            assertEquals(0, temps.count(), "no temporary file is left behind");
        }
    }

    @Test
    void aDuplicateIsNeitherRenamedNorLeftInTmp() throws Exception {
        store.put(bytes("twice"));
        syncs.clear();
        store.put(bytes("twice"));
        assertEquals(List.of("fsync file"), syncs);
        try (Stream<Path> temps = Files.list(dir.resolve("blobs/tmp"))) {
            assertEquals(0, temps.count());
        }
    }

    @Test
    void aFailingStreamLeavesNothingBehind() throws Exception {
        InputStream broken = new InputStream() {
            int n;

            @Override
            public int read() throws IOException {
                if (n++ > 100) {
                    throw new IOException("connection reset");
                }
                return 'x';
            }
        };
        assertThrows(IOException.class, () -> store.put(broken));
        try (Stream<Path> all = Files.walk(dir.resolve("blobs"))) {
            assertEquals(0, all.filter(Files::isRegularFile).count());
        }
    }

    @Test
    void removesStaleTemporariesOfACrashedPutAtStart() throws Exception {
        Path stale = dir.resolve("blobs/tmp/put-1.tmp");
        Files.writeString(stale, "half a message");
        Files.setLastModifiedTime(stale, FileTime.from(Instant.now().minusSeconds(7200)));
        Path fresh = dir.resolve("blobs/tmp/put-2.tmp");
        Files.writeString(fresh, "being written right now");
        new FilesystemBlobStore(dir.resolve("blobs"));
        assertFalse(Files.exists(stale));
        assertTrue(Files.exists(fresh));
    }

    @Test
    void factoryIsFoundByServiceLoaderAndHonoursTheRootSetting() {
        BlobStore fromRoot = BlobStores.create(BlobConfig.of(Map.of(FilesystemBlobStoreFactory.ROOT_KEY,
                dir.resolve("configured").toString())), getClass().getClassLoader());
        assertEquals("filesystem at " + dir.resolve("configured"), fromRoot.describe());
        BlobStore fromHome = BlobStores.create(BlobConfig.of(Map.of("PARLEY_HOME", dir.toString())),
                getClass().getClassLoader());
        assertEquals("filesystem at " + dir.resolve("blobs"), fromHome.describe());
        BlobStore fallback = BlobStores.create(BlobConfig.of(Map.of("user.home", dir.resolve("home").toString())),
                getClass().getClassLoader());
        assertEquals("filesystem at " + dir.resolve("home/.parley/blobs"), fallback.describe());
    }

    @Test
    void anUnknownImplementationIsRefusedNamingTheKnownOnes() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> BlobStores.create(
                BlobConfig.of(Map.of(BlobStores.KEY, "s3")), getClass().getClassLoader()));
        assertTrue(e.getMessage().contains("available: [filesystem]"), e::getMessage);
    }
}
