package dev.parley.directory.api;

import java.time.Instant;
import java.util.Set;

public record AccountView(String address, String localPart, String domain, String displayName, String status,
                          long quotaBytes, String classOfService, Set<String> roles, String keycloakId,
                          Instant createdAt, boolean hiddenInDirectory) {
    public AccountView {
        roles = Set.copyOf(roles);
    }
}
