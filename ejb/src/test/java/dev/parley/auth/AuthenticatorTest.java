package dev.parley.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.auth.AuthResult.Failure;
import dev.parley.testing.MutableClock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AuthenticatorTest {

    private final TestTokens tokens = new TestTokens();
    private final MutableClock clock = MutableClock.at("2025-03-01T12:00:00Z");
    private final List<String> attempts = java.util.Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> passwords = new java.util.HashMap<>(Map.of(
            "carol@example.test", "right", "dave@example.test", "right"));
    private Failure outage;

    /** A fake Keycloak token endpoint: checks the password table, issues a signed token. */
    private final PasswordGrant grant = (username, password) -> {
        attempts.add(username);
        if (outage != null) {
            return PasswordGrant.Outcome.refused(outage);
        }
        if (!password.equals(passwords.get(username))) {
            return PasswordGrant.Outcome.refused(Failure.BAD_CREDENTIALS);
        }
        return PasswordGrant.Outcome.granted(tokens.sign(TestTokens.claims(username, clock.instant()).build()));
    };

    /** The directory's verdict per Keycloak id (subject); absent means "not disabled". */
    private final java.util.Set<String> disabledSubjects = new java.util.HashSet<>();
    private RuntimeException directoryDown;
    private final List<String> statusChecks = new ArrayList<>();

    private final Authenticator auth = new Authenticator(grant,
            new JwtVerifier(tokens.jwks(), TestTokens.ISSUER, clock, Duration.ofSeconds(30)),
            new AuthSettings(Duration.ofSeconds(60), 5, 20, Duration.ofSeconds(300), Duration.ofSeconds(10)), clock,
            subject -> {
                statusChecks.add(subject);
                if (directoryDown != null) {
                    throw directoryDown;
                }
                return disabledSubjects.contains(subject);
            });

    @Test
    void directoryLockWinsOverKeycloakForPasswords() {
        AuthResult ok = auth.verifyPassword("carol@example.test", "right", "192.0.2.1");
        assertTrue(ok.ok());
        disabledSubjects.add(ok.subject());
        assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.1").ok(),
                "within the recheck interval the directory's last verdict stands (a lock evicts at once: forget)");
        assertEquals(1, statusChecks.size());

        clock.advance(Duration.ofSeconds(10));
        assertEquals(Failure.DISABLED, auth.verifyPassword("carol@example.test", "right", "192.0.2.1").failure(),
                "the cached success is judged again");
        assertEquals(1, attempts.size(), "served from the cache, yet refused");
        assertEquals(2, statusChecks.size());
        assertTrue(auth.verifyPassword("dave@example.test", "right", "192.0.2.1").ok());
    }

    @Test
    void directoryLockWinsOverKeycloakForBearerTokens() {
        String token = tokens.sign(TestTokens.claims("carol@example.test", clock.instant()).build());
        AuthResult ok = auth.validateBearer(token, "192.0.2.1");
        assertTrue(ok.ok());
        disabledSubjects.add(ok.subject());
        assertEquals(Failure.DISABLED, auth.validateBearer(token, "192.0.2.1").failure());
    }

    @Test
    void directoryOutageIsUnavailableNotASuccess() {
        directoryDown = new IllegalStateException("database down");
        assertEquals(Failure.UNAVAILABLE, auth.verifyPassword("carol@example.test", "right", "192.0.2.1").failure());
        directoryDown = null;
        assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.1").ok());
        assertEquals(2, attempts.size(), "the refused check was not cached");
    }

    @Test
    void aLockEvictsAtOnceEvenWithinTheRecheckInterval() {
        AuthResult ok = auth.verifyPassword("carol@example.test", "right", "192.0.2.1");
        disabledSubjects.add(ok.subject());
        auth.forget("carol@example.test"); // what CredentialInvalidation does on lock or delete
        passwords.remove("carol@example.test"); // Keycloak refuses the disabled user too
        assertEquals(Failure.BAD_CREDENTIALS, auth.verifyPassword("carol@example.test", "right", "192.0.2.1").failure());
    }

    @Test
    void aBurstOfCachedLoginsAsksTheDirectoryOncePerInterval() {
        for (int i = 0; i < 30; i++) { // 12 s of logins every 0.4 s
            assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.1").ok());
            clock.advance(Duration.ofMillis(400));
        }
        assertEquals(1, attempts.size());
        assertEquals(1 + 1, statusChecks.size(), "first login, then once after 10 s");
    }

    @Test
    void concurrentLoginsOfOneUserMakeOneGrant() throws Exception {
        int threads = 8;
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
        try {
            java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
            List<java.util.concurrent.Future<AuthResult>> results = new ArrayList<>();
            for (int i = 0; i < threads; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return auth.verifyPassword("carol@example.test", "right", "192.0.2.1");
                }));
            }
            start.countDown();
            for (java.util.concurrent.Future<AuthResult> r : results) {
                assertTrue(r.get().ok());
            }
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, attempts.size(), "one Keycloak grant; the others were answered from the cache");
    }

    @Test
    void forgetEvictsTheCachedSuccess() {
        assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.1").ok());
        auth.forget("Carol@Example.TEST");
        assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.1").ok());
        assertEquals(2, attempts.size(), "after forget, Keycloak is asked again");
        passwords.put("carol@example.test", "new");
        auth.forget("carol@example.test");
        assertEquals(Failure.BAD_CREDENTIALS, auth.verifyPassword("carol@example.test", "right", "192.0.2.1").failure(),
                "the old password stops working at once");
    }

    @Test
    void verifiesAPasswordAndCachesTheSuccess() {
        AuthResult first = auth.verifyPassword("Carol@Example.test", "right", "192.0.2.1");
        assertTrue(first.ok());
        assertEquals("carol@example.test", first.username());
        assertTrue(first.roles().contains("user"));
        assertEquals(first, auth.verifyPassword("carol@example.test", "right", "192.0.2.1"));
        assertEquals(1, attempts.size(), "second check served from the cache");

        clock.advance(Duration.ofSeconds(60));
        assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.1").ok());
        assertEquals(2, attempts.size(), "cache entry expired");
    }

    @Test
    void aDifferentPasswordIsNeverAnsweredFromTheCache() {
        auth.verifyPassword("carol@example.test", "right", "192.0.2.1");
        passwords.put("carol@example.test", "changed");
        assertEquals(Failure.BAD_CREDENTIALS, auth.verifyPassword("carol@example.test", "wrong", "192.0.2.1").failure());
        assertTrue(auth.verifyPassword("carol@example.test", "changed", "192.0.2.1").ok());
        assertEquals(3, attempts.size());
        // the wrong password also dropped the cached entry for the old one
        assertEquals(Failure.BAD_CREDENTIALS, auth.verifyPassword("carol@example.test", "right", "192.0.2.1").failure());
    }

    @Test
    void throttlesAUserAfterFiveFailuresInTheWindow() {
        for (int i = 0; i < 5; i++) {
            assertEquals(Failure.BAD_CREDENTIALS, auth.verifyPassword("carol@example.test", "bad" + i, "192.0.2." + i).failure());
        }
        assertEquals(Failure.THROTTLED, auth.verifyPassword("carol@example.test", "right", "192.0.2.99").failure());
        assertEquals(5, attempts.size(), "throttled attempts do not reach Keycloak");
        assertTrue(auth.verifyPassword("dave@example.test", "right", "192.0.2.1").ok(), "other users unaffected");

        clock.advance(Duration.ofSeconds(300));
        assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.99").ok(), "window slid past");
    }

    @Test
    void slidingWindowForgetsOldFailuresOneByOne() {
        for (int i = 0; i < 4; i++) {
            auth.verifyPassword("carol@example.test", "bad", null);
        }
        clock.advance(Duration.ofSeconds(200));
        auth.verifyPassword("carol@example.test", "bad", null);
        assertEquals(Failure.THROTTLED, auth.verifyPassword("carol@example.test", "right", null).failure());
        clock.advance(Duration.ofSeconds(100));  // the first four are now 300 s old
        assertTrue(auth.verifyPassword("carol@example.test", "right", null).ok());
    }

    @Test
    void throttlesAnAddressTryingManyUsers() {
        for (int i = 0; i < 20; i++) {
            auth.verifyPassword("user" + i + "@example.test", "guess", "198.51.100.7");
        }
        assertEquals(Failure.THROTTLED, auth.verifyPassword("carol@example.test", "right", "198.51.100.7").failure());
        assertTrue(auth.verifyPassword("carol@example.test", "right", "198.51.100.8").ok());
        String token = tokens.sign(TestTokens.claims("carol@example.test", clock.instant()).build());
        assertEquals(Failure.THROTTLED, auth.validateBearer(token, "198.51.100.7").failure());
    }

    @Test
    void outagesAndDisabledAccountsAreNotCountedAsGuesses() {
        outage = Failure.UNAVAILABLE;
        for (int i = 0; i < 10; i++) {
            assertEquals(Failure.UNAVAILABLE, auth.verifyPassword("carol@example.test", "right", "192.0.2.1").failure());
        }
        outage = Failure.DISABLED;
        assertEquals(Failure.DISABLED, auth.verifyPassword("carol@example.test", "right", "192.0.2.1").failure());
        outage = null;
        assertTrue(auth.verifyPassword("carol@example.test", "right", "192.0.2.1").ok());
    }

    @Test
    void emptyCredentialsFailWithoutAskingKeycloak() {
        assertEquals(Failure.BAD_CREDENTIALS, auth.verifyPassword("carol@example.test", "", "192.0.2.1").failure());
        assertEquals(Failure.BAD_CREDENTIALS, auth.verifyPassword(null, "x", "192.0.2.1").failure());
        assertTrue(attempts.isEmpty());
    }

    @Test
    void validatesBearerTokensAndCountsForgeriesPerAddress() {
        AuthResult ok = auth.validateBearer(tokens.sign(TestTokens.claims("carol@example.test", clock.instant()).build()), "192.0.2.1");
        assertTrue(ok.ok());
        for (int i = 0; i < 20; i++) {
            assertEquals(Failure.BAD_CREDENTIALS, auth.validateBearer("not.a.token", "203.0.113.5").failure());
        }
        assertEquals(Failure.THROTTLED, auth.validateBearer("not.a.token", "203.0.113.5").failure());
    }
}
