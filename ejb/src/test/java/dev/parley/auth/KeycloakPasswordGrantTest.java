package dev.parley.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.parley.auth.AuthResult.Failure;
import dev.parley.keycloak.KeycloakHttp;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 6749 §5.2 error responses as Keycloak 26 sends them, mapped to authentication failures. */
class KeycloakPasswordGrantTest {

    @ParameterizedTest(name = "HTTP {0} {1}")
    @CsvSource(delimiter = '|', value = {
            "401|{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}|BAD_CREDENTIALS",
            "400|{\"error\":\"invalid_grant\",\"error_description\":\"Invalid user credentials\"}|BAD_CREDENTIALS",
            "400|{\"error\":\"invalid_grant\",\"error_description\":\"Account disabled\"}|DISABLED",
            "400|{\"error\":\"invalid_grant\",\"error_description\":\"Account is not fully set up\"}|DISABLED",
            "401|{\"error\":\"unauthorized_client\",\"error_description\":\"Invalid client or Invalid client credentials\"}|UNAVAILABLE",
            "400|{\"error\":\"invalid_client\"}|UNAVAILABLE",
            "503|<html>Service Unavailable</html>|UNAVAILABLE",
            "200|{\"token_type\":\"Bearer\"}|UNAVAILABLE",
            "400|not json|BAD_CREDENTIALS",
    })
    void mapsErrorResponses(int status, String body, Failure expected) {
        var outcome = KeycloakPasswordGrant.interpret(new KeycloakHttp.Response(status, body, Optional.empty()), "carol");
        assertEquals(expected, outcome.failure());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"200|{\"access_token\":\"abc.def.ghi\",\"expires_in\":300}"})
    void returnsTheAccessTokenOnSuccess(int status, String body) {
        var outcome = KeycloakPasswordGrant.interpret(new KeycloakHttp.Response(status, body, Optional.empty()), "carol");
        assertEquals("abc.def.ghi", outcome.accessToken());
    }
}
