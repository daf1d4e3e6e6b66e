package dev.parley.web.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import dev.parley.auth.AuthResult;
import dev.parley.auth.AuthenticationService;
import dev.parley.directory.api.Caller;
import dev.parley.web.api.problem.ApiAuthenticationException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.mockito.ArgumentCaptor;

class BearerAuthenticationFilterTest {

    private final BearerAuthenticationFilter filter = new BearerAuthenticationFilter();
    private final AuthenticationService authentication = mock(AuthenticationService.class);
    private final ContainerRequestContext request = mock(ContainerRequestContext.class);

    @BeforeEach
    void wire() {
        filter.authentication = authentication;
        filter.servletRequest = mock(HttpServletRequest.class);
        when(filter.servletRequest.getRemoteAddr()).thenReturn("192.0.2.7");
    }

    @Test
    void missingHeaderIsUnauthorizedWithBareChallenge() {
        ApiAuthenticationException e = refused(null);
        assertEquals(401, e.status());
        // RFC 6750 §3.1: no authentication information, no error code
        assertEquals("Bearer realm=\"parley\"", e.challenge());
        verify(authentication, never()).validateBearer(anyString(), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Basic dXNlcjpwYXNz", "Bearerabc.def", "Negotiate abc"})
    void otherSchemeIsUnauthorizedWithBareChallenge(String header) {
        ApiAuthenticationException e = refused(header);
        assertEquals(401, e.status());
        assertEquals("Bearer realm=\"parley\"", e.challenge());
        verify(authentication, never()).validateBearer(anyString(), any());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Bearer", "Bearer ", "Bearer two tokens", "Bearer bad\"quote"})
    void malformedHeaderIsUnauthorizedWithoutAskingKeycloak(String header) {
        assertEquals(401, refused(header).status());
        verify(authentication, never()).validateBearer(anyString(), any());
    }

    @Test
    void invalidTokenIsUnauthorized() {
        when(authentication.validateBearer("abc.def.ghi", "192.0.2.7")).thenReturn(AuthResult.failed(AuthResult.Failure.BAD_CREDENTIALS));
        ApiAuthenticationException e = refused("Bearer abc.def.ghi");
        assertEquals(401, e.status());
        assertEquals("invalid or expired token", e.getMessage());
        assertTrue(e.challenge().startsWith("Bearer realm=\"parley\", error=\"invalid_token\""), e.challenge());
    }

    @Test
    void disabledAccountIsAnInvalidToken() {
        when(authentication.validateBearer("abc.def.ghi", "192.0.2.7")).thenReturn(AuthResult.failed(AuthResult.Failure.DISABLED));
        ApiAuthenticationException e = refused("Bearer abc.def.ghi");
        assertEquals(401, e.status());
        assertTrue(e.challenge().contains("error=\"invalid_token\""), e.challenge());
    }

    @Test
    void keycloakDownIsServiceUnavailableNotUnauthorized() {
        when(authentication.validateBearer(eq("abc.def.ghi"), any())).thenReturn(AuthResult.failed(AuthResult.Failure.UNAVAILABLE));
        assertEquals(503, refused("Bearer abc.def.ghi").status());
    }

    @Test
    void throttledIsTooManyRequests() {
        when(authentication.validateBearer(eq("abc.def.ghi"), any())).thenReturn(AuthResult.failed(AuthResult.Failure.THROTTLED));
        assertEquals(429, refused("Bearer abc.def.ghi").status());
    }

    @Test
    void plainUserIsForbidden() {
        when(authentication.validateBearer(eq("abc.def.ghi"), any()))
                .thenReturn(AuthResult.success("carol@example.org", "sub-1", Set.of("user")));
        assertEquals(403, refused("Bearer abc.def.ghi").status());
    }

    @Test
    void plainUserMayCallResourcesOpenToEveryUser() throws Exception {
        when(authentication.validateBearer(eq("abc.def.ghi"), any()))
                .thenReturn(AuthResult.success("carol@example.org", "sub-1", Set.of("user")));
        ResourceInfo info = mock(ResourceInfo.class);
        when(info.getResourceMethod()).thenReturn(MeLike.class.getMethod("get"));
        doReturn(MeLike.class).when(info).getResourceClass();
        filter.resourceInfo = info;
        when(request.getHeaderString(HttpHeaders.AUTHORIZATION)).thenReturn("Bearer abc.def.ghi");

        filter.filter(request);

        verify(request).setProperty(eq(BearerAuthenticationFilter.CALLER_PROPERTY), any(Caller.class));
    }

    @AnyAuthenticatedUser
    public static class MeLike {
        public String get() {
            return "me";
        }
    }

    @Test
    void validTokenSetsTheCaller() {
        when(authentication.validateBearer("abc.def-ghi_~+/=", "192.0.2.7"))
                .thenReturn(AuthResult.success("admin@example.org", "sub-2", Set.of("domain-admin", "user")));
        when(request.getHeaderString(HttpHeaders.AUTHORIZATION)).thenReturn("bearer abc.def-ghi_~+/=");

        filter.filter(request);

        ArgumentCaptor<SecurityContext> context = ArgumentCaptor.forClass(SecurityContext.class);
        verify(request).setSecurityContext(context.capture());
        Caller caller = CallerSecurityContext.callerOf(context.getValue());
        assertEquals("admin@example.org", caller.username());
        assertEquals(Set.of("domain-admin", "user"), caller.roles());
        assertTrue(context.getValue().isUserInRole("domain-admin"));
        assertEquals("Bearer", context.getValue().getAuthenticationScheme());
        verify(request).setProperty(BearerAuthenticationFilter.CALLER_PROPERTY, caller);
    }

    private ApiAuthenticationException refused(String header) {
        when(request.getHeaderString(HttpHeaders.AUTHORIZATION)).thenReturn(header);
        return assertThrows(ApiAuthenticationException.class, () -> filter.filter(request));
    }
}
