package dev.parley.keycloak;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/** Just enough of Keycloak's token endpoint and Admin REST API, on a loopback port, for client tests. */
final class FakeKeycloakServer implements AutoCloseable {

    final HttpServer server;
    final Map<String, JsonObject> users = new ConcurrentHashMap<>();
    final Map<String, Set<String>> roles = new ConcurrentHashMap<>();
    final Map<String, String> passwords = new ConcurrentHashMap<>();
    final List<String> requests = new CopyOnWriteArrayList<>();
    volatile int tokensIssued;
    volatile String validToken;

    FakeKeycloakServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(method + " " + path);
        if (path.equals("/realms/parley/protocol/openid-connect/token")) {
            if (!body.contains("client_secret=s3cret")) {
                send(exchange, 401, "{\"error\":\"unauthorized_client\"}", null);
                return;
            }
            tokensIssued++;
            validToken = "svc-" + tokensIssued;
            send(exchange, 200, "{\"access_token\":\"" + validToken + "\",\"expires_in\":300}", null);
            return;
        }
        if (!("Bearer " + validToken).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
            send(exchange, 401, "", null);
            return;
        }
        String rest = path.substring("/admin/realms/parley".length());
        String[] parts = rest.split("/");
        if (rest.equals("/users") && method.equals("POST")) {
            JsonObject user = json(body).asJsonObject();
            String username = user.getString("username");
            if (users.values().stream().anyMatch(u -> u.getString("username").equals(username))) {
                send(exchange, 409, "{\"errorMessage\":\"User exists with same username\"}", null);
                return;
            }
            String id = UUID.randomUUID().toString();
            users.put(id, Json.createObjectBuilder(user).remove("credentials").add("id", id)
                    .add("attributes", Json.createObjectBuilder().add("locale", Json.createArrayBuilder().add("en"))).build());
            roles.put(id, new TreeSet<>(Set.of("default-roles-parley")));
            if (user.containsKey("credentials")) {
                passwords.put(id, user.getJsonArray("credentials").getJsonObject(0).getString("value"));
            }
            send(exchange, 201, "", url() + "/admin/realms/parley/users/" + id);
        } else if (parts.length == 3 && parts[1].equals("roles")) {
            send(exchange, 200, "{\"id\":\"role-" + parts[2] + "\",\"name\":\"" + parts[2] + "\",\"composite\":false}", null);
        } else if (parts.length >= 3 && parts[1].equals("users") && users.containsKey(parts[2])) {
            user(exchange, method, parts, body);
        } else {
            send(exchange, 404, "{\"error\":\"User not found\"}", null);
        }
    }

    private void user(HttpExchange exchange, String method, String[] parts, String body) throws IOException {
        String id = parts[2];
        String sub = parts.length > 3 ? String.join("/", List.of(parts).subList(3, parts.length)) : "";
        switch (method + " " + sub) {
            case "GET " -> send(exchange, 200, users.get(id).toString(), null);
            case "PUT " -> {
                users.put(id, json(body).asJsonObject());
                send(exchange, 204, "", null);
            }
            case "DELETE " -> {
                users.remove(id);
                send(exchange, 204, "", null);
            }
            case "PUT reset-password" -> {
                String password = json(body).asJsonObject().getString("value");
                if (password.length() < 8) {
                    send(exchange, 400, "{\"error\":\"invalidPasswordMinLengthMessage\","
                            + "\"error_description\":\"Invalid password: minimum length 8.\"}", null);
                    return;
                }
                passwords.put(id, password);
                send(exchange, 204, "", null);
            }
            case "GET role-mappings/realm" -> {
                var array = Json.createArrayBuilder();
                roles.get(id).forEach(r -> array.add(Json.createObjectBuilder().add("id", "role-" + r).add("name", r)));
                send(exchange, 200, array.build().toString(), null);
            }
            case "POST role-mappings/realm", "DELETE role-mappings/realm" -> {
                for (JsonValue role : (JsonArray) json(body)) {
                    String name = role.asJsonObject().getString("name");
                    if (method.equals("POST")) {
                        roles.get(id).add(name);
                    } else {
                        roles.get(id).remove(name);
                    }
                }
                send(exchange, 204, "", null);
            }
            default -> send(exchange, 405, "", null);
        }
    }

    private static JsonValue json(String body) {
        return Json.createReader(new StringReader(body)).readValue();
    }

    private static void send(HttpExchange exchange, int status, String body, String location) throws IOException {
        if (location != null) {
            exchange.getResponseHeaders().add("Location", location);
        }
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        if (bytes.length > 0) {
            exchange.getResponseBody().write(bytes);
        }
        exchange.close();
    }

    Map<String, JsonObject> snapshot() {
        return new LinkedHashMap<>(users);
    }
}
