package dev.parley.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.openid.OpenIdContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Ends the Parley session and the Keycloak single sign-on session (OpenID Connect RP-Initiated
 * Logout 1.0 §2), so the next visit asks for a password again. {@code request.logout()} lets the
 * OpenID mechanism clear its tokens, invalidate the session and redirect to Keycloak's
 * {@code end_session_endpoint} with {@code id_token_hint} and {@code post_logout_redirect_uri}
 * ({@link WebSecurity}'s logout definition). Without an OpenID session this servlet sends the
 * redirect itself (without {@code id_token_hint} Keycloak asks the user to confirm).
 *
 * <p>Logging out changes state, so only a POST carrying the session's {@link LogoutToken} does it;
 * a GET (a link, or a request forged by another site) gets a small page with that form instead.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(LogoutServlet.class);

    @Inject
    OidcConfig config;

    @Inject
    Instance<OpenIdContext> openId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        confirmationPage(request, response);
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        if (!LogoutToken.matches(request.getSession(false), request.getParameter(LogoutToken.PARAMETER))) {
            confirmationPage(request, response);
            return;
        }
        logout(request, response);
    }

    private void logout(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String user = request.getUserPrincipal() == null ? "-" : request.getUserPrincipal().getName();
        String idToken = idToken();
        if (idToken != null) {
            // Soteria's mechanism fails on logout without an identity token, so only ask it when there is one
            try {
                request.logout();
            } catch (RuntimeException e) {
                LOG.warn("logout of {} through the OpenID mechanism failed: {}", user, e.toString());
            }
        }
        HttpSession session = request.getSession(false);
        if (session != null) {
            try {
                session.invalidate();
            } catch (IllegalStateException alreadyInvalidated) {
                // the mechanism invalidated it
            }
        }
        LOG.info("logout of {}", user);
        if (!response.isCommitted()) {
            response.sendRedirect(EndSessionRedirect.build(config.getEndSessionEndpoint(), config.getClientId(),
                    idToken, config.getPostLogoutRedirectUri()));
        }
    }

    private static void confirmationPage(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String token = LogoutToken.of(request.getSession(true));
        String action = request.getContextPath() + "/logout";
        response.setContentType("text/html;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.getWriter().write("""
                <!DOCTYPE html>
                <html lang="en"><head><meta charset="UTF-8"/><title>Parley — log out</title></head>
                <body style="font-family: sans-serif; margin: 3em;">
                <h1>Log out of Parley?</h1>
                <form method="post" action="%s">
                <input type="hidden" name="%s" value="%s"/>
                <button id="logout" type="submit">Log out</button>
                </form>
                </body></html>
                """.formatted(action, LogoutToken.PARAMETER, token));
    }

    private String idToken() {
        try {
            OpenIdContext context = openId.get();
            return context.getIdentityToken() == null ? null : context.getIdentityToken().getToken();
        } catch (RuntimeException noOpenIdSession) {
            return null;
        }
    }
}
