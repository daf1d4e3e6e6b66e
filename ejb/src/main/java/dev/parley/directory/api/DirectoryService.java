package dev.parley.directory.api;

import java.util.List;

/**
 * The directory as front ends (REST API, admin console, CLI, later the MTA) see it. Every method
 * checks that {@code caller} may act on the domain ({@link Caller#mayManage}), validates its input,
 * keeps Keycloak in step for accounts, writes one audit entry per change, and either changes
 * everything or nothing (throws {@link DirectoryException}).
 */
public interface DirectoryService {

    List<DomainView> listDomains(Caller caller);

    DomainView getDomain(Caller caller, String domain);

    DomainView createDomain(Caller caller, NewDomain domain);

    DomainView updateDomain(Caller caller, String domain, DomainChange change);

    void deleteDomain(Caller caller, String domain);

    /**
     * The caller's own account, for any authenticated user (no role needed): the account whose
     * address is the caller's username. NOT_FOUND when the caller has no directory account (for
     * example the bootstrap administrator {@code parley-admin}) or it is deleted.
     */
    AccountView me(Caller caller);

    List<AccountView> listAccounts(Caller caller, String domain);

    AccountView getAccount(Caller caller, String domain, String localPart);

    AccountView createAccount(Caller caller, String domain, NewAccount account);

    AccountView updateAccount(Caller caller, String domain, String localPart, AccountChange change);

    void deleteAccount(Caller caller, String domain, String localPart);

    List<AliasView> listAliases(Caller caller, String domain);

    AliasView createAlias(Caller caller, String domain, NewAlias alias);

    void deleteAlias(Caller caller, String domain, String address);

    List<GroupView> listGroups(Caller caller, String domain);

    GroupView getGroup(Caller caller, String domain, String localPart);

    GroupView createGroup(Caller caller, String domain, NewGroup group);

    GroupView updateGroup(Caller caller, String domain, String localPart, GroupChange change);

    void deleteGroup(Caller caller, String domain, String localPart);

    /** Newest first; {@code domain} null means all domains the caller may see (admins only). */
    List<AuditEntryView> audit(Caller caller, String domain, int limit);
}
