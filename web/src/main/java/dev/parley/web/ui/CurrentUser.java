package dev.parley.web.ui;

import dev.parley.directory.api.Caller;
import dev.parley.directory.api.DirectoryService;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The person logged in to the browser client. Roles are read from the servlet request, not from
 * Jakarta Security's SecurityContext, which answers false on the very request that completes an
 * OpenID Connect login (stack-notes 5).
 */
@Named
@RequestScoped
public class CurrentUser {

    private static final Logger LOG = LoggerFactory.getLogger(CurrentUser.class);
    private static final List<String> ROLES = List.of(Caller.ROLE_USER, Caller.ROLE_DOMAIN_ADMIN, Caller.ROLE_ADMIN);

    @Inject
    HttpServletRequest request;

    @Inject
    Instance<OpenIdContext> openId;

    @EJB
    DirectoryService directory;

    private Caller caller;
    private String displayName;

    /** {@code preferred_username}: the account address, or a bootstrap name such as {@code parley-admin}. */
    public String getUsername() {
        return request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
    }

    /** The {@code name} claim when Keycloak has one, else the account's display name, else the username. */
    public String getDisplayName() {
        if (displayName == null) {
            displayName = firstNonBlank(nameClaim(), ownAccountDisplayName(), getUsername());
        }
        return displayName;
    }

    private String nameClaim() {
        try {
            return openId.get().getClaims().getName().orElse(null);
        } catch (RuntimeException noOpenIdContext) {
            return null;
        }
    }

    /** The directory keeps display names (Keycloak users carry none): the caller's own account. */
    private String ownAccountDisplayName() {
        if (getUsername() == null) {
            return null;
        }
        try {
            return directory.me(caller()).displayName();
        } catch (RuntimeException e) {
            LOG.debug("no directory account for {}: {}", getUsername(), e.toString());
            return null;
        }
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    public boolean isAdmin() {
        return request.isUserInRole(Caller.ROLE_ADMIN);
    }

    public boolean isDomainAdmin() {
        return request.isUserInRole(Caller.ROLE_DOMAIN_ADMIN);
    }

    /** Whether the Admin entry of the navigation is shown. */
    public boolean isAdministrator() {
        return isAdmin() || isDomainAdmin();
    }

    /** The directory caller for console actions; the service checks domain scope again. */
    public Caller caller() {
        if (caller == null) {
            Set<String> roles = new LinkedHashSet<>();
            for (String role : ROLES) {
                if (request.isUserInRole(role)) {
                    roles.add(role);
                }
            }
            caller = new Caller(getUsername(), roles);
        }
        return caller;
    }
}
