package dev.parley.directory;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DomainChange;
import dev.parley.directory.api.DomainView;
import dev.parley.directory.api.NewDomain;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Domains and alias domains. Creating, deleting, re-aliasing and locking domains is for admins. */
final class DomainOperations {

    private static final Set<String> STATUSES = Set.of(DomainEntity.ACTIVE, DomainEntity.LOCKED);

    private static final Logger LOG = LoggerFactory.getLogger(DomainOperations.class);

    private final DirectoryContext ctx;

    DomainOperations(DirectoryContext ctx) {
        this.ctx = ctx;
    }

    List<DomainView> list(Caller caller) {
        if (caller.isAdmin()) {
            return ctx.repository().domains().stream().map(this::view).toList();
        }
        String own = caller.ownDomain();
        if (own == null || !caller.mayManage(own)) {
            throw DirectoryException.forbidden(caller.username() + " may not list domains");
        }
        return ctx.repository().domain(own).map(this::view).stream().toList();
    }

    DomainView get(Caller caller, String domain) {
        String name = DirectoryRules.requireManage(caller, domain);
        return view(ctx.domainOrNotFound(name));
    }

    DomainView create(Caller caller, NewDomain request) {
        DirectoryRules.requireAdmin(caller, "create domains");
        String name = Inputs.domain("name", request.name()).value();
        Set<String> aliases = aliasNames(request.aliases(), name);
        ctx.repository().domainNameUse(name, null).ifPresent(use -> {
            throw DirectoryException.conflict("domain name " + name + " is already in use as " + use);
        });
        requireFreeAliases(aliases, null);
        DomainEntity entity = new DomainEntity(name, ctx.clock().instant());
        entity.replaceAliases(aliases);
        ctx.repository().persist(entity);
        ctx.audit().record(caller, "domain.create", name, name,
                Json.createObjectBuilder().add("aliases", Json.createArrayBuilder(aliases)).build());
        ctx.repository().flush();
        return view(entity);
    }

    DomainView update(Caller caller, String domain, DomainChange change) {
        String name = DirectoryRules.requireManage(caller, domain);
        DomainEntity entity = ctx.domainOrNotFound(name);
        if (change.aliases() == null && change.status() == null) {
            return view(entity);
        }
        DirectoryRules.requireAdmin(caller, "change a domain's aliases or status");
        JsonObjectBuilder detail = Json.createObjectBuilder();
        if (change.aliases() != null) {
            Set<String> aliases = aliasNames(change.aliases(), name);
            requireFreeAliases(aliases, entity);
            entity.replaceAliases(aliases);
            detail.add("aliases", Json.createArrayBuilder(aliases));
        }
        String oldStatus = entity.getStatus();
        if (change.status() != null) {
            entity.setStatus(Inputs.oneOf("status", change.status(), STATUSES));
            detail.add("status", entity.getStatus());
        }
        ctx.audit().record(caller, "domain.update", name, name, detail.build());
        ctx.repository().flush();
        if (!oldStatus.equals(entity.getStatus())) {
            syncAccountsWithDomainStatus(entity);
        }
        return view(entity);
    }

    /**
     * Locking a domain disables the Keycloak user of every account in it, so nobody of the domain can
     * log in (browser, API, protocols); unlocking re-enables only the accounts whose own status is
     * active. Each call registers its undo should the transaction still roll back.
     */
    private void syncAccountsWithDomainStatus(DomainEntity domain) {
        boolean domainActive = DomainEntity.ACTIVE.equals(domain.getStatus());
        for (AccountEntity account : ctx.repository().accounts(domain)) {
            ctx.invalidateCredentials(account.address());
            String id = account.getKeycloakId();
            boolean enabled = domainActive && AccountEntity.ACTIVE.equals(account.getStatus());
            if (id == null || (domainActive && !enabled)) {
                continue; // no Keycloak user, or a locked account stays disabled on unlock
            }
            ctx.keycloak().setEnabled(id, enabled);
            String address = account.address();
            ctx.compensations().onRollback("re-" + (enabled ? "disable" : "enable") + " Keycloak user " + address,
                    () -> ctx.keycloak().setEnabled(id, !enabled));
        }
        LOG.info("domain {} {}: Keycloak users of its accounts {}", domain.getName(), domain.getStatus(),
                domainActive ? "re-enabled (active accounts)" : "disabled");
    }

    /** Only empty domains go: aliases, the catch-all and groups go with them (ON DELETE CASCADE). */
    void delete(Caller caller, String domain) {
        DirectoryRules.requireAdmin(caller, "delete domains");
        String name = Inputs.domain("domain", domain).value();
        DomainEntity entity = ctx.domainOrNotFound(name);
        long accounts = ctx.repository().accountCount(entity);
        if (accounts > 0) {
            throw DirectoryException.conflict("domain " + name + " still holds " + accounts + " account(s)");
        }
        ctx.repository().remove(entity);
        ctx.audit().record(caller, "domain.delete", name, name, null);
        ctx.repository().flush();
    }

    private Set<String> aliasNames(List<String> raw, String domain) {
        Set<String> aliases = new TreeSet<>();
        for (String alias : raw) {
            String value = Inputs.domain("aliases", alias).value();
            if (value.equals(domain)) {
                throw DirectoryException.invalid("aliases", "a domain cannot be an alias of itself: " + value);
            }
            aliases.add(value);
        }
        return aliases;
    }

    private void requireFreeAliases(Set<String> aliases, DomainEntity owner) {
        for (String alias : aliases) {
            ctx.repository().domainNameUse(alias, owner).ifPresent(use -> {
                throw DirectoryException.conflict("alias domain " + alias + " is already in use as " + use);
            });
        }
    }

    private DomainView view(DomainEntity entity) {
        return Views.domain(entity, ctx.repository().accountCount(entity));
    }
}
