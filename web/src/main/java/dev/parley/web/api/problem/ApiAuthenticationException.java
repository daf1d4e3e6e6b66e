package dev.parley.web.api.problem;

/**
 * The bearer token was missing or refused. Carries the status and, for {@code 401}, the RFC 6750 §3
 * {@code WWW-Authenticate} challenge that the problem mapper puts on the response.
 */
public class ApiAuthenticationException extends RuntimeException {

    /** RFC 6750 §3: the realm of our challenges. */
    public static final String REALM = "parley";

    private final int status;
    private final String challenge;

    private ApiAuthenticationException(int status, String detail, String challenge) {
        super(detail);
        this.status = status;
        this.challenge = challenge;
    }

    /**
     * {@code 401} with {@code Bearer realm="parley", error="invalid_token"}: a bearer token was sent
     * but is malformed, expired, not ours or belongs to a disabled account (RFC 6750 §3.1).
     */
    public static ApiAuthenticationException invalidToken(String detail) {
        return new ApiAuthenticationException(401, detail,
                "Bearer realm=\"" + REALM + "\", error=\"invalid_token\", error_description=\""
                        + detail.replace('"', '\'') + "\"");
    }

    /**
     * {@code 401} with a bare {@code Bearer realm="parley"}: the request carries no bearer token at
     * all (no {@code Authorization} header, or another scheme). RFC 6750 §3.1: "If the request lacks
     * any authentication information ... the resource server SHOULD NOT include an error code or
     * other error information."
     */
    public static ApiAuthenticationException tokenRequired(String detail) {
        return new ApiAuthenticationException(401, detail, "Bearer realm=\"" + REALM + "\"");
    }

    /** {@code 403}: authenticated, but not allowed to use the admin API at all (RFC 6750 §3.1 insufficient_scope). */
    public static ApiAuthenticationException forbidden(String detail) {
        return new ApiAuthenticationException(403, detail, null);
    }

    /** {@code 429}: too many failed attempts from this client or for this user. */
    public static ApiAuthenticationException throttled() {
        return new ApiAuthenticationException(429, "too many failed authentication attempts; try again later", null);
    }

    /** {@code 503}: Keycloak could not be asked; a temporary failure, never a verdict on the token. */
    public static ApiAuthenticationException unavailable() {
        return new ApiAuthenticationException(503, "the identity provider is unavailable; try again later", null);
    }

    public int status() {
        return status;
    }

    /** The {@code WWW-Authenticate} value, or {@code null} when the status is not 401. */
    public String challenge() {
        return challenge;
    }
}
