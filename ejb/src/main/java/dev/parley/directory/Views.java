package dev.parley.directory;

import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.AliasView;
import dev.parley.directory.api.DomainView;
import dev.parley.directory.api.GroupView;
import java.util.List;

/** Entity to API record mapping: entities never leave this module. */
final class Views {

    private Views() {
    }

    static DomainView domain(DomainEntity d, long accountCount) {
        return new DomainView(d.getName(), List.copyOf(new java.util.TreeSet<>(d.getAliases())), d.getStatus(),
                accountCount, d.getCreatedAt());
    }

    static AccountView account(AccountEntity a) {
        return new AccountView(a.address(), a.getLocalPart(), a.getDomain().getName(), a.getDisplayName(),
                a.getStatus(), a.getQuotaBytes(), a.getClassOfService(), a.getRoles(), a.getKeycloakId(),
                a.getCreatedAt(), a.isHiddenInDirectory());
    }

    static AliasView alias(AddressEntity a) {
        return new AliasView(a.getAddress(), a.getTarget(), a.getKind() == AddressEntity.Kind.CATCHALL);
    }

    static GroupView group(MailGroupEntity g) {
        return new GroupView(g.address(), g.getLocalPart(), g.getDisplayName(), g.getPostingPolicy(),
                List.copyOf(new java.util.TreeSet<>(g.getMembers())), g.isHiddenInDirectory());
    }
}
