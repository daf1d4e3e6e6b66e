package dev.parley.directory;

import dev.parley.auth.CredentialInvalidation;
import dev.parley.directory.api.AccountChange;
import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.AuditEntryView;
import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryService;
import dev.parley.directory.api.DomainChange;
import dev.parley.directory.api.DomainView;
import dev.parley.directory.api.GroupChange;
import dev.parley.directory.api.GroupView;
import dev.parley.directory.api.NewAccount;
import dev.parley.directory.api.NewAlias;
import dev.parley.directory.api.NewDomain;
import dev.parley.directory.api.NewGroup;
import dev.parley.keycloak.KeycloakUsers;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.List;

/**
 * The directory's application logic, free of EJB machinery: it runs inside whatever transaction
 * its caller opened (the container's in {@link DirectoryServiceBean}, a resource-local one in the
 * integration tests) and is split by area into one class per resource.
 */
public class DirectoryCore implements DirectoryService {

    private final DomainOperations domains;
    private final AccountOperations accounts;
    private final AliasOperations aliases;
    private final GroupOperations groups;
    private final AuditTrail audit;

    public DirectoryCore(EntityManager em, KeycloakUsers keycloak, Compensations compensations, Clock clock) {
        this(em, keycloak, compensations, clock, username -> { });
    }

    /** {@code credentials} hears of every change that must end cached logins (lock, delete, rename, password). */
    public DirectoryCore(EntityManager em, KeycloakUsers keycloak, Compensations compensations, Clock clock,
                         CredentialInvalidation credentials) {
        DirectoryRepository repository = new DirectoryRepository(em);
        this.audit = new AuditTrail(repository, clock);
        DirectoryContext ctx = new DirectoryContext(repository, audit, keycloak, compensations, clock, credentials);
        this.domains = new DomainOperations(ctx);
        this.accounts = new AccountOperations(ctx);
        this.aliases = new AliasOperations(ctx);
        this.groups = new GroupOperations(ctx);
    }

    @Override
    public List<DomainView> listDomains(Caller caller) {
        return domains.list(caller);
    }

    @Override
    public DomainView getDomain(Caller caller, String domain) {
        return domains.get(caller, domain);
    }

    @Override
    public DomainView createDomain(Caller caller, NewDomain domain) {
        return domains.create(caller, domain);
    }

    @Override
    public DomainView updateDomain(Caller caller, String domain, DomainChange change) {
        return domains.update(caller, domain, change);
    }

    @Override
    public void deleteDomain(Caller caller, String domain) {
        domains.delete(caller, domain);
    }

    @Override
    public AccountView me(Caller caller) {
        return accounts.me(caller);
    }

    @Override
    public List<AccountView> listAccounts(Caller caller, String domain) {
        return accounts.list(caller, domain);
    }

    @Override
    public AccountView getAccount(Caller caller, String domain, String localPart) {
        return accounts.get(caller, domain, localPart);
    }

    @Override
    public AccountView createAccount(Caller caller, String domain, NewAccount account) {
        return accounts.create(caller, domain, account);
    }

    @Override
    public AccountView updateAccount(Caller caller, String domain, String localPart, AccountChange change) {
        return accounts.update(caller, domain, localPart, change);
    }

    @Override
    public void deleteAccount(Caller caller, String domain, String localPart) {
        accounts.delete(caller, domain, localPart);
    }

    @Override
    public List<AliasView> listAliases(Caller caller, String domain) {
        return aliases.list(caller, domain);
    }

    @Override
    public AliasView createAlias(Caller caller, String domain, NewAlias alias) {
        return aliases.create(caller, domain, alias);
    }

    @Override
    public void deleteAlias(Caller caller, String domain, String address) {
        aliases.delete(caller, domain, address);
    }

    @Override
    public List<GroupView> listGroups(Caller caller, String domain) {
        return groups.list(caller, domain);
    }

    @Override
    public GroupView getGroup(Caller caller, String domain, String localPart) {
        return groups.get(caller, domain, localPart);
    }

    @Override
    public GroupView createGroup(Caller caller, String domain, NewGroup group) {
        return groups.create(caller, domain, group);
    }

    @Override
    public GroupView updateGroup(Caller caller, String domain, String localPart, GroupChange change) {
        return groups.update(caller, domain, localPart, change);
    }

    @Override
    public void deleteGroup(Caller caller, String domain, String localPart) {
        groups.delete(caller, domain, localPart);
    }

    @Override
    public List<AuditEntryView> audit(Caller caller, String domain, int limit) {
        if (domain == null || domain.isBlank()) {
            DirectoryRules.requireAdmin(caller, "read the audit log of all domains");
            return audit.list(null, limit);
        }
        return audit.list(DirectoryRules.requireManage(caller, domain), limit);
    }
}
