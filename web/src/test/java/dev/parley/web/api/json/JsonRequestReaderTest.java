package dev.parley.web.api.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.web.api.dto.ApiRequest;
import dev.parley.web.api.dto.NewAccountRequest;
import dev.parley.web.api.dto.NewDomainRequest;
import dev.parley.web.api.problem.MalformedRequestException;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonRequestReaderTest {

    private final JsonRequestReader reader = new JsonRequestReader();

    @Test
    void readsTheContractShape() throws IOException {
        NewAccountRequest account = read(NewAccountRequest.class, """
                {"localPart":"carol","displayName":"Carol","password":"s3cret","quotaBytes":1073741824,
                 "classOfService":"default","roles":["user"],"unknown":"ignored"}""");

        assertEquals("carol", account.localPart());
        assertEquals(1073741824L, account.quotaBytes());
        assertEquals(List.of("user"), account.roles());
    }

    @Test
    void missingMembersAreNull() throws IOException {
        NewDomainRequest domain = read(NewDomainRequest.class, "{\"name\":\"example.org\"}");
        assertEquals("example.org", domain.name());
        assertNull(domain.aliases());
    }

    @Test
    void brokenSyntaxSaysWhere() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> read(NewDomainRequest.class, "{\"name\": \"example.org\""));
        assertTrue(e.getMessage().startsWith("malformed JSON at line 1, column"), e.getMessage());
    }

    @Test
    void wrongTypeNamesTheProperty() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> read(NewAccountRequest.class, "{\"localPart\":\"carol\",\"quotaBytes\":\"lots\"}"));
        assertTrue(e.getMessage().startsWith("malformed JSON"), e.getMessage());
        assertTrue(e.getMessage().contains("quotaBytes"), e.getMessage());
    }

    @Test
    void arrayInsteadOfObjectIsRefused() {
        assertThrows(MalformedRequestException.class, () -> read(NewDomainRequest.class, "[1,2]"));
    }

    @Test
    void emptyBodyIsRefused() {
        MalformedRequestException e = assertThrows(MalformedRequestException.class,
                () -> read(NewDomainRequest.class, "  "));
        assertEquals("request body is required: a JSON object", e.getMessage());
    }

    @Test
    void nullBodyIsRefused() {
        assertThrows(MalformedRequestException.class, () -> read(NewDomainRequest.class, "null"));
    }

    @Test
    void readsOnlyApiRequests() {
        assertTrue(reader.isReadable(NewDomainRequest.class, NewDomainRequest.class, null, MediaType.APPLICATION_JSON_TYPE));
        assertTrue(!reader.isReadable(String.class, String.class, null, MediaType.APPLICATION_JSON_TYPE));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private <T extends ApiRequest> T read(Class<T> type, String json) throws IOException {
        return (T) reader.readFrom((Class) type, type, null, MediaType.APPLICATION_JSON_TYPE, null,
                new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
