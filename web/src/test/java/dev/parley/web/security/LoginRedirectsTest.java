package dev.parley.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;

class LoginRedirectsTest {

    @Test
    void callbackReturnsToTheOriginalPageOfThisApplication() {
        HttpServletRequest request = callback();
        assertEquals("http://localhost:8080/admin/domain.xhtml?name=example.test",
                CallbackServlet.target("http://localhost:8080/admin/domain.xhtml?name=example.test", request));
    }

    @Test
    void callbackIsNoOpenRedirector() {
        HttpServletRequest request = callback();
        assertEquals("/", CallbackServlet.target("http://evil.example/phish", request));
        assertEquals("/", CallbackServlet.target("http://localhost:8080.evil.example/", request));
        assertEquals("/", CallbackServlet.target("http://localhost:8080/callback?code=x", request));
        assertEquals("/", CallbackServlet.target(null, request));
    }

    @Test
    void endSessionRequestCarriesHintAndReturnAddress() {
        String url = EndSessionRedirect.build("http://localhost:8180/realms/parley/protocol/openid-connect/logout",
                "parley-web", "eyJ.a.b", "http://localhost:8080/");
        assertEquals("http://localhost:8180/realms/parley/protocol/openid-connect/logout?client_id=parley-web"
                + "&post_logout_redirect_uri=http%3A%2F%2Flocalhost%3A8080%2F&id_token_hint=eyJ.a.b", url);
        assertFalse(EndSessionRedirect.build("http://kc/logout", "c", null, "http://p/").contains("id_token_hint"));
    }

    private static HttpServletRequest callback() {
        HttpServletRequest request = mock(HttpServletRequest.class);
        when(request.getContextPath()).thenReturn("");
        when(request.getRequestURI()).thenReturn("/callback");
        when(request.getRequestURL()).thenReturn(new StringBuffer("http://localhost:8080/callback"));
        return request;
    }
}
