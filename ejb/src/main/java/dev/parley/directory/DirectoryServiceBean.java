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
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.util.List;

/**
 * The directory as a container-managed transactional service: one transaction per method (REQUIRED).
 * {@link dev.parley.directory.api.DirectoryException} is an application exception with rollback
 * (see META-INF/ejb-jar.xml), so callers receive it unwrapped and nothing is committed.
 */
@Stateless
@Local(DirectoryService.class)
public class DirectoryServiceBean implements DirectoryService {

    @PersistenceContext(unitName = "parley")
    private EntityManager em;

    @Inject
    private KeycloakUsers keycloak;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @Inject
    private CredentialInvalidation credentials;

    private DirectoryService core;

    @PostConstruct
    void init() {
        core = new DirectoryCore(em, keycloak, new JtaCompensations(transactions), Clock.systemUTC(), credentials);
    }

    @Override
    public List<DomainView> listDomains(Caller caller) {
        return core.listDomains(caller);
    }

    @Override
    public DomainView getDomain(Caller caller, String domain) {
        return core.getDomain(caller, domain);
    }

    @Override
    public DomainView createDomain(Caller caller, NewDomain domain) {
        return core.createDomain(caller, domain);
    }

    @Override
    public DomainView updateDomain(Caller caller, String domain, DomainChange change) {
        return core.updateDomain(caller, domain, change);
    }

    @Override
    public void deleteDomain(Caller caller, String domain) {
        core.deleteDomain(caller, domain);
    }

    @Override
    public AccountView me(Caller caller) {
        return core.me(caller);
    }

    @Override
    public List<AccountView> listAccounts(Caller caller, String domain) {
        return core.listAccounts(caller, domain);
    }

    @Override
    public AccountView getAccount(Caller caller, String domain, String localPart) {
        return core.getAccount(caller, domain, localPart);
    }

    @Override
    public AccountView createAccount(Caller caller, String domain, NewAccount account) {
        return core.createAccount(caller, domain, account);
    }

    @Override
    public AccountView updateAccount(Caller caller, String domain, String localPart, AccountChange change) {
        return core.updateAccount(caller, domain, localPart, change);
    }

    @Override
    public void deleteAccount(Caller caller, String domain, String localPart) {
        core.deleteAccount(caller, domain, localPart);
    }

    @Override
    public List<AliasView> listAliases(Caller caller, String domain) {
        return core.listAliases(caller, domain);
    }

    @Override
    public AliasView createAlias(Caller caller, String domain, NewAlias alias) {
        return core.createAlias(caller, domain, alias);
    }

    @Override
    public void deleteAlias(Caller caller, String domain, String address) {
        core.deleteAlias(caller, domain, address);
    }

    @Override
    public List<GroupView> listGroups(Caller caller, String domain) {
        return core.listGroups(caller, domain);
    }

    @Override
    public GroupView getGroup(Caller caller, String domain, String localPart) {
        return core.getGroup(caller, domain, localPart);
    }

    @Override
    public GroupView createGroup(Caller caller, String domain, NewGroup group) {
        return core.createGroup(caller, domain, group);
    }

    @Override
    public GroupView updateGroup(Caller caller, String domain, String localPart, GroupChange change) {
        return core.updateGroup(caller, domain, localPart, change);
    }

    @Override
    public void deleteGroup(Caller caller, String domain, String localPart) {
        core.deleteGroup(caller, domain, localPart);
    }

    @Override
    public List<AuditEntryView> audit(Caller caller, String domain, int limit) {
        return core.audit(caller, domain, limit);
    }
}
