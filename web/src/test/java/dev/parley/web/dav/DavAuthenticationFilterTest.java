package dev.parley.web.dav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.directory.api.Caller;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DavAuthenticationFilterTest {

    private final DavAuthenticationFilter filter = new DavAuthenticationFilter();
    private final AuthenticationService auth = mock(AuthenticationService.class);

    DavAuthenticationFilterTest() {
        filter.authentication = auth;
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void basicCredentialsGoToThePasswordService() {
        when(auth.verifyPassword("alice@example.test", "pä:ss", "10.0.0.1"))
                .thenReturn(AuthResult.success("alice@example.test", "sub", Set.of("user")));
        Caller c = filter.authenticate(basic("alice@example.test", "pä:ss"), "10.0.0.1");
        assertEquals("alice@example.test", c.username());
    }

    @Test
    void bearerTokensAreValidatedLocally() {
        when(auth.validateBearer("tok.en.sig", null)).thenReturn(AuthResult.success("bob@example.test", "s", Set.of()));
        assertEquals("bob@example.test", filter.authenticate("bearer tok.en.sig", null).username());
    }

    @Test
    void missingOrWrongCredentialsAre401WithBasicChallenge() {
        DavException none = assertThrows(DavException.class, () -> filter.authenticate(null, null));
        assertEquals(401, none.status());
        Response r = DavExceptionMapper.render(none);
        assertEquals(401, r.getStatus());
        assertEquals("Basic realm=\"parley\", charset=\"UTF-8\"", r.getHeaderString("WWW-Authenticate"));
        when(auth.verifyPassword("alice@example.test", "wrong", null)).thenReturn(AuthResult.failed(AuthResult.Failure.BAD_CREDENTIALS));
        assertEquals(401, assertThrows(DavException.class,
                () -> filter.authenticate(basic("alice@example.test", "wrong"), null)).status());
        assertEquals(401, assertThrows(DavException.class, () -> filter.authenticate("Basic !!!", null)).status());
        assertEquals(401, assertThrows(DavException.class, () -> filter.authenticate("Digest x", null)).status());
    }

    @Test
    void keycloakDownIs503AndThrottlingIs429() {
        when(auth.verifyPassword("a@b.test", "p", null)).thenReturn(AuthResult.failed(AuthResult.Failure.UNAVAILABLE));
        assertEquals(503, assertThrows(DavException.class, () -> filter.authenticate(basic("a@b.test", "p"), null)).status());
        when(auth.verifyPassword("a@b.test", "q", null)).thenReturn(AuthResult.failed(AuthResult.Failure.THROTTLED));
        assertEquals(429, assertThrows(DavException.class, () -> filter.authenticate(basic("a@b.test", "q"), null)).status());
    }
}
