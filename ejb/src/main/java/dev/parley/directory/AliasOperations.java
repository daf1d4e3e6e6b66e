package dev.parley.directory;

import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.NewAlias;
import dev.parley.mail.address.MailAddress;
import jakarta.json.Json;
import java.util.List;
import java.util.Locale;

/**
 * Aliases ({@code info@example.org → carol@example.org}) and the catch-all ({@code @example.org}),
 * which receives mail for addresses of the domain that match nothing else. Both live in the one
 * address namespace, so an alias can never shadow an account or a group.
 */
final class AliasOperations {

    private final DirectoryContext ctx;

    AliasOperations(DirectoryContext ctx) {
        this.ctx = ctx;
    }

    List<AliasView> list(Caller caller, String domain) {
        String name = DirectoryRules.requireManage(caller, domain);
        return ctx.repository().aliases(ctx.domainOrNotFound(name)).stream().map(Views::alias).toList();
    }

    AliasView create(Caller caller, String domain, NewAlias request) {
        String name = DirectoryRules.requireManage(caller, domain);
        DomainEntity domainEntity = ctx.domainOrNotFound(name);
        String raw = request.address() == null ? "" : request.address().trim();
        boolean catchAll = raw.startsWith("@");
        String address;
        if (catchAll) {
            address = "@" + Inputs.domain("address", raw.substring(1)).value();
        } else {
            address = Inputs.address("address", raw).toString();
        }
        String addressDomain = address.substring(address.lastIndexOf('@') + 1);
        if (!addressDomain.equals(name)) {
            throw DirectoryException.invalid("address", "address " + address + " is not in domain " + name);
        }
        MailAddress target = Inputs.address("target", request.target());
        if (target.toString().equals(address)) {
            throw DirectoryException.invalid("target", "an alias cannot point to itself: " + address);
        }
        ctx.requireFreeAddress(address);
        AddressEntity entity = AddressEntity.forAlias(address, domainEntity,
                catchAll ? AddressEntity.Kind.CATCHALL : AddressEntity.Kind.ALIAS, target.toString(),
                ctx.clock().instant());
        ctx.repository().persist(entity);
        ctx.audit().record(caller, catchAll ? "catchall.create" : "alias.create", address, name,
                Json.createObjectBuilder().add("target", target.toString()).build());
        ctx.repository().flush();
        return Views.alias(entity);
    }

    /** {@code address} is {@code local@domain}, {@code @domain} (catch-all) or a bare local part. */
    void delete(Caller caller, String domain, String address) {
        String name = DirectoryRules.requireManage(caller, domain);
        ctx.domainOrNotFound(name);
        String key = address == null ? "" : address.trim().toLowerCase(Locale.ROOT);
        if (!key.contains("@")) {
            key = key + "@" + name;
        }
        String lookup = key;
        AddressEntity entity = ctx.repository().address(lookup)
                .filter(a -> a.getDomain().getName().equals(name))
                .filter(a -> a.getKind() == AddressEntity.Kind.ALIAS || a.getKind() == AddressEntity.Kind.CATCHALL)
                .orElseThrow(() -> DirectoryException.notFound("no such alias: " + lookup));
        ctx.repository().remove(entity);
        ctx.audit().record(caller, entity.getKind() == AddressEntity.Kind.CATCHALL ? "catchall.delete" : "alias.delete",
                lookup, name, Json.createObjectBuilder().add("target", entity.getTarget()).build());
        ctx.repository().flush();
    }
}
