package dev.parley.keycloak;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Small JSON-over-HTTP helper for Keycloak's endpoints (java.net.http and JSON-P, no client library). */
public class KeycloakHttp {

    public static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(10);

    private final HttpClient client;

    public KeycloakHttp(HttpClient client) {
        this.client = client;
    }

    public static KeycloakHttp createDefault() {
        return new KeycloakHttp(HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build());
    }

    /** An HTTP answer; {@code body} is the raw text. */
    public record Response(int status, String body, Optional<String> location) {

        public boolean ok() {
            return status >= 200 && status < 300;
        }

        /** The body as a JSON object, or an empty object when it is none. */
        public JsonObject json() {
            JsonStructure structure = structure();
            return structure instanceof JsonObject object ? object : JsonObject.EMPTY_JSON_OBJECT;
        }

        public JsonStructure structure() {
            if (body == null || body.isBlank()) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
            try (JsonReader reader = Json.createReader(new StringReader(body))) {
                return reader.read();
            } catch (JsonException e) {
                return JsonObject.EMPTY_JSON_OBJECT;
            }
        }
    }

    /** POSTs an {@code application/x-www-form-urlencoded} body (OAuth 2.0 token requests, RFC 6749 §4). */
    public Response postForm(URI uri, Map<String, String> form) {
        String body = form.entrySet().stream()
                .map(e -> enc(e.getKey()) + "=" + enc(e.getValue()))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    public Response get(URI uri, String bearer) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json").GET();
        if (bearer != null) {
            builder.header("Authorization", "Bearer " + bearer);
        }
        return send(builder.build());
    }

    /** Any method with an optional JSON body and a bearer token. */
    public Response json(String method, URI uri, String bearer, JsonStructure body) {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString());
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json")
                .header("Authorization", "Bearer " + bearer)
                .method(method, publisher);
        if (body != null) {
            builder.header("Content-Type", "application/json");
        }
        return send(builder.build());
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response.headers().firstValue("Location"));
        } catch (IOException e) {
            throw new KeycloakUnavailableException("Keycloak not reachable at " + request.uri().getHost() + ":"
                    + request.uri().getPort() + ": " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new KeycloakUnavailableException("interrupted while calling Keycloak", e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
    }
}
