package dev.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.NewAccount;
import dev.parley.directory.api.NewDomain;
import dev.parley.testing.MutableClock;
import dev.parley.testing.RecordingKeycloak;
import dev.parley.testing.TestDatabase;
import dev.parley.testing.Transactions;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;

/** Shared set-up of the directory integration tests: migrated database, fake Keycloak, callers. */
abstract class DirectoryITSupport {

    static final Caller ADMIN = new Caller("parley-admin", Set.of(Caller.ROLE_ADMIN));
    static final Caller EXAMPLE_ADMIN = new Caller("boss@example.test", Set.of(Caller.ROLE_DOMAIN_ADMIN, Caller.ROLE_USER));
    static final Caller PLAIN_USER = new Caller("carol@example.test", Set.of(Caller.ROLE_USER));

    static TestDatabase database;
    static EntityManagerFactory emf;

    RecordingKeycloak keycloak;
    MutableClock clock;
    Transactions tx;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
        emf = database.entityManagerFactory();
    }

    @AfterAll
    static void close() {
        if (emf != null) {
            emf.close();
        }
    }

    @BeforeEach
    void emptyDirectory() {
        database.execute("TRUNCATE directory.domain, directory.audit_log RESTART IDENTITY CASCADE");
        keycloak = new RecordingKeycloak();
        clock = MutableClock.at("2025-01-02T03:04:05Z");
        tx = new Transactions(emf, keycloak, clock);
        tx.run(d -> d.createDomain(ADMIN, new NewDomain("example.test", List.of("example.net"))));
        tx.run(d -> d.createDomain(ADMIN, new NewDomain("other.test", List.of())));
    }

    void createAccount(String domain, String localPart, String... roles) {
        tx.run(d -> d.createAccount(ADMIN, domain, new NewAccount(localPart, null, "secret-" + localPart, null,
                null, Set.of(roles))));
    }

    static DirectoryException refused(DirectoryException.Kind kind, Executable call) {
        DirectoryException e = assertThrows(DirectoryException.class, call);
        assertEquals(kind, e.kind(), e::getMessage);
        return e;
    }

    long count(String sql) {
        try (var c = database.connection(); var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
