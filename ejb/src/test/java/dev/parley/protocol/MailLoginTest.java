package dev.parley.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.StoreException;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MailLoginTest {

    private final AuthenticationService auth = mock(AuthenticationService.class);
    private final MessageStore store = mock(MessageStore.class);
    private final Map<String, Long> ids = Map.of("carol@example.org", 7L);
    private final MailLogin login = new MailLogin(auth, a -> ids.containsKey(a) ? OptionalLong.of(ids.get(a))
            : OptionalLong.empty(), store);

    @Test
    void passwordLoginFindsTheAccountAndProvisionsItOnce() {
        when(auth.verifyPassword(eq("Carol@Example.org"), eq("pw"), any()))
                .thenReturn(AuthResult.success("carol@example.org", "sub", Set.of("user")));
        MailLogin.Outcome first = login.password("Carol@Example.org", "pw", null);
        MailLogin.Outcome second = login.password("Carol@Example.org", "pw", null);
        assertTrue(first.ok());
        assertEquals(7L, first.accountId());
        assertEquals("carol@example.org", first.username());
        assertEquals(first, second);
        verify(store, times(1)).provision(7L);
    }

    @Test
    void everyAuthenticationFailureKeepsItsKind() {
        for (AuthResult.Failure failure : AuthResult.Failure.values()) {
            when(auth.verifyPassword(any(), any(), any())).thenReturn(AuthResult.failed(failure));
            assertEquals(failure.name(), login.password("carol@example.org", "x", null).failure().name());
        }
        verify(store, never()).provision(anyLong());
    }

    @Test
    void emptyCredentialsNeverReachKeycloak() {
        assertEquals(MailLogin.Failure.BAD_CREDENTIALS, login.password("carol@example.org", "", null).failure());
        assertEquals(MailLogin.Failure.BAD_CREDENTIALS, login.bearer(null, "", null).failure());
        verify(auth, never()).verifyPassword(any(), any(), any());
    }

    @Test
    void bearerTokenMustBelongToTheNamedUser() {
        when(auth.validateBearer(eq("tok"), any())).thenReturn(AuthResult.success("carol@example.org", "sub", Set.of()));
        assertTrue(login.bearer(null, "tok", null).ok());
        assertTrue(login.bearer("CAROL@example.org", "tok", null).ok());
        assertEquals(MailLogin.Failure.BAD_CREDENTIALS, login.bearer("dave@example.org", "tok", null).failure());
    }

    @Test
    void authenticatedUserWithoutMailAccountHasNoMailbox() {
        when(auth.verifyPassword(any(), any(), any())).thenReturn(AuthResult.success("parley-admin", "sub", Set.of("admin")));
        assertEquals(MailLogin.Failure.NO_MAILBOX, login.password("parley-admin", "pw", null).failure());
    }

    @Test
    void storeFailureWhileProvisioningIsTemporary() {
        when(auth.verifyPassword(any(), any(), any())).thenReturn(AuthResult.success("carol@example.org", "s", Set.of()));
        doThrow(new StoreException(StoreException.Kind.UNAVAILABLE, "db down")).when(store).provision(7L);
        assertEquals(MailLogin.Failure.UNAVAILABLE, login.password("carol@example.org", "pw", null).failure());
    }
}
