package dev.parley.auth;

import dev.parley.keycloak.KeycloakUnavailableException;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Password and bearer authentication without container machinery: the identity provider's password
 * grant, the token verifier and the clock come in through the constructor, so tests drive it with
 * fakes. Order for a password: throttle check, cache, then Keycloak; only a wrong password counts as
 * a failure (an unreachable Keycloak is nobody's fault).
 */
public class Authenticator implements AuthenticationService {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    private final PasswordGrant grant;
    private final JwtVerifier verifier;
    private final CredentialCache cache;
    private final FailureLimiter userFailures;
    private final FailureLimiter ipFailures;

    public Authenticator(PasswordGrant grant, JwtVerifier verifier, AuthSettings settings, Clock clock) {
        this.grant = grant;
        this.verifier = verifier;
        this.cache = new CredentialCache(clock, settings.cacheTtl());
        this.userFailures = new FailureLimiter(clock, settings.failureWindow(), settings.maxFailuresPerUser());
        this.ipFailures = new FailureLimiter(clock, settings.failureWindow(), settings.maxFailuresPerIp());
    }

    @Override
    public AuthResult verifyPassword(String username, String password, String remoteIp) {
        if (username == null || username.isBlank() || password == null || password.isEmpty()) {
            return AuthResult.failed(AuthResult.Failure.BAD_CREDENTIALS);
        }
        String user = username.trim().toLowerCase(Locale.ROOT);
        if (userFailures.isThrottled(user) || ipFailures.isThrottled(remoteIp)) {
            LOG.debug("login of {} from {} throttled", user, remoteIp);
            return AuthResult.failed(AuthResult.Failure.THROTTLED);
        }
        Optional<AuthResult> cached = cache.lookup(user, password);
        if (cached.isPresent()) {
            return cached.get();
        }
        PasswordGrant.Outcome outcome = grant.attempt(user, password);
        if (outcome.failure() != null) {
            if (outcome.failure() == AuthResult.Failure.BAD_CREDENTIALS) {
                userFailures.recordFailure(user);
                ipFailures.recordFailure(remoteIp);
            }
            if (outcome.failure() != AuthResult.Failure.UNAVAILABLE) {
                cache.forget(user);
            }
            return AuthResult.failed(outcome.failure());
        }
        AuthResult result = bearer(outcome.accessToken());
        if (result.ok()) {
            userFailures.reset(user);
            cache.remember(user, password, result);
        } else if (result.failure() == AuthResult.Failure.BAD_CREDENTIALS) {
            // Keycloak's own fresh token does not verify: issuer or key configuration is wrong
            LOG.error("token issued by Keycloak for {} failed verification; check parley.keycloak.issuer", user);
            return AuthResult.failed(AuthResult.Failure.UNAVAILABLE);
        }
        return result;
    }

    @Override
    public AuthResult validateBearer(String token, String remoteIp) {
        if (ipFailures.isThrottled(remoteIp)) {
            return AuthResult.failed(AuthResult.Failure.THROTTLED);
        }
        AuthResult result = bearer(token);
        if (result.failure() == AuthResult.Failure.BAD_CREDENTIALS) {
            ipFailures.recordFailure(remoteIp);
        }
        return result;
    }

    private AuthResult bearer(String token) {
        try {
            return verifier.verify(token);
        } catch (JwtVerifier.InvalidTokenException e) {
            LOG.debug("bearer token refused: {}", e.getMessage());
            return AuthResult.failed(AuthResult.Failure.BAD_CREDENTIALS);
        } catch (KeycloakUnavailableException e) {
            LOG.warn("cannot verify bearer token: {}", e.getMessage());
            return AuthResult.failed(AuthResult.Failure.UNAVAILABLE);
        }
    }
}
