package dev.parley.web.dav;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.directory.api.Caller;
import dev.parley.web.api.security.CallerSecurityContext;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.ext.Provider;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Authenticates DAV clients: HTTP Basic (RFC 7617; what Thunderbird, Apple Calendar, DAVx5 and
 * Evolution send) checked by {@link AuthenticationService#verifyPassword} (Keycloak password grant,
 * cached), or an RFC 6750 bearer token verified locally by {@link AuthenticationService#validateBearer}.
 * Without valid credentials: 401 with {@code WWW-Authenticate: Basic realm="parley"} (RFC 7617 §2,
 * charset UTF-8). Keycloak down is 503, throttling 429 — never a 401 that would make a client drop
 * a stored password. Unlike the admin API, every role may use DAV.
 */
@Provider
@ApplicationScoped
@Priority(Priorities.AUTHENTICATION)
public class DavAuthenticationFilter implements ContainerRequestFilter {

    static final String CHALLENGE = "Basic realm=\"parley\", charset=\"UTF-8\"";
    public static final String CALLER_PROPERTY = "parley.dav.caller";

    private static final Logger LOG = LoggerFactory.getLogger(DavAuthenticationFilter.class);

    @Inject
    AuthenticationService authentication;

    @Context
    HttpServletRequest servletRequest;

    @Override
    public void filter(ContainerRequestContext request) {
        Caller caller = authenticate(request.getHeaderString(HttpHeaders.AUTHORIZATION), remoteIp());
        request.setSecurityContext(new CallerSecurityContext(caller,
                request.getSecurityContext() != null && request.getSecurityContext().isSecure()));
        request.setProperty(CALLER_PROPERTY, caller);
    }

    Caller authenticate(String authorization, String ip) {
        if (authorization == null || authorization.isBlank()) {
            throw new DavException(401, null, "authentication required");
        }
        AuthResult result;
        if (scheme(authorization, "Basic")) {
            Credentials c = Credentials.basic(authorization.substring(5).strip());
            if (c == null) {
                throw new DavException(401, null, "malformed Basic credentials");
            }
            result = authentication.verifyPassword(c.user(), c.password(), ip);
        } else if (scheme(authorization, "Bearer")) {
            result = authentication.validateBearer(authorization.substring(6).strip(), ip);
        } else {
            throw new DavException(401, null, "use Basic or Bearer");
        }
        if (result.ok()) {
            return new Caller(result.username(), result.roles());
        }
        LOG.debug("DAV authentication refused from {}: {}", ip, result.failure());
        throw switch (result.failure()) {
            case BAD_CREDENTIALS, DISABLED -> new DavException(401, null, "invalid credentials");
            case THROTTLED -> new DavException(429, null, "too many failed attempts; try later");
            case UNAVAILABLE -> new DavException(503, null, "authentication service unavailable");
        };
    }

    private static boolean scheme(String header, String scheme) {
        // RFC 9110 §11.1: scheme names are case-insensitive
        return header.length() > scheme.length() && header.regionMatches(true, 0, scheme, 0, scheme.length())
                && Character.isWhitespace(header.charAt(scheme.length()));
    }

    record Credentials(String user, String password) {
        /** RFC 7617 §2: base64 of {@code user-id ":" password}, UTF-8 (we announce charset UTF-8). */
        static Credentials basic(String token) {
            try {
                String decoded = new String(Base64.getDecoder().decode(token), StandardCharsets.UTF_8);
                int colon = decoded.indexOf(':');
                if (colon <= 0) {
                    return null;
                }
                return new Credentials(decoded.substring(0, colon), decoded.substring(colon + 1));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    }

    private String remoteIp() {
        try {
            return servletRequest == null ? null : servletRequest.getRemoteAddr();
        } catch (IllegalStateException outsideRequest) {
            return null;
        }
    }
}
