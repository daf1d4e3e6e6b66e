package dev.parley.testing;

import dev.parley.directory.api.DirectoryException;
import dev.parley.keycloak.KeycloakUsers;
import dev.parley.keycloak.NewKeycloakUser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * An in-memory Keycloak: keeps users as Keycloak would (409 on a duplicate username), records
 * every call, and can be told to fail the next call of an operation.
 */
public final class RecordingKeycloak implements KeycloakUsers {

    public static final class User {
        public String username;
        public String email;
        public boolean enabled;
        public Set<String> roles = new HashSet<>();
        public String password;
    }

    private final Map<String, User> users = new HashMap<>();
    private final List<String> calls = new ArrayList<>();
    private final Map<String, DirectoryException> failNext = new HashMap<>();

    public void failNext(String operation, DirectoryException failure) {
        failNext.put(operation, failure);
    }

    public List<String> calls() {
        return calls;
    }

    public Map<String, User> users() {
        return users;
    }

    public User byUsername(String username) {
        return users.values().stream().filter(u -> u.username.equals(username)).findFirst().orElse(null);
    }

    /** A user made outside the directory, e.g. by hand in Keycloak's console. */
    public String preexisting(String username) {
        User user = new User();
        user.username = username;
        user.email = username;
        user.enabled = true;
        String id = UUID.randomUUID().toString();
        users.put(id, user);
        return id;
    }

    private void call(String operation, String argument) {
        calls.add(operation + " " + argument);
        DirectoryException failure = failNext.remove(operation);
        if (failure != null) {
            throw failure;
        }
    }

    private User user(String id) {
        User user = users.get(id);
        if (user == null) {
            throw new DirectoryException(DirectoryException.Kind.UNAVAILABLE, "no Keycloak user " + id);
        }
        return user;
    }

    @Override
    public String createUser(NewKeycloakUser request) {
        call("createUser", request.username());
        if (byUsername(request.username()) != null) {
            throw DirectoryException.conflict("Keycloak: User exists with same username");
        }
        User user = new User();
        user.username = request.username();
        user.email = request.email();
        user.enabled = request.enabled();
        user.roles.addAll(request.realmRoles());
        user.password = request.password();
        String id = UUID.randomUUID().toString();
        users.put(id, user);
        return id;
    }

    @Override
    public void rename(String id, String username, String email) {
        call("rename", username);
        User user = user(id);
        user.username = username;
        user.email = email;
    }

    @Override
    public void setEnabled(String id, boolean enabled) {
        call("setEnabled", String.valueOf(enabled));
        user(id).enabled = enabled;
    }

    @Override
    public void setPassword(String id, String password) {
        call("setPassword", id);
        user(id).password = password;
    }

    @Override
    public void setRealmRoles(String id, Set<String> roles, Set<String> managed) {
        call("setRealmRoles", new java.util.TreeSet<>(roles).toString());
        User user = user(id);
        user.roles.removeAll(managed);
        user.roles.addAll(roles);
    }

    @Override
    public void deleteUser(String id) {
        call("deleteUser", id);
        users.remove(id);
    }
}
