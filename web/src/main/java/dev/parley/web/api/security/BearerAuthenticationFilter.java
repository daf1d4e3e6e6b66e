package dev.parley.web.api.security;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.directory.api.Caller;
import dev.parley.web.api.problem.ApiAuthenticationException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.lang.reflect.Method;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates every REST API request with an RFC 6750 §2.1 bearer token ({@code Authorization:
 * Bearer …}) checked by {@link AuthenticationService#validateBearer}; sets a security context whose
 * principal carries the directory {@link Caller}. Refusals are thrown and rendered by the problem
 * mapper (401 with the RFC 6750 §3 challenge, 403, 429, 503).
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class BearerAuthenticationFilter implements ContainerRequestFilter {

    /** Request property (a servlet request attribute under Payara) holding the {@link Caller}. */
    public static final String CALLER_PROPERTY = "parley.caller";

    private static final Logger LOG = LoggerFactory.getLogger(BearerAuthenticationFilter.class);
    /** RFC 6750 §2.1: {@code b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="}. */
    private static final Pattern B64TOKEN = Pattern.compile("[A-Za-z0-9\\-._~+/]+=*");
    private static final String SCHEME = "Bearer";

    @Inject
    AuthenticationService authentication;

    @Context
    HttpServletRequest servletRequest;

    @Context
    ResourceInfo resourceInfo;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (!caller.isAdmin() && !caller.roles().contains(Caller.ROLE_DOMAIN_ADMIN) && !openToEveryUser()) {
            // docs/api.md: anyone but admin and domain-admin gets 403
            throw ApiAuthenticationException.forbidden("the admin API needs realm role admin or domain-admin");
        }
        request.setSecurityContext(new CallerSecurityContext(caller, request.getSecurityContext() != null
                && request.getSecurityContext().isSecure()));
        request.setProperty(CALLER_PROPERTY, caller);
    }

    /** Whether the matched resource method or its class is {@link AnyAuthenticatedUser}. */
    private boolean openToEveryUser() {
        if (resourceInfo == null) {
            return false;
        }
        Method method = resourceInfo.getResourceMethod();
        Class<?> type = resourceInfo.getResourceClass();
        return (method != null && method.isAnnotationPresent(AnyAuthenticatedUser.class))
                || (type != null && type.isAnnotationPresent(AnyAuthenticatedUser.class));
    }

    private Caller authenticate(String authorization) {
        // RFC 6750 §3.1: no authentication information at all (no header, or another scheme such as
        // Basic) gets the bare challenge without an error code
        if (authorization == null || authorization.isBlank()) {
            throw ApiAuthenticationException.tokenRequired("bearer token required");
        }
        // RFC 9110 §11.1: the scheme name is case-insensitive
        if (!authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                || (authorization.length() > SCHEME.length()
                    && !Character.isWhitespace(authorization.charAt(SCHEME.length())))) {
            throw ApiAuthenticationException.tokenRequired("Authorization scheme must be Bearer");
        }
        String token = authorization.substring(SCHEME.length()).strip();
        if (!B64TOKEN.matcher(token).matches()) {
            throw ApiAuthenticationException.invalidToken("malformed bearer token");
        }
        AuthResult result = authentication.validateBearer(token, remoteIp());
        if (result.ok()) {
            return new Caller(result.username(), result.roles());
        }
        LOG.debug("bearer token refused from {}: {}", remoteIp(), result.failure());
        throw switch (result.failure()) {
            case BAD_CREDENTIALS -> ApiAuthenticationException.invalidToken("invalid or expired token");
            case DISABLED -> ApiAuthenticationException.invalidToken("account disabled");
            case THROTTLED -> ApiAuthenticationException.throttled();
            case UNAVAILABLE -> ApiAuthenticationException.unavailable();
        };
    }

    private String remoteIp() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }
}
