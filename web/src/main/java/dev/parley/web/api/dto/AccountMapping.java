package dev.parley.web.api.dto;

import dev.parley.directory.api.AccountChange;
import dev.parley.directory.api.AccountView;
import dev.parley.directory.api.NewAccount;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** Account shapes of the REST contract (docs/api.md) to and from the directory service. */
public final class AccountMapping {
    private AccountMapping() {
    }

    public static AccountDto toDto(AccountView v) {
        return new AccountDto(v.address(), v.localPart(), v.domain(), v.displayName(), v.status(), v.quotaBytes(),
                v.classOfService(), v.roles().stream().sorted().toList(), v.keycloakId(), v.createdAt(),
                v.hiddenInDirectory());
    }

    public static NewAccount toNew(NewAccountRequest r) {
        return new NewAccount(r.localPart(), r.displayName(), r.password(), r.quotaBytes(), r.classOfService(),
                roles(r.roles()));
    }

    public static AccountChange toChange(AccountUpdateRequest r) {
        return new AccountChange(r.localPart(), r.displayName(), r.password(), r.quotaBytes(), r.classOfService(),
                r.status(), roles(r.roles()), r.hiddenInDirectory());
    }

    private static Set<String> roles(List<String> roles) {
        return roles == null ? null : new LinkedHashSet<>(roles);
    }
}
