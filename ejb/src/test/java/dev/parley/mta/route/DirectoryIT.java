package dev.parley.mta.route;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.testing.TestDatabase;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Routing lookups against the migrated schema: every {@link Destination.Kind} and the sender rule. */
class DirectoryIT {

    static TestDatabase database;
    Directory directory;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
    }

    @BeforeEach
    void rows() {
        database.execute("TRUNCATE directory.domain, directory.audit_log RESTART IDENTITY CASCADE");
        database.execute("INSERT INTO directory.domain (name) VALUES ('example.test'), ('other.test')");
        database.execute("INSERT INTO directory.domain_alias (domain_id, name) VALUES (1, 'example.net')");
        database.execute("INSERT INTO directory.account (domain_id, local_part, quota_bytes) VALUES (1, 'alice', 1000),"
                + " (1, 'bob', 0)");
        database.execute("INSERT INTO directory.address (address, domain_id, kind, account_id) VALUES"
                + " ('alice@example.test', 1, 'account', 1), ('bob@example.test', 1, 'account', 2)");
        database.execute("INSERT INTO directory.address (address, domain_id, kind, target) VALUES"
                + " ('info@example.test', 1, 'alias', 'bob@example.test'), ('@other.test', 2, 'catchall', 'alice@example.test')");
        database.execute("INSERT INTO directory.mail_group (domain_id, local_part, posting_policy) VALUES (1, 'team', 'members')");
        database.execute("INSERT INTO directory.group_member VALUES (1, 'bob@example.test'), (1, 'alice@example.test')");
        database.execute("INSERT INTO directory.address (address, domain_id, kind, group_id) VALUES ('team@example.test', 1, 'group', 1)");
        database.execute("INSERT INTO mail.quota_usage (account_id, bytes) VALUES (1, 900)");
        directory = new Directory(database.dataSource());
    }

    @Test
    void resolvesAccountsWithQuotaAliasDomainsAndDetail() {
        Destination alice = directory.resolve("Alice@EXAMPLE.net");
        assertEquals(Destination.Kind.ACCOUNT, alice.kind());
        assertEquals("alice@example.test", alice.address());
        assertFalse(alice.overQuota(50));
        assertTrue(alice.overQuota(200));
        assertFalse(directory.resolve("bob@example.test").overQuota(1L << 40), "quota 0 is unlimited");
        assertEquals("bob@example.test", directory.resolve("bob+lists@example.test").address());
    }

    @Test
    void resolvesAliasesGroupsCatchAllUnknownAndRemote() {
        Destination info = directory.resolve("info@example.test");
        assertEquals(Destination.Kind.ALIAS, info.kind());
        assertEquals("bob@example.test", info.target());
        Destination team = directory.resolve("team@example.test");
        assertEquals(Destination.Kind.GROUP, team.kind());
        assertEquals("members", team.policy());
        assertEquals(List.of("alice@example.test", "bob@example.test"), directory.members(team.groupId()));
        assertEquals(Destination.Kind.CATCHALL, directory.resolve("anything@other.test").kind());
        assertEquals(Destination.Kind.UNKNOWN, directory.resolve("nobody@example.test").kind());
        assertEquals(Destination.Kind.REMOTE, directory.resolve("someone@elsewhere.example").kind());
    }

    @Test
    void deletedAccountsAreUnknown() {
        database.execute("UPDATE directory.account SET status = 'deleted' WHERE local_part = 'alice'");
        assertEquals(Destination.Kind.UNKNOWN, directory.resolve("alice@example.test").kind());
    }

    @Test
    void usersMaySendAsThemselvesAndTheirAliasesOnly() {
        assertTrue(directory.maySendAs("bob@example.test", "BOB@example.net"));
        assertTrue(directory.maySendAs("bob@example.test", "info@example.test"));
        assertFalse(directory.maySendAs("alice@example.test", "info@example.test"));
        assertFalse(directory.maySendAs("alice@example.test", "bob@example.test"));
    }
}
