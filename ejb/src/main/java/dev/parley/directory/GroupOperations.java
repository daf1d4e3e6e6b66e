package dev.parley.directory;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.GroupChange;
import dev.parley.directory.api.GroupView;
import dev.parley.directory.api.NewGroup;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** Groups (distribution lists): an address of the domain, members that may be anywhere. */
final class GroupOperations {

    static final Set<String> POSTING_POLICIES = Set.of("anyone", "members", "domain");

    private final DirectoryContext ctx;

    GroupOperations(DirectoryContext ctx) {
        this.ctx = ctx;
    }

    List<GroupView> list(Caller caller, String domain) {
        String name = DirectoryRules.requireManage(caller, domain);
        return ctx.repository().groups(ctx.domainOrNotFound(name)).stream().map(Views::group).toList();
    }

    GroupView get(Caller caller, String domain, String localPart) {
        return Views.group(find(caller, domain, localPart));
    }

    GroupView create(Caller caller, String domain, NewGroup request) {
        String name = DirectoryRules.requireManage(caller, domain);
        DomainEntity domainEntity = ctx.domainOrNotFound(name);
        String localPart = Inputs.localPart("localPart", request.localPart()).value();
        String policy = request.postingPolicy() == null ? "anyone"
                : Inputs.oneOf("postingPolicy", request.postingPolicy(), POSTING_POLICIES);
        MailGroupEntity group = new MailGroupEntity(domainEntity, localPart, policy, ctx.clock().instant());
        group.setDisplayName(Inputs.displayName(request.displayName()));
        group.setHiddenInDirectory(request.hiddenInDirectory());
        String address = group.address();
        group.replaceMembers(members(request.members(), address));
        ctx.requireFreeAddress(address);
        ctx.repository().persist(group);
        ctx.repository().persist(AddressEntity.forGroup(group, ctx.clock().instant()));
        ctx.audit().record(caller, "group.create", address, name, Json.createObjectBuilder()
                .add("postingPolicy", policy).add("members", Json.createArrayBuilder(group.getMembers()))
                .add("hiddenInDirectory", group.isHiddenInDirectory()).build());
        ctx.repository().flush();
        return Views.group(group);
    }

    GroupView update(Caller caller, String domain, String localPart, GroupChange change) {
        MailGroupEntity group = find(caller, domain, localPart);
        JsonObjectBuilder detail = Json.createObjectBuilder();
        if (change.displayName() != null) {
            group.setDisplayName(Inputs.displayName(change.displayName()));
            detail.add("displayName", group.getDisplayName() == null ? "" : group.getDisplayName());
        }
        if (change.postingPolicy() != null) {
            group.setPostingPolicy(Inputs.oneOf("postingPolicy", change.postingPolicy(), POSTING_POLICIES));
            detail.add("postingPolicy", group.getPostingPolicy());
        }
        if (change.hiddenInDirectory() != null) {
            group.setHiddenInDirectory(change.hiddenInDirectory());
            detail.add("hiddenInDirectory", group.isHiddenInDirectory());
        }
        if (change.members() != null) {
            group.replaceMembers(members(change.members(), group.address()));
            detail.add("members", Json.createArrayBuilder(group.getMembers()));
        }
        ctx.audit().record(caller, "group.update", group.address(), group.getDomain().getName(), detail.build());
        ctx.repository().flush();
        return Views.group(group);
    }

    void delete(Caller caller, String domain, String localPart) {
        MailGroupEntity group = find(caller, domain, localPart);
        String address = group.address();
        ctx.repository().addressOf(group).ifPresent(ctx.repository()::remove);
        ctx.repository().remove(group);
        ctx.audit().record(caller, "group.delete", address, group.getDomain().getName(), null);
        ctx.repository().flush();
    }

    /** Members are full addresses, local or external; duplicates collapse; a group cannot contain itself. */
    private static Set<String> members(List<String> raw, String groupAddress) {
        Set<String> members = new TreeSet<>();
        for (String member : raw) {
            String address = Inputs.address("members", member).toString();
            if (address.equals(groupAddress)) {
                throw DirectoryException.invalid("members", "a group cannot be a member of itself: " + address);
            }
            members.add(address);
        }
        return members;
    }

    private MailGroupEntity find(Caller caller, String domain, String localPart) {
        String name = DirectoryRules.requireManage(caller, domain);
        DomainEntity domainEntity = ctx.domainOrNotFound(name);
        String local = localPart == null ? "" : localPart.trim().toLowerCase(Locale.ROOT);
        return ctx.repository().group(domainEntity, local)
                .orElseThrow(() -> DirectoryException.notFound("no such group: " + local + "@" + name));
    }
}
