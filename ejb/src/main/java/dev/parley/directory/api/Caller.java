package dev.parley.directory.api;

import java.util.Set;

/**
 * Who asks: the authenticated user (Keycloak {@code preferred_username}, an address such as
 * {@code alice@example.test}, or a bootstrap name such as {@code parley-admin}) and their realm roles.
 * Every directory operation takes one; the service checks scope and writes it to the audit log.
 */
public record Caller(String username, Set<String> roles) {

    public static final String ROLE_USER = "user";
    public static final String ROLE_DOMAIN_ADMIN = "domain-admin";
    public static final String ROLE_ADMIN = "admin";

    public Caller {
        if (username == null || username.isBlank()) {
            throw new IllegalArgumentException("caller username is required");
        }
        roles = roles == null ? Set.of() : Set.copyOf(roles);
    }

    public boolean isAdmin() {
        return roles.contains(ROLE_ADMIN);
    }

    /** The domain part of the caller's own address, or {@code null} when the username is no address. */
    public String ownDomain() {
        int at = username.lastIndexOf('@');
        return at < 0 ? null : username.substring(at + 1).toLowerCase(java.util.Locale.ROOT);
    }

    /** Admins manage every domain; domain admins only the domain of their own address. */
    public boolean mayManage(String domain) {
        if (isAdmin()) {
            return true;
        }
        return roles.contains(ROLE_DOMAIN_ADMIN) && domain != null && domain.equalsIgnoreCase(ownDomain());
    }
}
