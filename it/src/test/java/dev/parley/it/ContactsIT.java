package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The address book over the REST API of the running suite (java.net.http, Keycloak tokens of the demo
 * users): import of a 1,000-contact vCard file, the corporate directory listing a new account, and a
 * book that another user cannot read until it is shared.
 */
class ContactsIT {

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static String alice;
    private static String bob;
    private static String admin;

    @BeforeAll
    static void tokens() {
        alice = Http.token("alice@" + Suite.DEMO_DOMAIN, Suite.demoPassword());
        bob = Http.token("bob@" + Suite.DEMO_DOMAIN, Suite.demoPassword());
        admin = Http.token("parley-admin", Suite.adminPassword());
    }

    static String card(String uid, String fn, String email) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + uid + "\r\nFN:" + fn + "\r\nN:" + fn + ";;;;\r\nEMAIL;TYPE=INTERNET:"
                + email + "\r\nX-IT-KEPT:yes\r\nEND:VCARD\r\n";
    }

    static Http.Response send(String token, String method, String path, String contentType, String body) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Suite.WEB + path)).timeout(Duration.ofSeconds(120))
                .header("Authorization", "Bearer " + token)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        try {
            HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
            return new Http.Response(r.statusCode(), r.body(), r);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static String newBook(String token, String prefix) {
        String name = prefix + "-" + System.nanoTime();
        Http.Response created = Http.post(token, "/api/contacts/books",
                Json.createObjectBuilder().add("name", name).add("displayName", "IT " + prefix).build());
        assertEquals(201, created.status(), created::toString);
        return name;
    }

    static int count(String text, String what) {
        Matcher m = Pattern.compile(Pattern.quote(what)).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void importsAThousandContactVCardFileAndReportsTheBadRecord() {
        String book = newBook(alice, "import");
        try {
            StringBuilder file = new StringBuilder();
            for (int i = 0; i < 1000; i++) {
                file.append(card("it-" + i, "Imported Person " + i, "person" + i + "@example.org"));
            }
            file.append("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:broken\r\nEND:VCARD\r\n");
            Http.Response imported = send(alice, "POST", "/api/contacts/books/" + book + "/import?format=vcard",
                    "text/vcard", file.toString());
            assertEquals(200, imported.status(), imported::toString);
            JsonObject report = imported.json();
            assertEquals(1000, report.getInt("imported"), report::toString);
            assertEquals(1, report.getJsonArray("skipped").size(), report::toString);
            assertTrue(report.getJsonArray("skipped").getJsonObject(0).getString("reason").startsWith("FN is missing"), report::toString);

            Http.Response export = send(alice, "GET", "/api/contacts/books/" + book + "/export?format=vcard", null, null);
            assertEquals(200, export.status(), export::toString);
            assertEquals(1000, count(export.body(), "BEGIN:VCARD"));
            assertEquals(1000, count(export.body(), "X-IT-KEPT:yes"), "unknown properties are kept");

            Http.Response csv = send(alice, "GET", "/api/contacts/books/" + book + "/export?format=csv-outlook", null, null);
            assertEquals(200, csv.status(), csv::toString);
            assertTrue(csv.body().contains("Imported Person 999,person999@example.org"), () -> csv.body().substring(0, 300));
        } finally {
            send(alice, "DELETE", "/api/contacts/books/" + book, null, null);
        }
    }

    @Test
    void aGroupHiddenInTheDirectoryLeavesTheDirectoryBookAndAutocomplete() {
        String local = "dirgrp" + System.nanoTime() % 1_000_000_000L;
        String address = local + "@" + Suite.DEMO_DOMAIN;
        String quiet = local + "q";
        String groups = "/api/domains/" + Suite.DEMO_DOMAIN + "/groups";
        Http.Response created = Http.post(admin, groups, Json.createObjectBuilder().add("localPart", local)
                .add("displayName", "Directory Group " + local)
                .add("members", Json.createArrayBuilder().add("alice@" + Suite.DEMO_DOMAIN)).build());
        assertEquals(201, created.status(), created::toString);
        assertFalse(created.json().getBoolean("hiddenInDirectory"), created::toString);
        try {
            assertTrue(directoryExport().contains(address), "a new group is listed");
            Http.Response found = Http.get(alice, "/api/contacts/autocomplete?q=" + local);
            assertTrue(found.body().contains(address), found::toString);

            Http.Response hidden = Http.put(admin, groups + "/" + local,
                    Json.createObjectBuilder().add("hiddenInDirectory", true).build());
            assertEquals(200, hidden.status(), hidden::toString);
            assertTrue(hidden.json().getBoolean("hiddenInDirectory"), hidden::toString);
            assertEquals(1, hidden.json().getJsonArray("members").size(), "members stay: " + hidden);
            assertFalse(directoryExport().contains(address), "a hidden group leaves the directory book");
            assertFalse(Http.get(alice, "/api/contacts/autocomplete?q=" + local).body().contains(address),
                    "a hidden group leaves autocomplete");
            assertTrue(Http.get(admin, groups + "/" + local).json().getBoolean("hiddenInDirectory"));
            Http.Response audit = Http.get(admin, "/api/audit?domain=" + Suite.DEMO_DOMAIN + "&limit=20");
            assertTrue(audit.body().contains(address) && audit.body().contains("hiddenInDirectory"),
                    "the change is audited: " + audit.body());

            Http.Response shown = Http.put(admin, groups + "/" + local,
                    Json.createObjectBuilder().add("hiddenInDirectory", false).build());
            assertEquals(200, shown.status(), shown::toString);
            assertTrue(directoryExport().contains(address), "listed again");

            Http.Response hiddenFromTheStart = Http.post(admin, groups, Json.createObjectBuilder().add("localPart", quiet)
                    .add("hiddenInDirectory", true).build());
            assertEquals(201, hiddenFromTheStart.status(), hiddenFromTheStart::toString);
            assertTrue(hiddenFromTheStart.json().getBoolean("hiddenInDirectory"), hiddenFromTheStart::toString);
            assertFalse(directoryExport().contains(quiet + "@"), "created hidden: never listed");
        } finally {
            Http.delete(admin, groups + "/" + local);
            Http.delete(admin, groups + "/" + quiet);
        }
    }

    private static String directoryExport() {
        Http.Response directory = send(alice, "GET", "/api/contacts/books/directory/export?format=vcard", null, null);
        assertEquals(200, directory.status(), directory::toString);
        return directory.body();
    }

    @Test
    void corporateDirectoryListsANewlyCreatedAccount() {
        String local = "dirit" + System.nanoTime() % 1_000_000_000L;
        Http.Response created = Http.post(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts", Json.createObjectBuilder()
                .add("localPart", local).add("displayName", "Directory Newcomer").add("roles", Json.createArrayBuilder().add("user"))
                .build());
        assertEquals(201, created.status(), created::toString);
        String address = local + "@" + Suite.DEMO_DOMAIN;
        try {
            Http.Response directory = send(alice, "GET", "/api/contacts/books/directory/export?format=vcard", null, null);
            assertEquals(200, directory.status(), directory::toString);
            assertTrue(directory.body().contains(address), "the directory lists " + address);
            assertTrue(directory.body().contains("FN:Directory Newcomer"), directory.body());

            Http.Response found = Http.get(alice, "/api/contacts/autocomplete?q=" + local);
            assertEquals(200, found.status(), found::toString);
            assertEquals(address, found.jsonArray().getJsonObject(0).getString("address"), found::toString);
            assertEquals("directory", found.jsonArray().getJsonObject(0).getString("source"), found::toString);
        } finally {
            Http.delete(admin, "/api/domains/" + Suite.DEMO_DOMAIN + "/accounts/" + local);
        }
        Http.Response after = send(alice, "GET", "/api/contacts/books/directory/export?format=vcard", null, null);
        assertFalse(after.body().contains(address), "a deleted account leaves the directory");
    }

    @Test
    void anotherUserCannotReadABookThatIsNotShared() {
        String book = newBook(alice, "private");
        try {
            assertEquals(200, send(alice, "POST", "/api/contacts/books/" + book + "/import", "text/vcard",
                    card("secret-1", "Secret Contact", "secret@example.org")).status());
            long id = Http.get(alice, "/api/contacts/books").jsonArray().getValuesAs(JsonObject.class).stream()
                    .filter(b -> b.getString("name").equals(book)).findFirst().orElseThrow().getJsonNumber("id").longValue();
            String shared = "/api/contacts/books/shared-" + id;

            assertEquals(404, send(bob, "GET", shared + "/export", null, null).status(), "not shared: invisible");
            assertEquals(404, send(bob, "GET", "/api/contacts/books/" + book + "/export", null, null).status(),
                    "bob's own home has no such book");
            assertFalse(Http.get(bob, "/api/contacts/autocomplete?q=secret").body().contains("secret@example.org"));

            Http.Response share = Http.put(alice, "/api/contacts/books/" + book + "/shares/bob@" + Suite.DEMO_DOMAIN,
                    Json.createObjectBuilder().add("writable", false).build());
            assertEquals(204, share.status(), share::toString);
            Http.Response read = send(bob, "GET", shared + "/export", null, null);
            assertEquals(200, read.status(), read::toString);
            assertTrue(read.body().contains("FN:Secret Contact"));
            assertEquals(403, send(bob, "POST", shared + "/import", "text/vcard", card("b-1", "By Bob", "b@example.org")).status(),
                    "read-only share");
            assertTrue(Http.get(bob, "/api/contacts/autocomplete?q=secret").body().contains("secret@example.org"));

            assertEquals(204, Http.delete(alice, "/api/contacts/books/" + book + "/shares/bob@" + Suite.DEMO_DOMAIN).status());
            assertEquals(404, send(bob, "GET", shared + "/export", null, null).status(), "unshared again");
        } finally {
            send(alice, "DELETE", "/api/contacts/books/" + book, null, null);
        }
    }
}
