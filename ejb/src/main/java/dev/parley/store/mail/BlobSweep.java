package dev.parley.store.mail;

import dev.parley.store.blob.FilesystemBlobStore;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import dev.parley.store.mail.api.StoreException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Garbage collection of the blob store (ADR 0022, ADR 0026). Blobs are written before the row that
 * references them commits, so a crash between the two (or a refused append) leaves a blob no row
 * names, and expunged messages leave theirs behind. One sweep:
 * <ol>
 * <li>looks at the trash: a blob that is referenced again goes back to its place, one that is still
 * unreferenced after {@code trashGrace} is deleted;</li>
 * <li>moves every blob older than {@code grace} that no row references (mail.message, mta.message,
 * contacts.card_photo) to the trash, where reads still find it.</li>
 * </ol>
 * Two looks a grace period apart close the race with an append that reuses an existing blob (equal
 * content is stored once) and commits its row while the sweep decides: the blob is readable
 * throughout and restored by the next sweep. Every blob a sweep moves or deletes is counted in its
 * {@link Report} and logged, so no orphan goes unrecorded.
 */
public final class BlobSweep {

    private static final Logger LOG = LoggerFactory.getLogger(BlobSweep.class);
    private static final int BATCH = 500;

    /** What one sweep did. */
    public record Report(int scanned, int trashed, long trashedBytes, int restored, int purged, long purgedBytes,
                         int inTrash) {
    }

    private final FilesystemBlobStore blobs;
    private final DataSource dataSource;
    private final Clock clock;

    public BlobSweep(FilesystemBlobStore blobs, DataSource dataSource, Clock clock) {
        this.blobs = blobs;
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Report sweep(Duration grace, Duration trashGrace) {
        try {
            Instant now = clock.instant();
            int restored = 0;
            int purged = 0;
            long purgedBytes = 0;
            List<FilesystemBlobStore.BlobFile> trashed = blobs.trashed();
            Set<String> stillUsed = referenced(trashed.stream().map(FilesystemBlobStore.BlobFile::sha256).toList());
            for (FilesystemBlobStore.BlobFile f : trashed) {
                if (stillUsed.contains(f.sha256())) {
                    blobs.restore(f.sha256());
                    restored++;
                    LOG.warn("blob {} was referenced after a sweep moved it aside: restored", f.sha256());
                } else if (!f.modified().isAfter(now.minus(trashGrace))) {
                    blobs.purge(f.sha256());
                    purged++;
                    purgedBytes += f.size();
                }
            }
            List<FilesystemBlobStore.BlobFile> old = new ArrayList<>();
            List<FilesystemBlobStore.BlobFile> all = blobs.files();
            for (FilesystemBlobStore.BlobFile f : all) {
                if (!f.modified().isAfter(now.minus(grace))) {
                    old.add(f);
                }
            }
            int moved = 0;
            long movedBytes = 0;
            for (int i = 0; i < old.size(); i += BATCH) {
                List<FilesystemBlobStore.BlobFile> batch = old.subList(i, Math.min(old.size(), i + BATCH));
                Set<String> used = referenced(batch.stream().map(FilesystemBlobStore.BlobFile::sha256).toList());
                for (FilesystemBlobStore.BlobFile f : batch) {
                    if (!used.contains(f.sha256()) && blobs.moveToTrash(f.sha256())) {
                        moved++;
                        movedBytes += f.size();
                        LOG.info("blob {} ({} octets) is referenced by no message: moved to the trash", f.sha256(), f.size());
                    }
                }
            }
            Report report = new Report(all.size(), moved, movedBytes, restored, purged, purgedBytes,
                    blobs.trashed().size());
            if (moved + restored + purged > 0) {
                LOG.info("blob sweep: {}", report);
            }
            return report;
        } catch (IOException e) {
            throw new UncheckedIOException("blob sweep failed: " + e.getMessage(), e);
        }
    }

    /** The hashes among {@code shas} that some row references. */
    Set<String> referenced(List<String> shas) {
        if (shas.isEmpty()) {
            return Set.of();
        }
        try (Connection c = dataSource.getConnection()) {
            Jdbc sql = new Jdbc(c);
            return new HashSet<>(sql.list("SELECT s FROM unnest(?::text[]) s WHERE"
                            + " EXISTS (SELECT 1 FROM mail.message m WHERE m.blob_sha256 = s)"
                            + " OR EXISTS (SELECT 1 FROM mta.message q WHERE q.blob_sha256 = s)"
                            + " OR EXISTS (SELECT 1 FROM contacts.card_photo p WHERE p.blob_sha256 = s)",
                    rs -> rs.getString(1), (Object) shas.toArray(String[]::new)));
        } catch (SQLException e) {
            throw new StoreException(StoreException.Kind.UNAVAILABLE, "no database connection: " + e.getMessage(), e);
        }
    }
}
