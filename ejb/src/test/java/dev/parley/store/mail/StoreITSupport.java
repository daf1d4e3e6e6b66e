package dev.parley.store.mail;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.store.blob.FilesystemBlobStore;
import dev.parley.store.mail.api.StoreException;
import dev.parley.testing.TestDatabase;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** Migrated parley_test database, a fresh domain with accounts, a blob store in a temporary folder. */
abstract class StoreITSupport {

    static TestDatabase database;

    @TempDir
    Path blobRoot;

    FilesystemBlobStore blobs;
    JdbcStoreTransactions tx;
    StoreService store;
    long alice;
    long bob;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
    }

    @BeforeEach
    void freshStore() throws IOException {
        database.execute("TRUNCATE directory.domain, directory.audit_log RESTART IDENTITY CASCADE");
        database.execute("INSERT INTO directory.domain (name) VALUES ('example.test')");
        database.execute("INSERT INTO directory.account (domain_id, local_part) VALUES (1, 'alice'), (1, 'bob')");
        alice = 1;
        bob = 2;
        blobs = new FilesystemBlobStore(blobRoot);
        tx = new JdbcStoreTransactions(database.dataSource(), settings());
        store = new StoreService(tx, blobs);
    }

    StoreSettings settings() {
        return StoreSettings.DEFAULT;
    }

    static InputStream message(String subject, String body) {
        return new ByteArrayInputStream(("From: Carol <carol@example.org>\nTo: alice@example.test\nSubject: " + subject
                + "\nMessage-ID: <" + subject.hashCode() + "." + body.hashCode() + "@example.org>\n\n" + body + "\n")
                .getBytes(UTF_8));
    }

    static StoreException refused(StoreException.Kind kind, Executable call) {
        StoreException e = assertThrows(StoreException.class, call);
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
