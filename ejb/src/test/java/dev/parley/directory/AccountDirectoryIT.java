package dev.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.directory.api.AccountChange;
import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryException.Kind;
import dev.parley.directory.api.NewAccount;
import dev.parley.directory.api.NewAlias;
import dev.parley.testing.RecordingKeycloak;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Accounts against the real schema, with Keycloak kept in step (a recording fake here). */
class AccountDirectoryIT extends DirectoryITSupport {

    @Test
    void createsAccountAndItsKeycloakUser() {
        AccountView carol = tx.call(d -> d.createAccount(EXAMPLE_ADMIN, "Example.TEST", new NewAccount("Carol",
                "Carol Smith", "pw-carol", 1_073_741_824L, null, Set.of("user", "domain-admin"))));

        assertEquals("carol@example.test", carol.address());
        assertEquals("carol", carol.localPart());
        assertEquals("example.test", carol.domain());
        assertEquals("Carol Smith", carol.displayName());
        assertEquals("active", carol.status());
        assertEquals(1_073_741_824L, carol.quotaBytes());
        assertEquals("default", carol.classOfService());
        assertEquals(Set.of("user", "domain-admin"), carol.roles());
        assertEquals(clock.instant(), carol.createdAt());
        RecordingKeycloak.User user = keycloak.users().get(carol.keycloakId());
        assertEquals("carol@example.test", user.username);
        assertEquals("carol@example.test", user.email);
        assertTrue(user.enabled);
        assertEquals(Set.of("user", "domain-admin"), user.roles);
        assertEquals("pw-carol", user.password);
        assertEquals(carol, tx.call(d -> d.getAccount(ADMIN, "example.test", "CAROL")));
    }

    @Test
    void listsAccountsOfOneDomainWithoutDeletedOnes() {
        createAccount("example.test", "bob", "user");
        createAccount("example.test", "alice", "user");
        createAccount("other.test", "olga", "user");
        tx.run(d -> d.deleteAccount(ADMIN, "example.test", "bob"));

        List<AccountView> accounts = tx.call(d -> d.listAccounts(ADMIN, "example.test"));
        assertEquals(List.of("alice@example.test"), accounts.stream().map(AccountView::address).toList());
        assertEquals(1, tx.call(d -> d.getDomain(ADMIN, "example.test")).accountCount());
    }

    @Test
    void renameMovesTheAddressAndTheKeycloakUsername() {
        createAccount("example.test", "carol", "user");
        AccountView renamed = tx.call(d -> d.updateAccount(ADMIN, "example.test", "carol",
                new AccountChange("caroline", null, null, null, null, null, null)));

        assertEquals("caroline@example.test", renamed.address());
        assertNotNull(keycloak.byUsername("caroline@example.test"));
        assertNull(keycloak.byUsername("carol@example.test"));
        refused(Kind.NOT_FOUND, () -> tx.call(d -> d.getAccount(ADMIN, "example.test", "carol")));
        // the old address is free again
        tx.run(d -> d.createAlias(ADMIN, "example.test", new NewAlias("carol@example.test", "caroline@example.test")));
        assertEquals(1, count("select count(*) from directory.address where kind = 'account'"));
    }

    @Test
    void renameOntoATakenAddressConflicts() {
        createAccount("example.test", "carol", "user");
        createAccount("example.test", "dave", "user");
        refused(Kind.CONFLICT, () -> tx.call(d -> d.updateAccount(ADMIN, "example.test", "carol",
                new AccountChange("dave", null, null, null, null, null, null))));
        assertEquals("carol@example.test", tx.call(d -> d.getAccount(ADMIN, "example.test", "carol")).address());
    }

    @Test
    void lockDisablesAndUnlockEnablesTheKeycloakUser() {
        createAccount("example.test", "carol", "user");
        AccountView locked = tx.call(d -> d.updateAccount(ADMIN, "example.test", "carol",
                new AccountChange(null, null, null, null, null, "locked", null)));
        assertEquals("locked", locked.status());
        assertFalse(keycloak.users().get(locked.keycloakId()).enabled);

        tx.run(d -> d.updateAccount(ADMIN, "example.test", "carol",
                new AccountChange(null, null, null, null, null, "active", null)));
        assertTrue(keycloak.users().get(locked.keycloakId()).enabled);
        refused(Kind.INVALID, () -> tx.call(d -> d.updateAccount(ADMIN, "example.test", "carol",
                new AccountChange(null, null, null, null, null, "deleted", null))));
    }

    @Test
    void updatesRolesPasswordQuotaAndClassOfService() {
        createAccount("example.test", "carol", "user");
        AccountView updated = tx.call(d -> d.updateAccount(EXAMPLE_ADMIN, "example.test", "carol",
                new AccountChange(null, "Carol S.", "new-secret", 5L, "Gold", null, Set.of("user", "domain-admin"))));
        assertEquals(Set.of("user", "domain-admin"), updated.roles());
        assertEquals(5L, updated.quotaBytes());
        assertEquals("gold", updated.classOfService());
        RecordingKeycloak.User user = keycloak.users().get(updated.keycloakId());
        assertEquals(Set.of("user", "domain-admin"), user.roles);
        assertEquals("new-secret", user.password);
    }

