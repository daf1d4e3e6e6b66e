package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * CardDAV (RFC 6352) against the running suite with java.net.http and HTTP Basic, the requests DAVx5,
 * Apple Contacts and Thunderbird send: discovery → extended MKCOL → PUT with If-None-Match → update
 * with If-Match → 412 on a stale ETag → UID conflict, invalid and oversized cards refused with their
 * preconditions and nothing stored → addressbook-query and multiget → sync-collection (initial, after
 * changes, removal as 404) → DELETE; the corporate directory book read-only and listing a new account;
 * a book another user cannot reach until it is shared (read-only).
 */
class CardDavIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5))
            .followRedirects(HttpClient.Redirect.NEVER).build();
    static final String ALICE = "alice@" + Suite.DEMO_DOMAIN;
    static final String BOB = "bob@" + Suite.DEMO_DOMAIN;
    private static String alice;
    private static String bob;
    private static String admin;

    @BeforeAll
    static void credentials() {
        alice = CalDavDiscoveryIT.basic(ALICE, Suite.demoPassword());
        bob = CalDavDiscoveryIT.basic(BOB, Suite.demoPassword());
        admin = Http.token("parley-admin", Suite.adminPassword());
    }

    static HttpResponse<String> send(String authorization, String method, String path, String body, Map<String, String> headers) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Suite.WEB + path)).timeout(Duration.ofSeconds(60))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("Authorization", authorization);
        headers.forEach(b::header);
        try {
            return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static HttpResponse<String> xml(String authorization, String method, String path, String depth, String body) {
        return depth == null
                ? send(authorization, method, path, body, Map.of("Content-Type", "application/xml; charset=utf-8"))
                : send(authorization, method, path, body, Map.of("Content-Type", "application/xml; charset=utf-8", "Depth", depth));
    }

    static HttpResponse<String> putCard(String authorization, String path, String vcard, String header, String value) {
        return header == null ? send(authorization, "PUT", path, vcard, Map.of("Content-Type", "text/vcard; charset=utf-8"))
                : send(authorization, "PUT", path, vcard, Map.of("Content-Type", "text/vcard; charset=utf-8", header, value));
    }

    static String card(String uid, String fn, String email) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + uid + "\r\nFN:" + fn + "\r\nN:" + fn + ";;;;\r\nEMAIL;TYPE=INTERNET:"
                + email + "\r\nX-IT-KEPT:yes\r\nEND:VCARD\r\n";
    }

    static String first(String text, String regex) {
        Matcher m = Pattern.compile(regex, Pattern.DOTALL).matcher(text);
        assertTrue(m.find(), "no " + regex + " in " + text);
        return m.group(1);
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    static String home(String user) {
        return "/dav/addressbooks/" + user + "/";
    }

    static String syncCollection(String token) {
        return "<d:sync-collection xmlns:d=\"DAV:\"><d:sync-token>" + token + "</d:sync-token><d:sync-level>1</d:sync-level>"
                + "<d:prop><d:getetag/></d:prop></d:sync-collection>";
    }

    @Test
    void discoveryCreateUpdateConflictQuerySyncAndDelete() {
        // RFC 6764 → RFC 5397 → RFC 6352 §7.1.1, as DAVx5 walks it
        assertEquals(301, xml(alice, "PROPFIND", "/.well-known/carddav", "0", CalDavDiscoveryIT.CURRENT_USER_PRINCIPAL).statusCode());
        HttpResponse<String> principal = xml(alice, "PROPFIND", "/dav/principals/" + ALICE + "/", "0",
                "<d:propfind xmlns:d=\"DAV:\" xmlns:card=\"urn:ietf:params:xml:ns:carddav\"><d:prop><card:addressbook-home-set/>"
                        + "</d:prop></d:propfind>");
        assertEquals(207, principal.statusCode(), principal.body());
        assertTrue(principal.body().contains(home(ALICE)), principal.body());
        HttpResponse<String> books = xml(alice, "PROPFIND", home(ALICE), "1",
                "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:resourcetype/><d:displayname/><d:current-user-privilege-set/></d:prop></d:propfind>");
        assertEquals(207, books.statusCode(), books.body());
        assertTrue(books.body().contains(home(ALICE) + "contacts/"), "the default book: " + books.body());
        assertTrue(books.body().contains(home(ALICE) + "directory/"), "the corporate directory: " + books.body());
        assertTrue(books.body().contains("addressbook/>"), books.body());
        assertTrue(send(alice, "OPTIONS", home(ALICE), null, Map.of()).headers().firstValue("DAV").orElse("").contains("addressbook"));

        // RFC 5689 extended MKCOL
        String book = home(ALICE) + "it-" + System.nanoTime() + "/";
        HttpResponse<String> made = xml(alice, "MKCOL", book, null, """
                <d:mkcol xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
                <d:resourcetype><d:collection/><card:addressbook/></d:resourcetype>
                <d:displayname>IT friends</d:displayname><card:addressbook-description>made by CardDavIT</card:addressbook-description>
                </d:prop></d:set></d:mkcol>""");
        assertEquals(201, made.statusCode(), made.body());
        assertEquals(405, xml(alice, "MKCOL", book, null, null).statusCode(), "exists already");
        try {
            HttpResponse<String> props = xml(alice, "PROPFIND", book, "0", """
                    <d:propfind xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav" xmlns:cs="http://calendarserver.org/ns/">
                    <d:prop><d:displayname/><card:addressbook-description/><card:supported-address-data/><card:max-resource-size/>
                    <d:sync-token/><cs:getctag/><d:current-user-privilege-set/><d:supported-report-set/></d:prop></d:propfind>""");
            assertEquals(207, props.statusCode(), props.body());
            assertTrue(props.body().contains(">IT friends<"), props.body());
            assertTrue(props.body().contains(">made by CardDavIT<"), props.body());
            assertTrue(props.body().contains("version=\"4.0\""), props.body());
            assertTrue(props.body().contains("addressbook-multiget"), props.body());
            assertTrue(props.body().contains("sync-collection"), props.body());
            assertTrue(props.body().contains("write-content"), "owner may write: " + props.body());
            long maxSize = Long.parseLong(first(props.body(), "max-resource-size>(\\d+)<"));
            String token0 = first(xml(alice, "REPORT", book, "1", syncCollection("")).body(), "sync-token>([^<]+)<");

            // PUT create-only, twice; update with If-Match; stale If-Match
            String one = book + "one.vcf";
            HttpResponse<String> created = putCard(alice, one, card("it-uid-1", "Ada Lovelace", "ada@example.org"), "If-None-Match", "*");
            assertEquals(201, created.statusCode(), created.body());
            String etag1 = created.headers().firstValue("ETag").orElseThrow();
            assertEquals(412, putCard(alice, one, card("it-uid-1", "Ada Again", "ada@example.org"), "If-None-Match", "*").statusCode());
            HttpResponse<String> updated = putCard(alice, one, card("it-uid-1", "Ada King", "ada@example.org"), "If-Match", etag1);
            assertEquals(204, updated.statusCode(), updated.body());
            String etag2 = updated.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(etag1, etag2);
            HttpResponse<String> stale = putCard(alice, one, card("it-uid-1", "Lost Update", "ada@example.org"), "If-Match", etag1);
            assertEquals(412, stale.statusCode(), "stale ETag: " + stale.body());
            HttpResponse<String> got = send(alice, "GET", one, null, Map.of());
            assertEquals(200, got.statusCode());
            assertEquals(etag2, got.headers().firstValue("ETag").orElseThrow());
            assertTrue(got.body().contains("FN:Ada King") && got.body().contains("X-IT-KEPT:yes") && got.body().contains("VERSION:3.0"),
                    "kept as sent: " + got.body());
            HttpResponse<String> v4 = send(alice, "GET", one, null, Map.of("Accept", "text/vcard; version=4.0"));
            assertTrue(v4.body().contains("VERSION:4.0") && v4.body().contains("FN:Ada King"), "converted: " + v4.body());

            // refusals store nothing: UID conflict, invalid card, oversized card, read-only ETag on a missing card
            HttpResponse<String> conflict = putCard(alice, book + "two.vcf", card("it-uid-1", "Twin", "twin@example.org"), null, null);
            assertEquals(403, conflict.statusCode(), conflict.body());
            assertTrue(conflict.body().contains("no-uid-conflict"), conflict.body());
            HttpResponse<String> invalid = putCard(alice, book + "bad.vcf", "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:No end\r\n", null, null);
            assertEquals(403, invalid.statusCode(), invalid.body());
            assertTrue(invalid.body().contains("valid-address-data"), invalid.body());
            String huge = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:it-big\r\nFN:Big\r\nNOTE:" + "x".repeat((int) maxSize) + "\r\nEND:VCARD\r\n";
            HttpResponse<String> tooBig = putCard(alice, book + "big.vcf", huge, null, null);
            assertEquals(403, tooBig.statusCode(), tooBig.body());
            assertTrue(tooBig.body().contains("max-resource-size"), tooBig.body());
            assertEquals(403, send(alice, "PUT", book + "html.vcf", "<p>hi</p>", Map.of("Content-Type", "text/html")).statusCode());
            HttpResponse<String> listing = xml(alice, "PROPFIND", book, "1", "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:getetag/></d:prop></d:propfind>");
            assertEquals(1, count(listing.body(), "<D:getetag>"), "only the one good card: " + listing.body());

            assertEquals(201, putCard(alice, book + "two.vcf", card("it-uid-2", "Grace Hopper", "grace@example.org"), null, null).statusCode());

            // RFC 6352 §8.6 addressbook-query and §8.7 multiget
            HttpResponse<String> query = xml(alice, "REPORT", book, "1", """
                    <card:addressbook-query xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
                    <d:prop><d:getetag/><card:address-data/></d:prop>
                    <card:filter><card:prop-filter name="FN"><card:text-match collation="i;unicode-casemap" match-type="contains">hopper</card:text-match></card:prop-filter></card:filter>
                    </card:addressbook-query>""");
            assertEquals(207, query.statusCode(), query.body());
            assertTrue(query.body().contains("FN:Grace Hopper"), query.body());
            assertFalse(query.body().contains("Ada King"), query.body());
            HttpResponse<String> multiget = xml(alice, "REPORT", book, "1", """
                    <card:addressbook-multiget xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
                    <d:prop><d:getetag/><card:address-data content-type="text/vcard" version="4.0"/></d:prop>
                    <d:href>%sone.vcf</d:href><d:href>%smissing.vcf</d:href></card:addressbook-multiget>""".formatted(book, book));
            assertEquals(207, multiget.statusCode(), multiget.body());
            assertTrue(multiget.body().contains("FN:Ada King") && multiget.body().contains("VERSION:4.0"), multiget.body());
            assertTrue(multiget.body().contains(etag2.replace("\"", "&quot;")) || multiget.body().contains(etag2), multiget.body());
            assertTrue(multiget.body().contains("404"), "the missing href: " + multiget.body());

            // RFC 6578: changes since the first token, then a removal
            HttpResponse<String> sync1 = xml(alice, "REPORT", book, "1", syncCollection(token0));
            assertEquals(207, sync1.statusCode(), sync1.body());
            assertTrue(sync1.body().contains("one.vcf") && sync1.body().contains("two.vcf"), sync1.body());
            String token1 = first(sync1.body(), "sync-token>([^<]+)<");
            assertEquals(204, send(alice, "DELETE", one, null, Map.of("If-Match", etag2)).statusCode());
            assertEquals(404, send(alice, "GET", one, null, Map.of()).statusCode());
            HttpResponse<String> sync2 = xml(alice, "REPORT", book, "1", syncCollection(token1));
            assertEquals(207, sync2.statusCode(), sync2.body());
            assertTrue(sync2.body().contains("one.vcf") && sync2.body().contains("404"), "removed as 404: " + sync2.body());
            assertFalse(sync2.body().contains("two.vcf"), "unchanged since token1: " + sync2.body());
            HttpResponse<String> badToken = xml(alice, "REPORT", book, "1", syncCollection("http://example.org/not-ours"));
            assertEquals(403, badToken.statusCode(), badToken.body());
            assertTrue(badToken.body().contains("valid-sync-token"), badToken.body());
        } finally {
            assertEquals(204, send(alice, "DELETE", book, null, Map.of()).statusCode());
        }
        assertEquals(404, xml(alice, "PROPFIND", book, "0", CalDavDiscoveryIT.CURRENT_USER_PRINCIPAL).statusCode());
    }

    @Test
    void corporateDirectoryIsReadOnlyAndListsANewAccount() {
        String local = "cdav" + System.nanoTime() % 1_000_000_000L;
        Http.Response created = Http.post(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts", Json.createObjectBuilder()
                .add("localPart", local).add("displayName", "CardDAV Newcomer").add("roles", Json.createArrayBuilder().add("user"))
                .build());
        assertEquals(201, created.status(), created::toString);
        String address = local + "@" + Suite.DEMO_DOMAIN;
        String directory = home(ALICE) + "directory/";
        try {
            String query = """
                    <card:addressbook-query xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav">
                    <d:prop><d:getetag/><card:address-data/></d:prop>
                    <card:filter><card:prop-filter name="EMAIL"><card:text-match collation="i;unicode-casemap" match-type="equals">%s</card:text-match></card:prop-filter></card:filter>
                    </card:addressbook-query>""".formatted(address);
            HttpResponse<String> found = xml(alice, "REPORT", directory, "1", query);
            assertEquals(207, found.statusCode(), found.body());
            assertTrue(found.body().contains("FN:CardDAV Newcomer"), found.body());
            HttpResponse<String> privileges = xml(alice, "PROPFIND", directory, "0",
                    "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:current-user-privilege-set/></d:prop></d:propfind>");
            assertTrue(privileges.body().contains("read") && !privileges.body().contains("write"), privileges.body());
            HttpResponse<String> put = putCard(alice, directory + "mine.vcf", card("it-dir", "Not Allowed", "no@example.org"), null, null);
            assertEquals(403, put.statusCode(), put.body());

            // an administrator hides the account: it leaves the directory book (and autocomplete)
            Http.Response hidden = Http.put(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts/" + local,
                    Json.createObjectBuilder().add("hiddenInDirectory", true).build());
            assertEquals(200, hidden.status(), hidden::toString);
            assertTrue(hidden.body().contains("\"hiddenInDirectory\":true"), hidden.body());
            HttpResponse<String> gone = xml(alice, "REPORT", directory, "1", query);
            assertEquals(207, gone.statusCode(), gone.body());
            assertFalse(gone.body().contains("FN:CardDAV Newcomer"), "hidden: " + gone.body());
        } finally {
            Http.delete(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts/" + local);
        }
    }

    @Test
    void anotherUserReachesABookOnlyOnceSharedAndThenOnlyToRead() {
        String name = "private-" + System.nanoTime();
        String book = home(ALICE) + name + "/";
        assertEquals(201, xml(alice, "MKCOL", book, null, """
                <d:mkcol xmlns:d="DAV:" xmlns:card="urn:ietf:params:xml:ns:carddav"><d:set><d:prop>
                <d:resourcetype><d:collection/><card:addressbook/></d:resourcetype><d:displayname>Private</d:displayname>
                </d:prop></d:set></d:mkcol>""").statusCode());
        String aliceToken = Http.token(ALICE, Suite.demoPassword());
        try {
            assertEquals(201, putCard(alice, book + "secret.vcf", card("it-secret", "Secret Contact", "secret@example.org"), null, null).statusCode());
            String propfind = "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:displayname/></d:prop></d:propfind>";
            assertEquals(404, xml(bob, "PROPFIND", book, "0", propfind).statusCode(), "another user's home does not exist for bob");
            assertEquals(404, send(bob, "GET", book + "secret.vcf", null, Map.of()).statusCode());
            assertFalse(xml(bob, "PROPFIND", home(BOB), "1", propfind).body().contains("Private"), "not shared yet");

            long id = Http.get(aliceToken, "/api/contacts/books").jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("name").equals(name)).findFirst().orElseThrow().getJsonNumber("id").longValue();
            Http.Response share = Http.put(aliceToken, "/api/contacts/books/" + name + "/shares/" + BOB,
                    Json.createObjectBuilder().add("writable", false).build());
            assertEquals(204, share.status(), share::toString);
            String shared = home(BOB) + "shared-" + id + "/";
            assertTrue(xml(bob, "PROPFIND", home(BOB), "1", propfind).body().contains(shared), "listed in bob's home");
            HttpResponse<String> read = send(bob, "GET", shared + "secret.vcf", null, Map.of());
            assertEquals(200, read.statusCode(), read.body());
            assertTrue(read.body().contains("FN:Secret Contact"));
            HttpResponse<String> write = putCard(bob, shared + "bob.vcf", card("it-bob", "By Bob", "b@example.org"), null, null);
            assertEquals(403, write.statusCode(), "read-only share: " + write.body());
            assertEquals(403, send(bob, "DELETE", shared + "secret.vcf", null, Map.of()).statusCode());
            assertEquals(200, send(alice, "GET", book + "secret.vcf", null, Map.of()).statusCode(), "still there");

            // shared again read-write: bob's client may add a card, alice sees it in her book
            assertEquals(204, Http.put(aliceToken, "/api/contacts/books/" + name + "/shares/" + BOB,
                    Json.createObjectBuilder().add("writable", true).build()).status());
            assertTrue(xml(bob, "PROPFIND", shared, "0", "<d:propfind xmlns:d=\"DAV:\"><d:prop><d:current-user-privilege-set/></d:prop></d:propfind>")
                    .body().contains("write-content"));
            assertEquals(201, putCard(bob, shared + "bob.vcf", card("it-bob", "By Bob", "b@example.org"), "If-None-Match", "*").statusCode());
            assertTrue(send(alice, "GET", book + "bob.vcf", null, Map.of()).body().contains("FN:By Bob"));
        } finally {
            send(alice, "DELETE", book, null, Map.of());
        }
    }
}
