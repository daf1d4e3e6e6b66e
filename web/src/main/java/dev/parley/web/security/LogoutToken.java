package dev.parley.web.security;

import jakarta.servlet.http.HttpSession;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

/**
 * The per-session secret a logout request must carry, so that another site cannot log a user out by
 * making the browser send a request (a cross-site request forgery: logout changes state, so it is a
 * POST with this token, never a plain GET link).
 */
public final class LogoutToken {

    static final String ATTRIBUTE = LogoutToken.class.getName();
    public static final String PARAMETER = "logoutToken";

    private static final SecureRandom RANDOM = new SecureRandom();

    private LogoutToken() {
    }

    /** The session's token, created on first use. */
    public static String of(HttpSession session) {
        synchronized (session) {
            Object existing = session.getAttribute(ATTRIBUTE);
            if (existing instanceof String token) {
                return token;
            }
            byte[] bytes = new byte[24];
            RANDOM.nextBytes(bytes);
            String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
            session.setAttribute(ATTRIBUTE, token);
            return token;
        }
    }

    /** Whether {@code presented} is this session's token (compared in constant time). */
    public static boolean matches(HttpSession session, String presented) {
        if (session == null || presented == null) {
            return false;
        }
        Object expected = session.getAttribute(ATTRIBUTE);
        return expected instanceof String token && MessageDigest.isEqual(
                token.getBytes(StandardCharsets.US_ASCII), presented.getBytes(StandardCharsets.US_ASCII));
    }
}
