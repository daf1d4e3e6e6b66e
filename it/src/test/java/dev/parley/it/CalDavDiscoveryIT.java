package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import org.junit.jupiter.api.Test;

/**
 * DAV discovery as CalDAV/CardDAV clients do it against the running suite (RFC 6764 → RFC 5397 →
 * principal), with HTTP Basic as Thunderbird, Apple Calendar, DAVx5 and Evolution send it, and the
 * refusals of the WebDAV core (401 challenge, 404 for another user's principal, 400 for bad XML).
 */
class CalDavDiscoveryIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final String ALICE = "alice@" + Suite.DEMO_DOMAIN;
    static final String BOB = "bob@" + Suite.DEMO_DOMAIN;

    static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    static HttpResponse<String> dav(String authorization, String method, String path, String depth, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Suite.WEB + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        if (depth != null) {
            b.header("Depth", depth);
        }
        if (body != null) {
            b.header("Content-Type", "application/xml; charset=utf-8");
        }
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static final String CURRENT_USER_PRINCIPAL = """
            <?xml version="1.0" encoding="UTF-8"?>
            <d:propfind xmlns:d="DAV:"><d:prop><d:current-user-principal/><d:resourcetype/></d:prop></d:propfind>""";

    @Test
    void wellKnownLeadsToThePrincipal() {
        for (String wk : new String[] {"/.well-known/caldav", "/.well-known/carddav"}) {
            HttpResponse<String> redirect = dav(null, "PROPFIND", wk, "0", CURRENT_USER_PRINCIPAL);
            assertEquals(301, redirect.statusCode(), wk);
            assertTrue(redirect.headers().firstValue("Location").orElse("").endsWith("/dav/"), redirect.headers().toString());
        }
        String alice = basic(ALICE, Suite.demoPassword());
        HttpResponse<String> root = dav(alice, "PROPFIND", "/dav/", "0", CURRENT_USER_PRINCIPAL);
        assertEquals(207, root.statusCode(), root.body());
        assertTrue(root.body().contains("<D:href>/dav/principals/" + ALICE + "/</D:href>"), root.body());

        HttpResponse<String> principal = dav(alice, "PROPFIND", "/dav/principals/" + ALICE + "/", "0", """
                <d:propfind xmlns:d="DAV:"><d:prop><d:resourcetype/><d:principal-URL/><d:displayname/><d:quota-used-bytes/></d:prop></d:propfind>""");
        assertEquals(207, principal.statusCode(), principal.body());
        assertTrue(principal.body().contains("<D:principal/>"), principal.body());
        assertTrue(principal.body().contains("HTTP/1.1 404 Not Found"), principal.body());
    }

    @Test
    void bearerTokensWorkToo() {
        String token = Http.token(ALICE, Suite.demoPassword());
        HttpResponse<String> r = dav("Bearer " + token, "PROPFIND", "/dav/", "0", CURRENT_USER_PRINCIPAL);
        assertEquals(207, r.statusCode(), r.body());
    }

    @Test
    void optionsAnnouncesDavClasses() {
        HttpResponse<String> r = dav(basic(ALICE, Suite.demoPassword()), "OPTIONS", "/dav/", null, null);
        assertEquals(200, r.statusCode(), r.body());
        String dav = r.headers().firstValue("DAV").orElse("");
        assertTrue(dav.startsWith("1, 3"), dav);
        assertTrue(r.headers().firstValue("Allow").orElse("").contains("PROPFIND"));
    }

    @Test
    void refusals() {
        HttpResponse<String> none = dav(null, "PROPFIND", "/dav/", "0", CURRENT_USER_PRINCIPAL);
        assertEquals(401, none.statusCode(), none.body());
        assertTrue(none.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic realm=\"parley\""));
        HttpResponse<String> wrong = dav(basic(ALICE, "not-the-password"), "PROPFIND", "/dav/", "0", CURRENT_USER_PRINCIPAL);
        assertEquals(401, wrong.statusCode(), wrong.body());

        String alice = basic(ALICE, Suite.demoPassword());
        assertEquals(404, dav(alice, "PROPFIND", "/dav/principals/" + BOB + "/", "0", CURRENT_USER_PRINCIPAL).statusCode());
        assertEquals(400, dav(alice, "PROPFIND", "/dav/", "0", "<d:propfind xmlns:d=\"DAV:\"><d:prop>").statusCode());
        HttpResponse<String> infinite = dav(alice, "PROPFIND", "/dav/", "infinity", CURRENT_USER_PRINCIPAL);
        assertEquals(403, infinite.statusCode());
        assertTrue(infinite.body().contains("propfind-finite-depth"), infinite.body());
    }
}
