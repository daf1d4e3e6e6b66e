package dev.parley.web.api.security;

import dev.parley.directory.api.Caller;
import dev.parley.web.api.problem.ApiAuthenticationException;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/** JAX-RS security context of a request authenticated with an RFC 6750 bearer token. */
public final class CallerSecurityContext implements SecurityContext {

    /** RFC 6750 is "Bearer"; JAX-RS has no constant for it. */
    public static final String BEARER = "Bearer";

    private final CallerPrincipal principal;
    private final boolean secure;

    public CallerSecurityContext(Caller caller, boolean secure) {
        this.principal = new CallerPrincipal(caller);
        this.secure = secure;
    }

    /** The caller of the current request; resources only run after {@link BearerAuthenticationFilter}. */
    public static Caller callerOf(SecurityContext context) {
        if (context != null && context.getUserPrincipal() instanceof CallerPrincipal p) {
            return p.caller();
        }
        throw ApiAuthenticationException.invalidToken("bearer token required");
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.caller().roles().contains(role);
    }

    @Override
    public boolean isSecure() {
        return secure;
    }

    @Override
    public String getAuthenticationScheme() {
        return BEARER;
    }
}
