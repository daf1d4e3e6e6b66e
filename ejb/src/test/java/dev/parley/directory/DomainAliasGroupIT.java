package dev.parley.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.AuditEntryView;
import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException.Kind;
import dev.parley.directory.api.DomainChange;
import dev.parley.directory.api.DomainView;
import dev.parley.directory.api.GroupChange;
import dev.parley.directory.api.GroupView;
import dev.parley.directory.api.NewAccount;
import dev.parley.directory.api.NewAlias;
import dev.parley.directory.api.NewDomain;
import dev.parley.directory.api.NewGroup;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Domains, aliases, catch-alls, groups, scope and audit against the real schema. */
class DomainAliasGroupIT extends DirectoryITSupport {

    @Test
    void createsListsAndUpdatesDomains() {
        DomainView example = tx.call(d -> d.getDomain(ADMIN, "EXAMPLE.test"));
        assertEquals(List.of("example.net"), example.aliases());
        assertEquals("active", example.status());
        assertEquals(List.of("example.test", "other.test"),
                tx.call(d -> d.listDomains(ADMIN)).stream().map(DomainView::name).toList());

        DomainView changed = tx.call(d -> d.updateDomain(ADMIN, "example.test",
                new DomainChange(List.of("example.org", "Example.NET"), "locked")));
        assertEquals(List.of("example.net", "example.org"), changed.aliases());
        assertEquals("locked", changed.status());
    }

