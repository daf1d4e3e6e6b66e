package dev.parley.directory.api;

import java.util.Set;

/** A new account; {@code password} may be null (the user then has no password until one is set). */
public record NewAccount(String localPart, String displayName, String password, Long quotaBytes,
                         String classOfService, Set<String> roles) {
    public NewAccount {
        roles = roles == null || roles.isEmpty() ? Set.of(Caller.ROLE_USER) : Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "NewAccount[localPart=" + localPart + ", displayName=" + displayName + ", roles=" + roles + "]";
    }
}
