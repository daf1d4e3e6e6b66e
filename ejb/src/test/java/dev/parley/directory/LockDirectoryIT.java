package dev.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.directory.api.AccountChange;
import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DomainChange;
import dev.parley.directory.api.NewAccount;
import dev.parley.testing.RecordingKeycloak;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Locks really lock: a locked domain disables its accounts' Keycloak users, unlocking re-enables
 * only active accounts, every credential-relevant change evicts cached logins, and the directory's
 * own verdict ({@link DirectoryRepository#accountMayLogIn}) follows account and domain status.
 */
class LockDirectoryIT extends DirectoryITSupport {

    private RecordingKeycloak.User kc(String address) {
        return keycloak.byUsername(address);
    }

    private Optional<Boolean> mayLogIn(String address) {
        String id = tx.call(d -> d.getAccount(ADMIN, address.substring(address.indexOf('@') + 1),
                address.substring(0, address.indexOf('@')))).keycloakId();
        return mayLogInById(id);
    }

    private Optional<Boolean> mayLogInById(String keycloakId) {
        EntityManager em = emf.createEntityManager();
        try {
            return new DirectoryRepository(em).accountMayLogIn(keycloakId);
        } finally {
            em.close();
        }
    }

    @Test
    void lockingADomainDisablesEveryAccountAndUnlockingRestoresOnlyActiveOnes() {
        createAccount("example.test", "alice", "user");
        createAccount("example.test", "bob", "user");
        createAccount("other.test", "olga", "user");
        tx.run(d -> d.updateAccount(ADMIN, "example.test", "bob", new AccountChange(null, null, null, null, null, "locked", null)));
        tx.credentialsInvalidated().clear();

        tx.run(d -> d.updateDomain(ADMIN, "example.test", new DomainChange(null, "locked")));

        assertFalse(kc("alice@example.test").enabled);
        assertFalse(kc("bob@example.test").enabled);
        assertTrue(kc("olga@other.test").enabled, "other domains untouched");
        assertTrue(tx.credentialsInvalidated().containsAll(Set.of("alice@example.test", "bob@example.test")));
        assertEquals(Optional.of(false), mayLogIn("alice@example.test"));
        assertEquals(Optional.of(true), mayLogIn("olga@other.test"));

        tx.run(d -> d.updateDomain(ADMIN, "example.test", new DomainChange(null, "active")));

        assertTrue(kc("alice@example.test").enabled);
        assertFalse(kc("bob@example.test").enabled, "bob's own lock survives the domain unlock");
        assertEquals(Optional.of(true), mayLogIn("alice@example.test"));
        assertEquals(Optional.of(false), mayLogIn("bob@example.test"));
    }

    @Test
    void unlockingAnAccountInALockedDomainKeepsItsKeycloakUserDisabled() {
        createAccount("example.test", "alice", "user");
        tx.run(d -> d.updateAccount(ADMIN, "example.test", "alice", new AccountChange(null, null, null, null, null, "locked", null)));
        tx.run(d -> d.updateDomain(ADMIN, "example.test", new DomainChange(null, "locked")));

        AccountView alice = tx.call(d -> d.updateAccount(ADMIN, "example.test", "alice",
                new AccountChange(null, null, null, null, null, "active", null)));

        assertEquals("active", alice.status());
        assertFalse(kc("alice@example.test").enabled);
        assertEquals(Optional.of(false), mayLogIn("alice@example.test"));
    }

    @Test
    void accountsCreatedInALockedDomainStartDisabled() {
        tx.run(d -> d.updateDomain(ADMIN, "example.test", new DomainChange(null, "locked")));
        createAccount("example.test", "late", "user");
        assertFalse(kc("late@example.test").enabled);
    }

    @Test
    void aFailedDomainLockChangesNothing() {
        createAccount("example.test", "alice", "user");
        keycloak.failNext("setEnabled", new DirectoryException(DirectoryException.Kind.UNAVAILABLE, "Keycloak down"));

        refused(DirectoryException.Kind.UNAVAILABLE,
                () -> tx.run(d -> d.updateDomain(ADMIN, "example.test", new DomainChange(null, "locked"))));

        assertEquals("active", tx.call(d -> d.getDomain(ADMIN, "example.test")).status());
        assertTrue(kc("alice@example.test").enabled);
    }

    @Test
    void credentialChangesEvictCachedLogins() {
        createAccount("example.test", "carol", "user");
        tx.credentialsInvalidated().clear();

        tx.run(d -> d.updateAccount(ADMIN, "example.test", "carol", new AccountChange(null, "Carol", null, 5L, null, null, null)));
        assertTrue(tx.credentialsInvalidated().isEmpty(), "display name and quota do not end logins");

        tx.run(d -> d.updateAccount(ADMIN, "example.test", "carol", new AccountChange(null, null, "new-secret", null, null, null, null)));
        assertEquals(java.util.List.of("carol@example.test", "carol@example.test"), tx.credentialsInvalidated());
        tx.credentialsInvalidated().clear();

        tx.run(d -> d.updateAccount(ADMIN, "example.test", "carol", new AccountChange("carla", null, null, null, null, null, null)));
        assertEquals(java.util.List.of("carol@example.test", "carla@example.test"), tx.credentialsInvalidated());
        tx.credentialsInvalidated().clear();

        tx.run(d -> d.updateAccount(ADMIN, "example.test", "carla", new AccountChange(null, null, null, null, null, "locked", null)));
        assertTrue(tx.credentialsInvalidated().contains("carla@example.test"));
        tx.credentialsInvalidated().clear();

        String id = tx.call(d -> d.getAccount(ADMIN, "example.test", "carla")).keycloakId();
        tx.run(d -> d.deleteAccount(ADMIN, "example.test", "carla"));
        assertEquals(java.util.List.of("carla@example.test"), tx.credentialsInvalidated());
        assertEquals(Optional.of(false), mayLogInById(id), "a deleted account may not log in");
    }

    @Test
    void usersWithoutADirectoryAccountAreNotJudged() {
        assertEquals(Optional.empty(), mayLogInById("no-such-keycloak-id"));
    }

    @Test
    void meReturnsTheCallersOwnAccountForAPlainUser() {
        tx.run(d -> d.createAccount(ADMIN, "example.test", new NewAccount("carol", "Carol Smith", "pw", null, null,
                Set.of("user"))));
        AccountView me = tx.call(d -> d.me(PLAIN_USER));
        assertEquals("carol@example.test", me.address());
        assertEquals("Carol Smith", me.displayName());
        assertEquals("carol@example.test", tx.call(d -> d.me(new Caller("CAROL@Example.test", Set.of()))).address());
    }

    @Test
    void meIsNotFoundWithoutADirectoryAccount() {
        refused(DirectoryException.Kind.NOT_FOUND, () -> tx.call(d -> d.me(ADMIN)));
        refused(DirectoryException.Kind.NOT_FOUND, () -> tx.call(d -> d.me(PLAIN_USER)));
        createAccount("example.test", "carol", "user");
        tx.run(d -> d.deleteAccount(ADMIN, "example.test", "carol"));
        refused(DirectoryException.Kind.NOT_FOUND, () -> tx.call(d -> d.me(PLAIN_USER)));
    }
}
