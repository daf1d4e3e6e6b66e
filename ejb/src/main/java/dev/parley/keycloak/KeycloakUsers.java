package dev.parley.keycloak;

import java.util.Set;

/**
 * The part of Keycloak's user administration the directory needs. Implementations throw
 * {@link dev.parley.directory.api.DirectoryException} of kind UNAVAILABLE when Keycloak cannot be
 * reached or misbehaves, CONFLICT when Keycloak reports a duplicate (HTTP 409) and INVALID when it
 * rejects a value (for example a password failing the realm's password policy).
 */
public interface KeycloakUsers {

    /** Creates an enabled user; returns its Keycloak id. */
    String createUser(NewKeycloakUser user);

    /** Changes username and e-mail (account rename). */
    void rename(String id, String username, String email);

    void setEnabled(String id, boolean enabled);

    void setPassword(String id, String password);

    /** Makes the user's realm roles among {@code managed} exactly {@code roles}; other roles stay. */
    void setRealmRoles(String id, Set<String> roles, Set<String> managed);

    /** Deletes the user; a user that is already gone counts as deleted. */
    void deleteUser(String id);
}
