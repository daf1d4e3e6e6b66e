package dev.parley.testing;

import dev.parley.platform.SchemaMigrator;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import org.hibernate.SessionFactory;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * The PostgreSQL database of the integration tests: {@code PARLEY_TEST_DB_URL} (default
 * {@code jdbc:postgresql://localhost:5433/parley_test}), {@code PARLEY_TEST_DB_USER} ({@code parley}),
 * {@code PARLEY_TEST_DB_PASSWORD} (default: {@code PARLEY_DB_PASSWORD} from
 * {@code $PARLEY_HOME/secrets.env}, PARLEY_HOME defaulting to the {@code .parley} folder of the
 * checkout, found by walking up from the working directory). An unreachable database fails the
 * tests with a message saying so; it never skips them.
 */
public final class TestDatabase {

    /** Everything the migrations create, dropped before migrating so each run starts empty. */
    private static final String[] SCHEMAS = {"directory", "mail", "mta", "calendar", "contacts"};

    private final String url;
    private final String user;
    private final String password;
    private final PGSimpleDataSource dataSource = new PGSimpleDataSource();

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        dataSource.setUrl(url);
        dataSource.setUser(user);
        dataSource.setPassword(password);
        dataSource.setConnectTimeout(5);
    }

    public static TestDatabase fromEnvironment() {
        String url = env("PARLEY_TEST_DB_URL").orElse("jdbc:postgresql://localhost:5433/parley_test");
        String user = env("PARLEY_TEST_DB_USER").orElse("parley");
        String password = env("PARLEY_TEST_DB_PASSWORD").or(TestDatabase::passwordFromSecrets)
                .orElseThrow(() -> new IllegalStateException("no password for the test database: set"
                        + " PARLEY_TEST_DB_PASSWORD, or run bin/parley up so that .parley/secrets.env exists"));
        return new TestDatabase(url, user, password);
    }

    /** Drops the schemas and the Flyway history, migrates from scratch; fails clearly when unreachable. */
    public TestDatabase resetAndMigrate() {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            for (String schema : SCHEMAS) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
            s.execute("DROP TABLE IF EXISTS public.flyway_schema_history");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare the test database: " + e.getMessage(), e);
        }
        new SchemaMigrator(dataSource, TestDatabase.class.getClassLoader()).migrate();
        return this;
    }

    public Connection connection() {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot connect to the PostgreSQL of the integration tests at " + url
                    + " as " + user + " (" + e.getMessage() + "). Start it (bin/parley up) or point"
                    + " PARLEY_TEST_DB_URL / PARLEY_TEST_DB_USER / PARLEY_TEST_DB_PASSWORD at one.", e);
        }
    }

    public PGSimpleDataSource dataSource() {
        return dataSource;
    }

    /** The Java SE persistence unit "parley-test", validated against the migrated schema. */
    public EntityManagerFactory entityManagerFactory() {
        EntityManagerFactory emf = Persistence.createEntityManagerFactory("parley-test", Map.of(
                "jakarta.persistence.jdbc.url", url,
                "jakarta.persistence.jdbc.user", user,
                "jakarta.persistence.jdbc.password", password));
        emf.unwrap(SessionFactory.class).getSchemaManager().validateMappedObjects();
        return emf;
    }

    public void execute(String sql) {
        try (Connection c = connection(); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql + ": " + e.getMessage(), e);
        }
    }

    private static Optional<String> env(String name) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
    }

    private static Optional<String> passwordFromSecrets() {
        Optional<Path> home = env("PARLEY_HOME").map(Path::of).or(TestDatabase::findParleyHome);
        if (home.isEmpty()) {
            return Optional.empty();
        }
        Path secrets = home.get().resolve("secrets.env");
        try {
            for (String line : Files.readAllLines(secrets)) {
                String trimmed = line.trim();
                if (trimmed.startsWith("PARLEY_DB_PASSWORD=")) {
                    return Optional.of(unquote(trimmed.substring("PARLEY_DB_PASSWORD=".length())));
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + secrets + ": " + e.getMessage(), e);
        }
        return Optional.empty();
    }

    private static Optional<Path> findParleyHome() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(".parley").resolve("secrets.env"))) {
                return Optional.of(dir.resolve(".parley"));
            }
        }
        return Optional.empty();
    }

    private static String unquote(String value) {
        if (value.length() >= 2 && (value.startsWith("'") && value.endsWith("'")
                || value.startsWith("\"") && value.endsWith("\""))) {
            return value.substring(1, value.length() - 1);
        }
        return value;
    }
}
