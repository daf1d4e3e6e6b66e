package dev.parley.web.api.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import dev.parley.directory.api.DirectoryException;
import dev.parley.directory.api.DirectoryException.Kind;
import dev.parley.web.ops.RequestIds;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.bind.JsonbException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.StringReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ProblemMapperTest {

    private final ProblemMapper mapper = new ProblemMapper();

    @BeforeEach
    void request() {
        mapper.uriInfo = mock(UriInfo.class);
        when(mapper.uriInfo.getPath(false)).thenReturn("domains/example.org");
        mapper.request = mock(HttpServletRequest.class);
        when(mapper.request.getAttribute(RequestIds.ATTRIBUTE)).thenReturn("rid-1");
    }

    @ParameterizedTest
    @CsvSource({"INVALID,400,Bad Request", "FORBIDDEN,403,Forbidden", "NOT_FOUND,404,Not Found",
        "CONFLICT,409,Conflict", "UNAVAILABLE,503,Service Unavailable"})
    void directoryKindsMapToTheirStatus(Kind kind, int status, String title) {
        Response response = mapper.toResponse(new DirectoryException(kind, "name", "what went wrong"));

        assertEquals(status, response.getStatus());
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        JsonObject problem = body(response);
        assertEquals("about:blank", problem.getString("type"));
        assertEquals(title, problem.getString("title"));
        assertEquals(status, problem.getInt("status"));
        assertEquals("what went wrong", problem.getString("detail"));
        assertEquals("/api/domains/example.org", problem.getString("instance"));
        assertEquals("name", problem.getString("field"));
    }

    @ParameterizedTest
    @CsvSource({"NOT_FOUND,404", "FORBIDDEN,403", "PRECONDITION_FAILED,412", "UID_CONFLICT,409", "EXISTS,409",
        "INVALID_DATA,400", "INVALID_SYNC_TOKEN,400", "BAD_REQUEST,400", "TOO_LARGE,413", "UNAVAILABLE,503"})
    void contactsKindsMapToTheirStatus(dev.parley.contacts.api.ContactsException.Kind kind, int status) {
        Response response = mapper.toResponse(new dev.parley.contacts.api.ContactsException(kind, "line 3: why"));

        assertEquals(status, response.getStatus());
        assertEquals("line 3: why", body(response).getString("detail"));
    }

    @Test
    void problemWithoutFieldLeavesTheMemberOut() {
        JsonObject problem = body(mapper.toResponse(DirectoryException.conflict("domain example.org is in use")));
        assertFalse(problem.containsKey("field"));
    }

    @Test
    void malformedJsonIsABadRequestThatSaysWhy() {
        Throwable wrapped = new ProcessingException("reading failed",
                new JsonbException("Unable to deserialize property 'quotaBytes'", new NumberFormatException("lots")));

        Response response = mapper.toResponse(wrapped);

        assertEquals(400, response.getStatus());
        String detail = body(response).getString("detail");
        assertTrue(detail.startsWith("malformed JSON: Unable to deserialize property 'quotaBytes'"), detail);
        assertTrue(detail.contains("lots"), detail);
    }

    @Test
    void malformedRequestNamesTheField() {
        Response response = mapper.toResponse(new MalformedRequestException("limit must be a number", "limit", null));
        assertEquals(400, response.getStatus());
        assertEquals("limit", body(response).getString("field"));
    }

    @Test
    void unauthorizedCarriesTheBearerChallenge() {
        Response response = mapper.toResponse(ApiAuthenticationException.invalidToken("invalid or expired token"));

        assertEquals(401, response.getStatus());
        String challenge = response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE);
        assertTrue(challenge.startsWith("Bearer realm=\"parley\", error=\"invalid_token\""), challenge);
        assertEquals("invalid or expired token", body(response).getString("detail"));
    }

    @Test
    void missingTokenCarriesTheBareChallenge() {
        Response response = mapper.toResponse(ApiAuthenticationException.tokenRequired("bearer token required"));
        assertEquals(401, response.getStatus());
        assertEquals("Bearer realm=\"parley\"", response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void forbiddenHasNoChallenge() {
        Response response = mapper.toResponse(ApiAuthenticationException.forbidden("no admin role"));
        assertEquals(403, response.getStatus());
        assertNull(response.getHeaderString(HttpHeaders.WWW_AUTHENTICATE));
    }

    @Test
    void unknownPathIsAProblemToo() {
        Response response = mapper.toResponse(new NotFoundException());
        assertEquals(404, response.getStatus());
        assertEquals("no resource at /api/domains/example.org", body(response).getString("detail"));
    }

    @Test
    void methodNotAllowedKeepsTheAllowHeader() {
        Response response = mapper.toResponse(new NotAllowedException("not allowed", "GET", new String[] {"POST"}));
        assertEquals(405, response.getStatus());
        assertTrue(response.getHeaderString(HttpHeaders.ALLOW).contains("GET"));
    }

    @Test
    void unknownFailureIsA500WithoutInternals() {
        Response response = mapper.toResponse(new IllegalStateException("secret internals at row 42"));

        assertEquals(500, response.getStatus());
        JsonObject problem = body(response);
        assertEquals("Internal Server Error", problem.getString("title"));
        assertEquals("internal error; request id rid-1", problem.getString("detail"));
        assertFalse(problem.toString().contains("secret internals"));
    }

    private static JsonObject body(Response response) {
        return Json.createReader(new StringReader((String) response.getEntity())).readObject();
    }
}
