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
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
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
 *
 * <p>Garbage collection ({@link dev.parley.store.mail.BlobSweep}, ADR 0026): an unreferenced blob is
 * first moved to {@code root/trash}, where reads still find it, and deleted only when a later sweep
 * still finds no reference; a blob referenced meanwhile (an append that reused it while the sweep
 * looked) goes back to its place.
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
    private static final java.util.regex.Pattern HEX = java.util.regex.Pattern.compile("[0-9a-f]+");
    private static final int BUFFER = 64 * 1024;

    private final Path root;
    private final Path tmp;
    private final Path trash;
    private final Sync sync;

    /** A stored blob as the garbage collector sees it. */
    public record BlobFile(String sha256, long size, Instant modified) {
    }

    public FilesystemBlobStore(Path root) throws IOException {
        this(root, Sync.REAL);
    }

    FilesystemBlobStore(Path root, Sync sync) throws IOException {
        this.root = root.toAbsolutePath().normalize();
        this.tmp = this.root.resolve("tmp");
        this.trash = this.root.resolve("trash");
        this.sync = sync;
        Files.createDirectories(tmp);
        Files.createDirectories(trash);
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
    public java.util.Optional<FilesystemBlobStore> filesystem() {
        return java.util.Optional.of(this);
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
            Path trashed = trash.resolve(ref.sha256());
            if (Files.exists(trashed)) {
                return trashed; // moved aside by a sweep that raced with the append referencing it
            }
            throw new NoSuchFileException(path.toString(), null, "no blob " + ref.sha256());
        }
        return path;
    }

    /** Every blob in its place (not temporaries, not the trash). */
    public List<BlobFile> files() throws IOException {
        List<BlobFile> out = new ArrayList<>();
        try (Stream<Path> level1 = Files.list(root)) {
            for (Path a : (Iterable<Path>) level1::iterator) {
                if (!fanOut(a)) {
                    continue;
                }
                try (Stream<Path> level2 = Files.list(a)) {
                    for (Path b : (Iterable<Path>) level2::iterator) {
                        if (fanOut(b)) {
                            collect(b, out);
                        }
                    }
                }
            }
        }
        return out;
    }

    /** The blobs in the trash. */
    public List<BlobFile> trashed() throws IOException {
        List<BlobFile> out = new ArrayList<>();
        collect(trash, out);
        return out;
    }

    /** Moves a blob aside (its trash time starts now); false when it is not in its place. */
    public boolean moveToTrash(String sha256) throws IOException {
        Path from = path(new BlobRef(sha256, 0));
        Path to = trash.resolve(sha256);
        if (!Files.exists(from)) {
            return false;
        }
        move(from, to);
        Files.setLastModifiedTime(to, java.nio.file.attribute.FileTime.from(Instant.now()));
        sync.directory(from.getParent());
        sync.directory(trash);
        return true;
    }

    /** Puts a trashed blob back; when a new copy was written meanwhile, the trashed one is dropped. */
    public void restore(String sha256) throws IOException {
        Path from = trash.resolve(sha256);
        Path to = path(new BlobRef(sha256, 0));
        if (Files.exists(to)) {
            Files.deleteIfExists(from);
            return;
        }
        Files.createDirectories(to.getParent());
        move(from, to);
        sync.directory(to.getParent());
        sync.directory(trash);
    }

    /** Deletes a blob from the trash for good. */
    public void purge(String sha256) throws IOException {
        if (Files.deleteIfExists(trash.resolve(sha256))) {
            sync.directory(trash);
        }
    }

    private static boolean fanOut(Path dir) {
        String name = dir.getFileName().toString();
        return name.length() == 2 && HEX.matcher(name).matches() && Files.isDirectory(dir);
    }

    private static void collect(Path dir, List<BlobFile> out) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                String name = f.getFileName().toString();
                if (name.length() == 64 && HEX.matcher(name).matches()) {
                    java.nio.file.attribute.BasicFileAttributes a = Files.readAttributes(f,
                            java.nio.file.attribute.BasicFileAttributes.class);
                    out.add(new BlobFile(name, a.size(), a.lastModifiedTime().toInstant()));
                }
            }
        }
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
