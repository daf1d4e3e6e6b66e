package dev.parley.store.blob;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.stream.Stream;

/**
 * Blobs as files named by their SHA-256 under {@code root/ab/cd/abcd…} (two levels of 256 fan-out
 * directories keep directories small at millions of blobs).
 *
 * <p>Durability ({@link #put}): the octets go to a new file in {@code root/tmp} (same file system,
 * so the rename is atomic), which is fsynced, renamed onto its final name, and then the final
 * directory is fsynced so that the rename itself survives a crash. A crash at any point leaves
 * either nothing under the final name or the complete blob; leftovers in {@code tmp} are removed at
 * start-up. Equal content is stored once: if the final name exists the new copy is dropped; two
 * concurrent puts of equal content both rename onto the same name, which POSIX rename makes atomic.
 */
public final class FilesystemBlobStore implements BlobStore {

    /** The fsync calls, replaceable so that tests can see their order. */
    interface Sync {
        Sync REAL = new Sync() { };

        default void file(FileChannel channel) throws IOException {
            channel.force(true);
        }

        default void directory(Path dir) throws IOException {
            // Linux: fsync on a directory descriptor persists its entries (rename, create)
            try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
                channel.force(true);
            }
        }

        default void renamed(Path from, Path to) {
        }
    }

    private static final Duration STALE_TEMP = Duration.ofHours(1);
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path tmp;
    private final Sync sync;

    public FilesystemBlobStore(Path root) throws IOException {
        this(root, Sync.REAL);
    }

    FilesystemBlobStore(Path root, Sync sync) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        this.sync = sync;
        Files.createDirectories(tmp);
        removeStaleTemporaries();
    }

    public Path root() {
        return root;
    }

    @Override
    public BlobRef put(InputStream content) throws IOException {
        Path temp = Files.createTempFile(tmp, "put-", ".tmp");
        try {
            MessageDigest sha256 = sha256();
            long size;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                OutputStream file = Channels.newOutputStream(channel);
                CrlfOutputStream crlf = new CrlfOutputStream(new DigestOutputStream(file, sha256));
                byte[] buffer = new byte[BUFFER];
                for (int n; (n = content.read(buffer)) >= 0; ) {
                    crlf.write(buffer, 0, n);
                }
                crlf.finish();
                size = crlf.written();
                sync.file(channel);
            }
            BlobRef ref = new BlobRef(HexFormat.of().formatHex(sha256.digest()), size);
            Path target = path(ref);
            if (Files.exists(target) && Files.size(target) == size) {
                Files.delete(temp);                              // stored once: already durable
                return ref;
            }
            Files.createDirectories(target.getParent());
            move(temp, target);
            sync.renamed(temp, target);
            sync.directory(target.getParent());
            return ref;
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(temp);
            throw e;
        }
    }

    @Override
    public InputStream open(BlobRef ref) throws IOException {
        return Files.newInputStream(existing(ref));
    }

    @Override
    public InputStream openRange(BlobRef ref, long offset, long length) throws IOException {
        if (offset < 0 || length < 0) {
            throw new IllegalArgumentException("bad range " + offset + "+" + length);
        }
        FileChannel channel = FileChannel.open(existing(ref), StandardOpenOption.READ);
        channel.position(Math.min(offset, channel.size()));
        return new LimitedInputStream(Channels.newInputStream(channel), length);
    }

    @Override
    public boolean exists(BlobRef ref) {
        return Files.exists(path(ref));
    }

    @Override
    public void delete(BlobRef ref) throws IOException {
        Path path = path(ref);
        if (Files.deleteIfExists(path)) {
            sync.directory(path.getParent());
        }
    }

    @Override
    public String describe() {
        return "filesystem at " + root;
    }

    Path path(BlobRef ref) {
        String h = ref.sha256();
        return root.resolve(h.substring(0, 2)).resolve(h.substring(2, 4)).resolve(h);
    }

    private Path existing(BlobRef ref) throws IOException {
        Path path = path(ref);
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString(), null, "no blob " + ref.sha256());
        }
        return path;
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("blob root must be one file system with atomic rename: " + to, e);
        }
    }

    private void removeStaleTemporaries() throws IOException {
        Instant cutoff = Instant.now().minus(STALE_TEMP);
        try (Stream<Path> files = Files.list(tmp)) {
            for (Path file : (Iterable<Path>) files::iterator) {
                if (Files.getLastModifiedTime(file).toInstant().isBefore(cutoff)) {
                    Files.deleteIfExists(file);  // a put interrupted by a crash: never visible
                }
            }
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK must provide SHA-256", e);
        }
    }
}
