package dev.parley.platform;

import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies the Flyway migrations of the {@code sql} module ({@code classpath:db/migration}). The
 * history table is {@code public.flyway_schema_history}; the migrations create their own schemas.
 * Flyway takes a PostgreSQL advisory lock, so several nodes starting at once migrate only once.
 */
public final class SchemaMigrator {

    public static final String LOCATION = "classpath:db/migration";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigrator.class);

    private final DataSource dataSource;
    private final ClassLoader classLoader;

    public SchemaMigrator(DataSource dataSource, ClassLoader classLoader) {
        this.dataSource = dataSource;
        this.classLoader = classLoader;
    }

    /** Migrates to the newest version; returns the schema version now in place. */
    public String migrate() {
        Flyway flyway = Flyway.configure(classLoader)
                .dataSource(dataSource)
                .locations(LOCATION)
                .cleanDisabled(true)          // never in production code; tests clean on their own
                .validateMigrationNaming(true)
                // each area owns a version range (mail V10-V19, mta V20-V29, sieve V30-V39): a new
                // migration of a lower range must still apply to a database that has a higher one
                .outOfOrder(true)
                // a build deployed over a database that a newer build (or another branch's build) has
                // migrated: its unknown migrations are left alone instead of refusing to start
                .ignoreMigrationPatterns("*:missing", "*:future")
                .load();
        MigrateResult result = flyway.migrate();
        String version = result.targetSchemaVersion != null ? result.targetSchemaVersion
                : result.initialSchemaVersion;
        LOG.info("database schema at version {} ({} migration(s) applied now)", version, result.migrationsExecuted);
        return version;
    }
}
