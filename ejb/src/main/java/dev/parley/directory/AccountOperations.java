package dev.parley.directory;

import dev.parley.directory.api.AccountChange;
import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.NewAccount;
import dev.parley.keycloak.NewKeycloakUser;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Accounts, kept in step with Keycloak. Every method changes the database first and flushes (so
 * constraint violations surface), then calls Keycloak: a Keycloak failure throws and the
 * transaction rolls back, leaving the database as it was; each successful Keycloak call registers
 * its undo in case the transaction still fails afterwards.
 */
final class AccountOperations {

    private static final Logger LOG = LoggerFactory.getLogger(AccountOperations.class);
    private static final Set<String> STATUSES = Set.of(AccountEntity.ACTIVE, AccountEntity.LOCKED);
    static final String DEFAULT_CLASS_OF_SERVICE = "default";

    private final DirectoryContext ctx;

    AccountOperations(DirectoryContext ctx) {
        this.ctx = ctx;
    }

    List<AccountView> list(Caller caller, String domain) {
        String name = DirectoryRules.requireManage(caller, domain);
        return ctx.repository().accounts(ctx.domainOrNotFound(name)).stream().map(Views::account).toList();
    }

    AccountView get(Caller caller, String domain, String localPart) {
        return Views.account(find(caller, domain, localPart));
    }

    /** The caller's own account: scope is the caller's own address, so no role is needed. */
    AccountView me(Caller caller) {
        String domain = caller.ownDomain();
        int at = caller.username().lastIndexOf('@');
        if (domain == null || at <= 0) {
            throw DirectoryException.notFound(caller.username() + " has no directory account");
        }
        String local = caller.username().substring(0, at).toLowerCase(java.util.Locale.ROOT);
        return ctx.repository().domain(domain)
                .flatMap(d -> ctx.repository().account(d, local))
                .filter(a -> !AccountEntity.DELETED.equals(a.getStatus()))
                .map(Views::account)
                .orElseThrow(() -> DirectoryException.notFound(caller.username() + " has no directory account"));
    }

    AccountView create(Caller caller, String domain, NewAccount request) {
        String name = DirectoryRules.requireManage(caller, domain);
        DomainEntity domainEntity = ctx.domainOrNotFound(name);
        String localPart = Inputs.localPart("localPart", request.localPart()).value();
        String password = Inputs.password(request.password());
        Set<String> roles = DirectoryRules.checkGrant(caller, request.roles());
        AccountEntity account = new AccountEntity(domainEntity, localPart, ctx.clock().instant());
        account.setDisplayName(Inputs.displayName(request.displayName()));
        account.setQuotaBytes(Inputs.quota(request.quotaBytes(), 0));
        account.setClassOfService(Inputs.classOfService(request.classOfService(), DEFAULT_CLASS_OF_SERVICE));
        account.setRoles(roles);
        String address = account.address();
        ctx.requireFreeAddress(address);

        ctx.repository().persist(account);
        ctx.repository().persist(AddressEntity.forAccount(account, ctx.clock().instant()));
        ctx.audit().record(caller, "account.create", address, name, Json.createObjectBuilder()
                .add("roles", Json.createArrayBuilder(account.getRoles()))
                .add("quotaBytes", account.getQuotaBytes())
                .add("classOfService", account.getClassOfService())
                .add("password", password == null ? "none" : "set").build());
        ctx.repository().flush();

        // an account created in a locked domain cannot log in until the domain is unlocked
        boolean enabled = DomainEntity.ACTIVE.equals(domainEntity.getStatus());
        String id = ctx.keycloak().createUser(new NewKeycloakUser(address, address, enabled, roles, password));
        ctx.compensations().onRollback("delete Keycloak user " + address, () -> ctx.keycloak().deleteUser(id));
        account.setKeycloakId(id);
        ctx.repository().flush();
        LOG.info("account {} created by {} (Keycloak id {})", address, caller.username(), id);
        return Views.account(account);
    }

