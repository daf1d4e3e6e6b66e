package dev.parley.directory.api;

import java.util.Set;

/** Partial update of an account: {@code null} fields stay as they are; a new {@code localPart} renames. */
public record AccountChange(String localPart, String displayName, String password, Long quotaBytes,
                            String classOfService, String status, Set<String> roles, Boolean hiddenInDirectory) {
    public AccountChange {
        roles = roles == null ? null : Set.copyOf(roles);
    }

    /** A change that leaves the directory visibility as it is. */
    public AccountChange(String localPart, String displayName, String password, Long quotaBytes,
                         String classOfService, String status, Set<String> roles) {
        this(localPart, displayName, password, quotaBytes, classOfService, status, roles, null);
    }

    @Override
    public String toString() {
        return "AccountChange[localPart=" + localPart + ", displayName=" + displayName + ", status=" + status
                + ", roles=" + roles + ", hiddenInDirectory=" + hiddenInDirectory + ", password=" + (password == null ? "unchanged" : "***") + "]";
    }
}
