package dev.parley.web.security;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Builds the RP-Initiated Logout 1.0 §2 request URL. */
final class EndSessionRedirect {
    private EndSessionRedirect() {
    }

    static String build(String endSessionEndpoint, String clientId, String idToken, String postLogoutRedirect) {
        StringBuilder url = new StringBuilder(endSessionEndpoint)
                .append(endSessionEndpoint.contains("?") ? '&' : '?')
                .append("client_id=").append(encode(clientId))
                .append("&post_logout_redirect_uri=").append(encode(postLogoutRedirect));
        if (idToken != null) {
            url.append("&id_token_hint=").append(encode(idToken));
        }
        return url.toString();
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
