package dev.parley.web.security;

import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;

/**
 * The OpenID Connect redirect URI. The authentication mechanism has already exchanged the
 * authorization code when this runs (OpenID Connect Core 1.0 §3.1.2.5); this sends the browser on to
 * the page that started the login, which the mechanism kept in the session, or to the start page.
 * Only URLs of this application are followed, so the callback is no open redirector.
 */
@WebServlet("/callback")
public class CallbackServlet extends HttpServlet {

    /** Session attribute where Soteria keeps the URL that started the login. */
    static final String ORIGINAL_REQUEST = "oidc.original.request";

    @Inject
    OidcConfig config;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        HttpSession session = request.getSession(false);
        Object original = session == null ? null : session.getAttribute(ORIGINAL_REQUEST);
        response.sendRedirect(target(original instanceof String s ? s : null, request));
    }

    static String target(String original, HttpServletRequest request) {
        String home = request.getContextPath() + "/";
        if (original == null || original.isBlank()) {
            return home;
        }
        String base = request.getRequestURL().toString();
        base = base.substring(0, base.length() - request.getRequestURI().length()) + request.getContextPath() + "/";
        if (!original.startsWith(base) || original.contains("/callback")) {
            return home;
        }
        return original;
    }
}
