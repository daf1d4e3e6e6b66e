package dev.parley.web.security;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
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
 * Ends the Parley session and the Keycloak single sign-on session: OpenID Connect RP-Initiated
 * Logout 1.0 §2 (redirect to the provider's {@code end_session_endpoint} with {@code id_token_hint}
 * and {@code post_logout_redirect_uri}), so the next visit asks for a password again.
 */
@WebServlet("/logout")
public class LogoutServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(LogoutServlet.class);

    @Inject
    OidcConfig config;

    @Inject
    Instance<OpenIdContext> openId;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        String idToken = null;
        String endSession = null;
        String user = request.getUserPrincipal() == null ? null : request.getUserPrincipal().getName();
        try {
            OpenIdContext context = openId.get();
            if (context.getIdentityToken() != null) {
                idToken = context.getIdentityToken().getToken();
            }
            JsonObject metadata = context.getProviderMetadata();
            endSession = metadata == null ? null : metadata.getString("end_session_endpoint", null);
        } catch (RuntimeException notLoggedIn) {
            LOG.debug("logout without an OpenID context: {}", notLoggedIn.toString());
        }
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        LOG.info("logout of {}", user == null ? "-" : user);
        response.sendRedirect(EndSessionRedirect.build(endSession == null ? config.getEndSessionEndpoint() : endSession,
                config.getClientId(), idToken, config.getPublicUrl() + "/"));
    }

    @Override
    protected void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException, ServletException {
        doGet(request, response);
    }
}
