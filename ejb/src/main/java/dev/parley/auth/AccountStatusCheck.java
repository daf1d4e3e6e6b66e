package dev.parley.auth;

/**
 * The directory's word on an authenticated Keycloak user: Keycloak may still say yes (a token issued
 * before a lock, an enabled user whose domain was locked by hand in the database, a cached password
 * check) while the directory says the account is locked or deleted or its domain is locked.
 */
@FunctionalInterface
public interface AccountStatusCheck {

    /** Always allows: for tests and for users the directory does not know. */
    AccountStatusCheck NONE = subject -> false;

    /**
     * Whether the directory account with Keycloak id {@code subject} is locked or deleted, or its
     * domain is locked. Users without a directory account (the bootstrap {@code parley-admin}) are
     * not disabled. May throw when the database cannot be asked.
     */
    boolean disabled(String subject);
}