    AccountView update(Caller caller, String domain, String localPart, AccountChange change) {
        AccountEntity account = find(caller, domain, localPart);
        String oldAddress = account.address();
        DirectoryRules.checkMayModify(caller, account.getRoles(), oldAddress);
        JsonObjectBuilder detail = Json.createObjectBuilder();

        boolean renamed = false;
        if (change.localPart() != null) {
            String newLocal = Inputs.localPart("localPart", change.localPart()).value();
            if (!newLocal.equals(account.getLocalPart())) {
                String newAddress = newLocal + "@" + account.getDomain().getName();
                ctx.requireFreeAddress(newAddress);
                account.setLocalPart(newLocal);
                AddressEntity address = ctx.repository().addressOf(account).orElseThrow(
                        () -> new IllegalStateException("account " + oldAddress + " has no address row"));
                address.setAddress(newAddress);
                detail.add("renamedFrom", oldAddress);
                renamed = true;
            }
        }
        if (change.displayName() != null) {
            account.setDisplayName(Inputs.displayName(change.displayName()));
            detail.add("displayName", account.getDisplayName() == null ? "" : account.getDisplayName());
        }
        String password = Inputs.password(change.password());
        if (password != null) {
            detail.add("password", "changed");
        }
        if (change.quotaBytes() != null) {
            account.setQuotaBytes(Inputs.quota(change.quotaBytes(), account.getQuotaBytes()));
            detail.add("quotaBytes", account.getQuotaBytes());
        }
        if (change.classOfService() != null) {
            account.setClassOfService(Inputs.classOfService(change.classOfService(), account.getClassOfService()));
            detail.add("classOfService", account.getClassOfService());
        }
        String oldStatus = account.getStatus();
        if (change.status() != null) {
            account.setStatus(Inputs.oneOf("status", change.status(), STATUSES));
            detail.add("status", account.getStatus());
        }
        if (change.hiddenInDirectory() != null) {
            account.setHiddenInDirectory(change.hiddenInDirectory());
            detail.add("hiddenInDirectory", account.isHiddenInDirectory());
        }
        Set<String> oldRoles = account.getRoles();
        if (change.roles() != null) {
            account.setRoles(DirectoryRules.checkGrant(caller, change.roles()));
            detail.add("roles", Json.createArrayBuilder(account.getRoles()));
        }
        account.touch(ctx.clock().instant());
        String newAddress = account.address();
        ctx.audit().record(caller, "account.update", newAddress, account.getDomain().getName(), detail.build());
        ctx.repository().flush();

        syncKeycloak(account, oldAddress, renamed, password, oldStatus, oldRoles);
        if (renamed || password != null || !oldStatus.equals(account.getStatus())) {
            ctx.invalidateCredentials(oldAddress, newAddress);
        }
        return Views.account(account);
    }

    private void syncKeycloak(AccountEntity account, String oldAddress, boolean renamed, String password,
                              String oldStatus, Set<String> oldRoles) {
        boolean statusChanged = !oldStatus.equals(account.getStatus());
        boolean rolesChanged = !oldRoles.equals(account.getRoles());
        if (!renamed && !statusChanged && !rolesChanged && password == null) {
            return; // quota, class of service, display name: nothing Keycloak holds
        }
        String id = account.getKeycloakId();
        if (id == null) {
            throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE,
                    "account " + oldAddress + " has no Keycloak user; recreate it");
        }
        String address = account.address();
        if (renamed) {
            ctx.keycloak().rename(id, address, address);
            ctx.compensations().onRollback("rename Keycloak user back to " + oldAddress,
                    () -> ctx.keycloak().rename(id, oldAddress, oldAddress));
        }
        if (statusChanged) {
            // a locked domain keeps its accounts disabled in Keycloak whatever their own status
            boolean enabled = AccountEntity.ACTIVE.equals(account.getStatus())
                    && DomainEntity.ACTIVE.equals(account.getDomain().getStatus());
            ctx.keycloak().setEnabled(id, enabled);
            ctx.compensations().onRollback("re-" + (enabled ? "disable" : "enable") + " Keycloak user " + address,
                    () -> ctx.keycloak().setEnabled(id, !enabled));
        }
        if (rolesChanged) {
            ctx.keycloak().setRealmRoles(id, account.getRoles(), DirectoryRules.ROLES);
            ctx.compensations().onRollback("restore Keycloak roles of " + address,
                    () -> ctx.keycloak().setRealmRoles(id, oldRoles, DirectoryRules.ROLES));
        }
        if (password != null) {
            // Last on purpose: a password change cannot be undone, so everything that can fail goes first.
            ctx.keycloak().setPassword(id, password);
        }
    }

    /** Marks the account deleted, releases its address and removes its Keycloak user. */
    void delete(Caller caller, String domain, String localPart) {
        AccountEntity account = find(caller, domain, localPart);
        String address = account.address();
        DirectoryRules.checkMayModify(caller, account.getRoles(), address);
        ctx.repository().addressOf(account).ifPresent(ctx.repository()::remove);
        account.setStatus(AccountEntity.DELETED);
        account.touch(ctx.clock().instant());
        ctx.audit().record(caller, "account.delete", address, account.getDomain().getName(), null);
        ctx.repository().flush();
        String id = account.getKeycloakId();
        if (id != null) {
            ctx.keycloak().deleteUser(id);
            ctx.compensations().onRollback("Keycloak user " + address + " (" + id + ") was deleted but the"
                    + " account was not; recreate the user or delete the account again", () -> { });
        }
        ctx.invalidateCredentials(address);
        LOG.info("account {} deleted by {}", address, caller.username());
    }

    private AccountEntity find(Caller caller, String domain, String localPart) {
        String name = DirectoryRules.requireManage(caller, domain);
        DomainEntity domainEntity = ctx.domainOrNotFound(name);
        String local = localPart == null ? "" : localPart.trim().toLowerCase(java.util.Locale.ROOT);
        return ctx.repository().account(domainEntity, local)
                .orElseThrow(() -> DirectoryException.notFound("no such account: " + local + "@" + name));
    }
}
