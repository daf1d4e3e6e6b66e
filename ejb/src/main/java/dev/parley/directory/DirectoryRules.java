package dev.parley.directory;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryException;
import java.util.Locale;
import java.util.Set;

/** Who may do what in the directory (docs/api.md, "Authentication and authorization"). */
public final class DirectoryRules {

    public static final Set<String> ROLES = Set.of(Caller.ROLE_USER, Caller.ROLE_DOMAIN_ADMIN, Caller.ROLE_ADMIN);

    private DirectoryRules() {
    }

    /**
     * Checks scope before anything else, so a domain admin learns nothing about domains outside its
     * own (existing or not: both are 403). Returns the lower-cased domain name.
     */
    public static String requireManage(Caller caller, String domain) {
        String name = domain == null ? "" : domain.trim().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        if (!caller.mayManage(name)) {
            throw DirectoryException.forbidden(caller.username() + " may not manage domain " + name);
        }
        return name;
    }

    public static void requireAdmin(Caller caller, String what) {
        if (!caller.isAdmin()) {
            throw DirectoryException.forbidden("only an admin may " + what);
        }
    }

    /** Roles must be known ones; only an admin may grant {@code admin}. */
    public static Set<String> checkGrant(Caller caller, Set<String> roles) {
        for (String role : roles) {
            if (!ROLES.contains(role)) {
                throw DirectoryException.invalid("roles", "unknown role '" + role + "' (allowed: user, domain-admin, admin)");
            }
        }
        if (roles.contains(Caller.ROLE_ADMIN) && !caller.isAdmin()) {
            throw DirectoryException.forbidden("only an admin may grant the admin role");
        }
        return Set.copyOf(roles);
    }

    /** A domain admin may not change or delete an admin's account (that would be an escalation). */
    public static void checkMayModify(Caller caller, Set<String> targetRoles, String address) {
        if (targetRoles.contains(Caller.ROLE_ADMIN) && !caller.isAdmin()) {
            throw DirectoryException.forbidden("only an admin may change the admin account " + address);
        }
    }
}
