package dev.parley.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.testing.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The migrations themselves: schemas, and constraints that hold even when the application is bypassed. */
class MigrationIT {

    static TestDatabase database;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
    }

    @BeforeEach
    void empty() {
        database.execute("TRUNCATE directory.domain, directory.audit_log RESTART IDENTITY CASCADE");
        database.execute("INSERT INTO directory.domain (name) VALUES ('example.test')");
    }

    @Test
    void createsTheAreaSchemasAndIsIdempotent() throws SQLException {
        try (Connection c = database.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select count(*) from information_schema.schemata where schema_name"
                     + " in ('directory', 'mail', 'mta', 'calendar', 'contacts')")) {
            rs.next();
            assertEquals(5, rs.getInt(1));
        }
        // the newest version moves with every area's migrations (V10 mail store, ...): only ask that a
        // second run finds nothing to do and reports the same version, at least the directory's V2
        SchemaMigrator migrator = new SchemaMigrator(database.dataSource(), getClass().getClassLoader());
        String version = migrator.migrate();
        assertEquals(version, migrator.migrate());
        assertTrue(Integer.parseInt(version) >= 2, version);
    }

    @Test
    void aliasDomainCannotReuseADomainName() {
        assertUniqueViolation("INSERT INTO directory.domain_alias (domain_id, name) VALUES (1, 'example.test')");
        database.execute("INSERT INTO directory.domain_alias (domain_id, name) VALUES (1, 'example.net')");
        assertUniqueViolation("INSERT INTO directory.domain (name) VALUES ('example.net')");
    }

    @Test
    void anAddressHasExactlyOneOwner() {
        database.execute("INSERT INTO directory.address (address, domain_id, kind, target)"
                + " VALUES ('info@example.test', 1, 'alias', 'x@y.test')");
        assertUniqueViolation("INSERT INTO directory.address (address, domain_id, kind, target)"
                + " VALUES ('info@example.test', 1, 'alias', 'z@y.test')");
        assertFails("23514", "INSERT INTO directory.address (address, domain_id, kind) VALUES ('a@example.test', 1, 'alias')");
        assertFails("23514", "INSERT INTO directory.address (address, domain_id, kind, target)"
                + " VALUES ('Upper@example.test', 1, 'alias', 'x@y.test')");
    }

    @Test
    void deletedAccountsReleaseTheirLocalPart() {
        database.execute("INSERT INTO directory.account (domain_id, local_part, status) VALUES (1, 'carol', 'deleted')");
        database.execute("INSERT INTO directory.account (domain_id, local_part) VALUES (1, 'carol')");
        assertUniqueViolation("INSERT INTO directory.account (domain_id, local_part) VALUES (1, 'carol')");
        assertFails("23514", "INSERT INTO directory.account (domain_id, local_part, roles) VALUES (1, 'x', ARRAY['root'])");
        assertFails("23514", "INSERT INTO directory.account (domain_id, local_part) VALUES (1, '" + "a".repeat(65) + "')");
    }

    private static void assertUniqueViolation(String sql) {
        assertFails("23505", sql);
    }

    private static void assertFails(String sqlState, String sql) {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> database.execute(sql));
        assertTrue(e.getCause() instanceof SQLException, e::getMessage);
        assertEquals(sqlState, ((SQLException) e.getCause()).getSQLState(), e::getMessage);
    }
}
