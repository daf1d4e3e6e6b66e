package dev.parley.web.api.problem;

import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;

/**
 * An RFC 9457 problem details object. {@code type} is {@code about:blank} throughout, so per
 * RFC 9457 §4.2.1 the {@code title} is the HTTP status phrase; {@code detail} says what was wrong
 * with this request. {@code field} is an extension member (RFC 9457 §3.2) naming the offending input
 * field, when there is one.
 */
public record Problem(String type, String title, int status, String detail, String instance, String field) {

    /** RFC 9457 §3: the media type of a problem details document. */
    public static final String MEDIA_TYPE = "application/problem+json";

    public Problem {
        if (type == null) {
            type = "about:blank";
        }
    }

    public static Problem of(int status, String title, String detail, String instance) {
        return new Problem(null, title, status, detail, instance, null);
    }

    public Problem withField(String name) {
        return new Problem(type, title, status, detail, instance, name);
    }

    /** Serialised with JSON-P so a problem can always be written, whatever JSON-B providers do. */
    public String toJson() {
        JsonObjectBuilder b = Json.createObjectBuilder()
                .add("type", type)
                .add("title", title)
                .add("status", status);
        if (detail != null) {
            b.add("detail", detail);
        }
        if (instance != null) {
            b.add("instance", instance);
        }
        if (field != null) {
            b.add("field", field);
        }
        return b.build().toString();
    }
}
