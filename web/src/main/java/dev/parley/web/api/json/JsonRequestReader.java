package dev.parley.web.api.json;

import dev.parley.web.api.dto.ApiRequest;
import dev.parley.web.api.problem.MalformedRequestException;
import jakarta.json.JsonException;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Reads API request bodies with JSON-B and turns every way a body can be wrong (no body, broken
 * syntax, a string where a number belongs, an array for an object) into one {@code 400} whose
 * detail says what and where. Application providers win over the runtime's own JSON-B reader.
 */
@Provider
@Consumes(MediaType.APPLICATION_JSON)
public class JsonRequestReader implements MessageBodyReader<ApiRequest> {

    /** Bodies beyond this are refused before parsing (an admin request is a few hundred bytes). */
    static final int MAX_BODY_BYTES = 1 << 20;

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return ApiRequest.class.isAssignableFrom(type);
    }

    @Override
    public ApiRequest readFrom(Class<ApiRequest> type, Type genericType, Annotation[] annotations,
                               MediaType mediaType, MultivaluedMap<String, String> headers, InputStream body)
            throws IOException {
        byte[] bytes = body.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            throw new MalformedRequestException("request body too large: more than " + MAX_BODY_BYTES + " bytes");
        }
        if (new String(bytes, java.nio.charset.StandardCharsets.UTF_8).isBlank()) {
            throw new MalformedRequestException("request body is required: a JSON object");
        }
        return read(type, bytes);
    }

    static <T> T read(Class<T> type, byte[] bytes) {
        T value;
        try {
            value = JsonbProvider.jsonb().fromJson(new ByteArrayInputStream(bytes), type);
        } catch (JsonbException | JsonException e) {
            throw new MalformedRequestException(JsonErrors.describe(e), null, e);
        }
        if (value == null) {
            throw new MalformedRequestException("request body must be a JSON object, not null");
        }
        return value;
    }
}
