package dev.parley.it;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonStructure;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.stream.Collectors;

/** A thin JSON-over-HTTP client (java.net.http) for the REST API and Keycloak's token endpoint. */
final class Http {

    private static final HttpClient CLIENT = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Http() {
    }

    record Response(int status, String body, HttpResponse<String> raw) {

        JsonObject json() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readObject();
            }
        }

        JsonArray jsonArray() {
            try (var reader = Json.createReader(new StringReader(body))) {
                return reader.readArray();
            }
        }

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }

    /** Password grant on the public client {@code parley-cli} (the way scripts get tokens). */
    static Response passwordGrant(String username, String password) {
        String form = form(Map.of("grant_type", "password", "client_id", "parley-cli",
                "username", username, "password", password));
        return send(HttpRequest.newBuilder(URI.create(Suite.KEYCLOAK + "/realms/" + Suite.REALM
                        + "/protocol/openid-connect/token"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    static String token(String username, String password) {
        Response response = passwordGrant(username, password);
        if (response.status() != 200) {
            throw new AssertionError("no token for " + username + ": " + response);
        }
        return response.json().getString("access_token");
    }

    static Response get(String token, String path) {
        return send(request(token, path).GET());
    }

    static Response delete(String token, String path) {
        return send(request(token, path).DELETE());
    }

    static Response post(String token, String path, JsonStructure body) {
        return postRaw(token, path, body.toString());
    }

    static Response postRaw(String token, String path, String body) {
        return send(request(token, path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    static Response put(String token, String path, JsonStructure body) {
        return send(request(token, path).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body.toString())));
    }

    static Response getUrl(String url) {
        return send(HttpRequest.newBuilder(URI.create(url)).GET());
    }

    private static HttpRequest.Builder request(String token, String path) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(Suite.WEB + path))
                .timeout(Duration.ofSeconds(30))
                .header("Accept", "application/json");
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    private static Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = CLIENT.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
