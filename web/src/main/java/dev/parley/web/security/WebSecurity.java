package dev.parley.web.security;

import jakarta.annotation.security.DeclareRoles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.authentication.mechanism.http.OpenIdAuthenticationMechanismDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.ClaimsDefinition;
import jakarta.security.enterprise.authentication.mechanism.http.openid.LogoutDefinition;

/**
 * Browser login: OpenID Connect authorization code flow against Keycloak (Jakarta Security 3.0).
 * Only the constrained pages of web.xml start a login; {@code /api/*} is unconstrained, so this
 * mechanism does nothing there and the API's bearer filter decides (docs/adr/0010).
 * {@code groups} holds the realm roles (a protocol mapper of realm parley); with Payara's default
 * principal-to-role mapping they are the roles of web.xml.
 */
@ApplicationScoped
@DeclareRoles({"user", "domain-admin", "admin"})
@OpenIdAuthenticationMechanismDefinition(
        providerURI = "${oidcConfig.providerUri}",
        clientId = "${oidcConfig.clientId}",
        clientSecret = "${oidcConfig.clientSecret}",
        redirectURI = "${baseURL}/callback",
        // false: Soteria's replay of the original request loses its parameters and fails in Faces
        // (docs/adr/0010); CallbackServlet sends the browser to the original page instead
        redirectToOriginalResource = false,
        scope = {"openid", "profile", "email"},
        claimsDefinition = @ClaimsDefinition(callerNameClaim = "preferred_username", callerGroupsClaim = "groups"),
        // request.logout() (LogoutServlet) then redirects to Keycloak's end_session_endpoint with
        // id_token_hint and this post_logout_redirect_uri (OpenID Connect RP-Initiated Logout 1.0 §2)
        logout = @LogoutDefinition(notifyProvider = true, redirectURI = "${oidcConfig.postLogoutRedirectUri}"))
public class WebSecurity {
}
