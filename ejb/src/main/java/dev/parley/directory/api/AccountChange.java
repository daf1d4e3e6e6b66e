package dev.parley.directory.api;

import java.util.Set;

/** Partial update of an account: {@code null} fields stay as they are; a new {@code localPart} renames. */
public record AccountChange(String localPart, String displayName, String password, Long quotaBytes,
                            String classOfService, String status, Set<String> roles) {
    public AccountChange {
        roles = roles == null ? null : Set.copyOf(roles);
    }

    @Override
    public String toString() {
        return "AccountChange[localPart=" + localPart + ", displayName=" + displayName + ", status=" + status
                + ", roles=" + roles + ", password=" + (password == null ? "unchanged" : "***") + "]";
    }
}