    @Test
    void changesKeycloakDoesNotHoldStayLocal() {
        createAccount("example.test", "carol", "user");
        int calls = keycloak.calls().size();
        AccountView updated = tx.call(d -> d.updateAccount(ADMIN, "example.test", "carol",
                new AccountChange(null, "Carol", null, 10L, "bronze", "active", Set.of("user"))));
        assertEquals(10L, updated.quotaBytes());
        assertEquals(calls, keycloak.calls().size(), "no Keycloak call for quota, display name or unchanged fields");
    }

    @Test
    void deleteMarksDeletedReleasesTheAddressAndRemovesTheKeycloakUser() {
        createAccount("example.test", "carol", "user");
        String id = tx.call(d -> d.getAccount(ADMIN, "example.test", "carol")).keycloakId();
        tx.run(d -> d.deleteAccount(ADMIN, "example.test", "carol"));

        assertFalse(keycloak.users().containsKey(id));
        assertEquals(1, count("select count(*) from directory.account where status = 'deleted'"));
        assertEquals(0, count("select count(*) from directory.address"));
        refused(Kind.NOT_FOUND, () -> tx.run(d -> d.deleteAccount(ADMIN, "example.test", "carol")));
        createAccount("example.test", "carol", "user"); // the name can be used again
        assertEquals(2, count("select count(*) from directory.account where local_part = 'carol'"));
    }

    @Test
    void keycloakFailureOnCreateLeavesTheDatabaseUnchanged() {
        keycloak.failNext("createUser", new DirectoryException(Kind.UNAVAILABLE, "Keycloak down"));
        refused(Kind.UNAVAILABLE, () -> createAccount("example.test", "carol", "user"));

        assertEquals(0, count("select count(*) from directory.account"));
        assertEquals(0, count("select count(*) from directory.address"));
        assertEquals(0, count("select count(*) from directory.audit_log where action = 'account.create'"));
        createAccount("example.test", "carol", "user"); // nothing left behind
    }

    @Test
    void existingKeycloakUserMakesCreateConflictAndChangesNothing() {
        keycloak.preexisting("carol@example.test");
        refused(Kind.CONFLICT, () -> createAccount("example.test", "carol", "user"));
        assertEquals(0, count("select count(*) from directory.account"));
    }

    @Test
    void keycloakFailureMidUpdateRollsBackAndUndoesEarlierKeycloakChanges() {
        createAccount("example.test", "carol", "user");
        keycloak.failNext("setEnabled", new DirectoryException(Kind.UNAVAILABLE, "Keycloak down"));
        refused(Kind.UNAVAILABLE, () -> tx.call(d -> d.updateAccount(ADMIN, "example.test", "carol",
                new AccountChange("caroline", null, null, null, null, "locked", null))));

        AccountView carol = tx.call(d -> d.getAccount(ADMIN, "example.test", "carol"));
        assertEquals("active", carol.status());
        RecordingKeycloak.User user = keycloak.users().get(carol.keycloakId());
        assertEquals("carol@example.test", user.username, "rename compensated");
        assertTrue(user.enabled);
        assertEquals(1, tx.compensationsRun().size());
    }

    @Test
    void failedCommitAfterKeycloakCreateDeletesTheKeycloakUserAgain() {
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createAccount(ADMIN, "example.test",
                new NewAccount("carol", null, null, null, null, null)), em -> {
                    throw DirectoryException.conflict("simulated commit failure");
                }));
        assertTrue(keycloak.users().isEmpty());
        assertEquals(0, count("select count(*) from directory.account"));
    }

    @Test
    void onlyAnAdminGrantsOrTouchesTheAdminRole() {
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.createAccount(EXAMPLE_ADMIN, "example.test",
                new NewAccount("eve", null, null, null, null, Set.of("admin")))));
        createAccount("example.test", "root", "admin", "user");
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.updateAccount(EXAMPLE_ADMIN, "example.test", "root",
                new AccountChange(null, null, null, null, null, "locked", null))));
        refused(Kind.FORBIDDEN, () -> tx.run(d -> d.deleteAccount(EXAMPLE_ADMIN, "example.test", "root")));
        refused(Kind.INVALID, () -> tx.call(d -> d.createAccount(ADMIN, "example.test",
                new NewAccount("eve", null, null, null, null, Set.of("superuser")))));
        assertEquals(1, keycloak.users().size());
    }

    @Test
    void rejectsInvalidFieldsNamingThem() {
        assertEquals("localPart", refused(Kind.INVALID, () -> tx.call(d -> d.createAccount(ADMIN, "example.test",
                new NewAccount("car..ol", null, null, null, null, null)))).field());
        assertEquals("quotaBytes", refused(Kind.INVALID, () -> tx.call(d -> d.createAccount(ADMIN, "example.test",
                new NewAccount("carol", null, null, -1L, null, null)))).field());
        assertEquals("password", refused(Kind.INVALID, () -> tx.call(d -> d.createAccount(ADMIN, "example.test",
                new NewAccount("carol", null, "", null, null, null)))).field());
        refused(Kind.NOT_FOUND, () -> tx.call(d -> d.createAccount(ADMIN, "nowhere.test",
                new NewAccount("carol", null, null, null, null, null))));
        assertTrue(keycloak.calls().isEmpty());
    }
}
