package dev.parley.web.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.servlet.http.HttpSession;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LogoutTokenTest {

    private static HttpSession session() {
        Map<String, Object> attributes = new HashMap<>();
        HttpSession session = mock(HttpSession.class);
        when(session.getAttribute(anyString())).thenAnswer(i -> attributes.get(i.<String>getArgument(0)));
        doAnswer(i -> attributes.put(i.getArgument(0), i.getArgument(1))).when(session).setAttribute(anyString(), org.mockito.ArgumentMatchers.any());
        return session;
    }

    @Test
    void tokenIsStablePerSessionAndDiffersBetweenSessions() {
        HttpSession one = session();
        HttpSession two = session();
        String token = LogoutToken.of(one);
        assertEquals(token, LogoutToken.of(one));
        assertNotEquals(token, LogoutToken.of(two));
        assertTrue(token.length() >= 32, token);
    }

    @Test
    void onlyTheSessionsOwnTokenMatches() {
        HttpSession one = session();
        HttpSession two = session();
        String token = LogoutToken.of(one);
        LogoutToken.of(two);
        assertTrue(LogoutToken.matches(one, token));
        assertFalse(LogoutToken.matches(two, token), "another session's token");
        assertFalse(LogoutToken.matches(one, null), "no token");
        assertFalse(LogoutToken.matches(one, token + "x"), "altered token");
        assertFalse(LogoutToken.matches(null, token), "no session");
        assertFalse(LogoutToken.matches(session(), token), "a session that never issued one");
    }
}
