package dev.parley.keycloak;

import java.util.Set;

/** A user to create in Keycloak: username and e-mail are the account address. */
public record NewKeycloakUser(String username, String email, boolean enabled, Set<String> realmRoles,
                              String password) {

    public NewKeycloakUser {
        realmRoles = Set.copyOf(realmRoles);
    }

    @Override
    public String toString() {
        return "NewKeycloakUser[username=" + username + ", enabled=" + enabled + ", realmRoles=" + realmRoles
                + ", password=" + (password == null ? "none" : "***") + "]";
    }
}