    @Test
    void domainNamesAndAliasDomainsShareOneNamespace() {
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createDomain(ADMIN, new NewDomain("example.net", List.of()))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createDomain(ADMIN, new NewDomain("new.test", List.of("other.test")))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createDomain(ADMIN, new NewDomain("example.test", List.of()))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.updateDomain(ADMIN, "other.test",
                new DomainChange(List.of("example.net"), null))));
        refused(Kind.INVALID, () -> tx.call(d -> d.createDomain(ADMIN, new NewDomain("new.test", List.of("new.test")))));
        assertEquals("name", refused(Kind.INVALID,
                () -> tx.call(d -> d.createDomain(ADMIN, new NewDomain("localhost", List.of())))).field());
        assertEquals(2, count("select count(*) from directory.domain"));
    }

    @Test
    void domainHoldingAccountsCannotBeDeleted() {
        createAccount("example.test", "carol", "user");
        tx.run(d -> d.createGroup(ADMIN, "example.test", new NewGroup("team", null, null, List.of("carol@example.test"))));
        tx.run(d -> d.createAlias(ADMIN, "example.test", new NewAlias("@example.test", "carol@example.test")));
        refused(Kind.CONFLICT, () -> tx.run(d -> d.deleteDomain(ADMIN, "example.test")));

        tx.run(d -> d.deleteAccount(ADMIN, "example.test", "carol"));
        tx.run(d -> d.deleteDomain(ADMIN, "example.test"));
        refused(Kind.NOT_FOUND, () -> tx.call(d -> d.getDomain(ADMIN, "example.test")));
        assertEquals(0, count("select count(*) from directory.address"));
        assertEquals(0, count("select count(*) from directory.group_member"));
        assertEquals(0, count("select count(*) from directory.domain_alias"));
    }

    @Test
    void anAddressIsNeverBothAccountAliasAndGroup() {
        createAccount("example.test", "carol", "user");
        tx.run(d -> d.createAlias(ADMIN, "example.test", new NewAlias("info@example.test", "carol@example.test")));
        tx.run(d -> d.createGroup(ADMIN, "example.test", new NewGroup("team", null, null, List.of())));

        refused(Kind.CONFLICT, () -> tx.call(d -> d.createAlias(ADMIN, "example.test", new NewAlias("carol@example.test", "x@y.test"))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createAlias(ADMIN, "example.test", new NewAlias("team@example.test", "x@y.test"))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createGroup(ADMIN, "example.test", new NewGroup("info", null, null, null))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createGroup(ADMIN, "example.test", new NewGroup("carol", null, null, null))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createAccount(ADMIN, "example.test", new NewAccount("info", null, null, null, null, null))));
        refused(Kind.CONFLICT, () -> tx.call(d -> d.createAccount(ADMIN, "example.test", new NewAccount("Team", null, null, null, null, null))));
        assertEquals(3, count("select count(*) from directory.address"));
        assertEquals(1, keycloak.users().size());
    }

    @Test
    void catchAllReceivesForTheWholeDomain() {
        AliasView catchAll = tx.call(d -> d.createAlias(ADMIN, "example.test", new NewAlias("@Example.test", "Carol@Example.test")));
        assertEquals(new AliasView("@example.test", "carol@example.test", true), catchAll);
        tx.run(d -> d.createAlias(ADMIN, "example.test", new NewAlias("info@example.test", "x@elsewhere.test")));
        assertEquals(List.of(catchAll, new AliasView("info@example.test", "x@elsewhere.test", false)),
                tx.call(d -> d.listAliases(ADMIN, "example.test")));

        refused(Kind.CONFLICT, () -> tx.call(d -> d.createAlias(ADMIN, "example.test", new NewAlias("@example.test", "y@y.test"))));
        refused(Kind.INVALID, () -> tx.call(d -> d.createAlias(ADMIN, "example.test", new NewAlias("@other.test", "y@y.test"))));
        refused(Kind.INVALID, () -> tx.call(d -> d.createAlias(ADMIN, "example.test", new NewAlias("a@example.test", "a@example.test"))));
        assertEquals("target", refused(Kind.INVALID, () -> tx.call(d -> d.createAlias(ADMIN, "example.test",
                new NewAlias("b@example.test", "not an address")))).field());

        tx.run(d -> d.deleteAlias(ADMIN, "example.test", "@example.test"));
        tx.run(d -> d.deleteAlias(ADMIN, "example.test", "info"));
        assertTrue(tx.call(d -> d.listAliases(ADMIN, "example.test")).isEmpty());
        refused(Kind.NOT_FOUND, () -> tx.run(d -> d.deleteAlias(ADMIN, "example.test", "info@example.test")));
    }

    @Test
    void groupsKeepLocalAndExternalMembers() {
        GroupView team = tx.call(d -> d.createGroup(EXAMPLE_ADMIN, "example.test", new NewGroup("Team", "The Team",
                "members", List.of("Carol@example.test", "x@elsewhere.net", "carol@EXAMPLE.test"))));
        assertEquals(new GroupView("team@example.test", "team", "The Team", "members",
                List.of("carol@example.test", "x@elsewhere.net"), false), team);

        GroupView changed = tx.call(d -> d.updateGroup(EXAMPLE_ADMIN, "example.test", "team",
                new GroupChange(null, "domain", List.of("dave@example.test"))));
        assertEquals(List.of("dave@example.test"), changed.members());
        assertEquals("domain", changed.postingPolicy());
        assertEquals("The Team", changed.displayName());
        assertEquals(List.of(changed), tx.call(d -> d.listGroups(EXAMPLE_ADMIN, "example.test")));


        // hidden in the corporate directory: kept, audited, and left alone by changes that do not name it
        GroupView hidden = tx.call(d -> d.updateGroup(EXAMPLE_ADMIN, "example.test", "team",
                new GroupChange(null, null, null, true)));
        assertTrue(hidden.hiddenInDirectory());
        assertEquals(List.of("dave@example.test"), hidden.members());
        assertEquals(1, count("select count(*) from directory.mail_group where local_part = 'team' and hidden_in_directory"));
        assertTrue(tx.call(d -> d.updateGroup(EXAMPLE_ADMIN, "example.test", "team",
                new GroupChange("Team", null, null))).hiddenInDirectory());
        assertEquals(false, tx.call(d -> d.updateGroup(EXAMPLE_ADMIN, "example.test", "team",
                new GroupChange(null, null, null, false))).hiddenInDirectory());
        assertTrue(tx.call(d -> d.createGroup(EXAMPLE_ADMIN, "example.test", new NewGroup("quiet", null, null, List.of(), true)))
                .hiddenInDirectory());
        assertTrue(tx.call(d -> d.getGroup(ADMIN, "example.test", "quiet")).hiddenInDirectory());
        tx.run(d -> d.deleteGroup(ADMIN, "example.test", "quiet"));

        refused(Kind.INVALID, () -> tx.call(d -> d.updateGroup(ADMIN, "example.test", "team", new GroupChange(null, "nobody", null))));
        assertEquals("members", refused(Kind.INVALID, () -> tx.call(d -> d.updateGroup(ADMIN, "example.test", "team",
                new GroupChange(null, null, List.of("team@example.test"))))).field());
        tx.run(d -> d.deleteGroup(ADMIN, "example.test", "team"));
        refused(Kind.NOT_FOUND, () -> tx.call(d -> d.getGroup(ADMIN, "example.test", "team")));
        assertEquals(0, count("select count(*) from directory.address"));
    }

    @Test
    void domainAdminsStayInTheirDomainWithoutLearningWhatExistsElsewhere() {
        createAccount("other.test", "olga", "user");
        assertEquals(List.of("example.test"), tx.call(d -> d.listDomains(EXAMPLE_ADMIN)).stream().map(DomainView::name).toList());
        tx.call(d -> d.listAccounts(EXAMPLE_ADMIN, "example.test"));

        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.listAccounts(EXAMPLE_ADMIN, "other.test")));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.listAccounts(EXAMPLE_ADMIN, "missing.test")));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.getAccount(EXAMPLE_ADMIN, "other.test", "olga")));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.createDomain(EXAMPLE_ADMIN, new NewDomain("mine.test", null))));
        refused(Kind.FORBIDDEN, () -> tx.run(d -> d.deleteDomain(EXAMPLE_ADMIN, "example.test")));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.updateDomain(EXAMPLE_ADMIN, "example.test", new DomainChange(null, "locked"))));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.listDomains(PLAIN_USER)));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.listAccounts(PLAIN_USER, "example.test")));
        refused(Kind.NOT_FOUND, () -> tx.call(d -> d.listAccounts(ADMIN, "missing.test")));
        Caller bootstrapDomainAdmin = new Caller("helper", Set.of(Caller.ROLE_DOMAIN_ADMIN));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.listDomains(bootstrapDomainAdmin)));
    }

    @Test
    void everyChangeIsAuditedWithoutPasswords() {
        clock.advance(java.time.Duration.ofMinutes(1));
        tx.run(d -> d.createAccount(EXAMPLE_ADMIN, "example.test", new NewAccount("carol", null, "top-secret-pw", null, null, null)));
        clock.advance(java.time.Duration.ofMinutes(1));
        tx.run(d -> d.updateAccount(EXAMPLE_ADMIN, "example.test", "carol",
                new dev.parley.directory.api.AccountChange(null, null, "another-secret", null, null, "locked", null)));
        createAccount("other.test", "olga", "user");

        List<AuditEntryView> example = tx.call(d -> d.audit(EXAMPLE_ADMIN, "example.test", 0));
        assertEquals(List.of("account.update", "account.create", "domain.create"),
                example.stream().map(AuditEntryView::action).toList());
        AuditEntryView update = example.get(0);
        assertEquals("boss@example.test", update.actor());
        assertEquals("carol@example.test", update.target());
        assertTrue(update.detail().contains("\"status\":\"locked\""), update.detail());
        assertTrue(update.detail().contains("\"password\":\"changed\""), update.detail());
        assertFalse(example.stream().anyMatch(e -> String.valueOf(e.detail()).contains("secret")));
        assertEquals(clock.instant().minus(java.time.Duration.ofMinutes(0)), update.at());

        assertEquals(5, tx.call(d -> d.audit(ADMIN, null, 100)).size());
        assertEquals(2, tx.call(d -> d.audit(ADMIN, null, 2)).size());
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.audit(EXAMPLE_ADMIN, null, 10)));
        refused(Kind.FORBIDDEN, () -> tx.call(d -> d.audit(EXAMPLE_ADMIN, "other.test", 10)));
    }
}
