package dev.parley.store.mail;

import dev.parley.store.blob.BlobStore;
import dev.parley.store.blob.FilesystemBlobStore;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.locks.ReentrantLock;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs {@link BlobSweep} every hour (non-persistent timer: a missed run is done the next hour) with
 * {@code parley.store.blob-gc.grace-minutes} (default 60: older than any append in flight) and
 * {@code parley.store.blob-gc.trash-minutes} (default 60); {@code parley.store.blob-gc.enabled=false}
 * turns the timer off. Administrators can run a sweep at once through the admin API. One sweep at a
 * time; no transaction (the reference checks are single statements).
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class BlobSweeper {

    private static final Logger LOG = LoggerFactory.getLogger(BlobSweeper.class);

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    @Inject
    private BlobStore blobs;

    @Inject
    private Config config;

    private final ReentrantLock running = new ReentrantLock();

    @Schedule(hour = "*", minute = "41", persistent = false)
    void hourly() {
        if (!config.getOptionalValue("parley.store.blob-gc.enabled", Boolean.class).orElse(true)) {
            return;
        }
        try {
            sweep(Duration.ofMinutes(minutes("grace-minutes")), Duration.ofMinutes(minutes("trash-minutes")));
        } catch (RuntimeException e) {
            LOG.error("blob sweep failed: {}", e.getMessage(), e);
        }
    }

    /** One sweep now; empty when the blob store is not the file system one or a sweep is running. */
    public Optional<BlobSweep.Report> sweep(Duration grace, Duration trashGrace) {
        Optional<FilesystemBlobStore> files = blobs.filesystem();
        if (files.isEmpty()) {
            LOG.warn("blob sweep: not available for {}", blobs.describe());
            return Optional.empty();
        }
        if (!running.tryLock()) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BlobSweep(files.get(), dataSource, Clock.systemUTC()).sweep(grace, trashGrace));
        } finally {
            running.unlock();
        }
    }

    private long minutes(String key) {
        return Math.max(0, config.getOptionalValue("parley.store.blob-gc." + key, Long.class).orElse(60L));
    }
}
