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

    /** Striped: bounded memory whatever user names are tried; two users rarely share a stripe. */
    private static final Object[] GRANT_LOCKS = new Object[256];

    static {
        for (int i = 0; i < GRANT_LOCKS.length; i++) {
            GRANT_LOCKS[i] = new Object();
        }
    }

    private final PasswordGrant grant;
    private final JwtVerifier verifier;
    private final CredentialCache cache;
    private final FailureLimiter userFailures;
    private final FailureLimiter ipFailures;
    private final AccountStatusCheck status;

    public Authenticator(PasswordGrant grant, JwtVerifier verifier, AuthSettings settings, Clock clock) {
        this(grant, verifier, settings, clock, AccountStatusCheck.NONE);
    }

    public Authenticator(PasswordGrant grant, JwtVerifier verifier, AuthSettings settings, Clock clock,
                         AccountStatusCheck status) {
        this.status = status;
        this.grant = grant;
        this.verifier = verifier;
        this.cache = new CredentialCache(clock, settings.cacheTtl(), settings.statusRecheck());
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
        Optional<AuthResult> fromCache = fromCache(user, password);
        if (fromCache.isPresent()) {
            return fromCache.get();
        }
        // one password grant per user at a time: clients open several connections at once (Thunderbird's
        // IMAP pool, DAVx5's parallel requests), and concurrent grants for one user both load Keycloak and
        // can trip its brute-force detection; the others wait and are answered from the cache
        synchronized (GRANT_LOCKS[Math.floorMod(user.hashCode(), GRANT_LOCKS.length)]) {
            fromCache = fromCache(user, password);
            if (fromCache.isPresent()) {
                return fromCache.get();
            }
            return grant(user, password, remoteIp);
        }
    }

    private Optional<AuthResult> fromCache(String user, String password) {
        Optional<CredentialCache.Hit> cached = cache.find(user, password);
        if (cached.isPresent()) {
            if (cached.get().statusFresh()) {
                return Optional.of(cached.get().result());
            }
            AuthResult verdict = directoryVerdict(cached.get().result());
            if (verdict.ok()) {
                cache.statusConfirmed(user);
            }
            return Optional.of(verdict);
        }
        return Optional.empty();
    }

    private AuthResult grant(String user, String password, String remoteIp) {
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
            result = directoryVerdict(result);
            if (result.ok()) {
                cache.remember(user, password, result);
            }
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
        return result.ok() ? directoryVerdict(result) : result;
    }

    /** Forgets the cached password check of {@code username} (see {@link CredentialInvalidation}). */
    public void forget(String username) {
        if (username != null) {
            cache.forget(username.trim().toLowerCase(Locale.ROOT));
        }
    }

    /**
     * Keycloak said yes; the directory may still say no (account locked or deleted, domain locked).
     * One indexed lookup by Keycloak id per check, also for cached password checks.
     */
    private AuthResult directoryVerdict(AuthResult keycloakYes) {
        try {
            if (keycloakYes.subject() != null && status.disabled(keycloakYes.subject())) {
                LOG.debug("{} is disabled in the directory", keycloakYes.username());
                return AuthResult.failed(AuthResult.Failure.DISABLED);
            }
            return keycloakYes;
        } catch (RuntimeException e) {
            LOG.warn("cannot read the directory status of {}: {}", keycloakYes.username(), e.toString());
            return AuthResult.failed(AuthResult.Failure.UNAVAILABLE);
        }
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
