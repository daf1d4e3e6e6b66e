package dev.parley.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.contacts.api.AddressBook;
import dev.parley.contacts.api.BookAccess;
import dev.parley.contacts.api.CardFilter;
import dev.parley.contacts.api.Changes;
import dev.parley.contacts.api.ContactsException;
import dev.parley.contacts.api.ContactsService;
import dev.parley.contacts.api.ImportResult;
import dev.parley.contacts.api.Precondition;
import dev.parley.contacts.api.PutResult;
import dev.parley.contacts.api.Share;
import dev.parley.contacts.api.StoredCard;
import dev.parley.contacts.api.Suggestion;
import dev.parley.store.blob.FilesystemBlobStore;
import dev.parley.testing.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;

/** The contacts service on the migrated test database, each call in its own JDBC transaction. */
class ContactsStoreIT {

    static TestDatabase database;
    static final String ALICE = "alice@example.test";
    static final String BOB = "bob@example.test";

    @TempDir
    Path blobRoot;

    FilesystemBlobStore blobs;

    @BeforeAll
    static void migrate() {
        database = TestDatabase.fromEnvironment().resetAndMigrate();
    }

    @BeforeEach
    void fresh() throws java.io.IOException {
        database.execute("TRUNCATE directory.domain, directory.audit_log RESTART IDENTITY CASCADE");
        database.execute("INSERT INTO directory.domain (name) VALUES ('example.test'), ('other.test')");
        database.execute("INSERT INTO directory.account (domain_id, local_part, display_name) VALUES"
                + " (1, 'alice', 'Alice Example'), (1, 'bob', 'Bob Builder'), (1, 'carol.smith', 'Carol Smith'),"
                + " (2, 'dave', 'Dave Other')");
        blobs = new FilesystemBlobStore(blobRoot);
    }

    <T> T tx(Function<ContactsService, T> work) {
        try (Connection c = database.connection()) {
            c.setAutoCommit(false);
            try {
                T result = work.apply(new ContactsCore(c, ContactsSettings.DEFAULTS, blobs));
                c.commit();
                return result;
            } catch (RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String card(String uid, String fn, String email) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + uid + "\r\nFN:" + fn + "\r\nN:" + fn + ";;;;\r\nEMAIL:" + email
                + "\r\nX-CUSTOM:kept\r\nEND:VCARD\r\n";
    }

    static ContactsException refused(ContactsException.Kind kind, Executable call) {
        ContactsException e = assertThrows(ContactsException.class, call);
        assertEquals(kind, e.kind(), e::getMessage);
        return e;
    }

    @Test
    void defaultBookAndDirectoryOnFirstAccess() {
        List<AddressBook> books = tx(s -> s.books(ALICE));
        assertEquals(List.of("contacts", "directory"), books.stream().map(AddressBook::name).toList());
        assertTrue(books.get(0).isDefault());
        assertEquals(BookAccess.DIRECTORY, books.get(1).access());
        assertEquals(1, tx(s -> s.books(ALICE)).stream().filter(b -> b.access() == BookAccess.OWNER).count());
        refused(ContactsException.Kind.FORBIDDEN, () -> tx(s -> {
            s.deleteBook(ALICE, "contacts");
            return null;
        }));
    }

    @Test
    void putKeepsTextAsSentAndChecksConditions() {
        String text = card("u1", "Zed", "zed@example.org");
        PutResult created = tx(s -> s.put(ALICE, "contacts", "u1.vcf", text, new Precondition(null, true)));
        assertTrue(created.created());
        StoredCard stored = tx(s -> s.get(ALICE, "contacts", "u1.vcf")).orElseThrow();
        assertEquals(text, stored.vcard());
        assertEquals(created.etag(), stored.etag());
        refused(ContactsException.Kind.PRECONDITION_FAILED,
                () -> tx(s -> s.put(ALICE, "contacts", "u1.vcf", text, new Precondition(null, true))));
        PutResult updated = tx(s -> s.put(ALICE, "contacts", "u1.vcf", card("u1", "Zed Z", "zed@example.org"),
                new Precondition(created.etag(), false)));
        assertFalse(updated.created());
        refused(ContactsException.Kind.PRECONDITION_FAILED, () -> tx(s -> s.put(ALICE, "contacts", "u1.vcf",
                card("u1", "Stale", "zed@example.org"), new Precondition(created.etag(), false))));
        refused(ContactsException.Kind.UID_CONFLICT,
                () -> tx(s -> s.put(ALICE, "contacts", "other.vcf", text, Precondition.NONE)));
        refused(ContactsException.Kind.INVALID_DATA, () -> tx(s -> s.put(ALICE, "contacts", "bad.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:x\r\nEND:VCARD\r\n", Precondition.NONE)));
        refused(ContactsException.Kind.INVALID_DATA, () -> tx(s -> s.put(ALICE, "contacts", "nouid.vcf",
                "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:x\r\nEND:VCARD\r\n", Precondition.NONE)));
        String big = card("big", "Big", "b@example.org").replace("X-CUSTOM:kept", "NOTE:" + "x".repeat(1024 * 1024));
        refused(ContactsException.Kind.TOO_LARGE, () -> tx(s -> s.put(ALICE, "contacts", "big.vcf", big, Precondition.NONE)));
        assertEquals("Zed Z", tx(s -> s.query(ALICE, "contacts",
                new CardFilter("EMAIL", "zed@", CardFilter.Match.STARTS_WITH, 10))).get(0).vcard().lines()
                .filter(l -> l.startsWith("FN:")).findFirst().orElseThrow().substring(3));
    }

    @Test
    void addressbookQueryFiltersExactly() {
        tx(s -> s.put(ALICE, "contacts", "q1.vcf", card("q1", "Jörg Müller", "joerg@example.org"), Precondition.NONE));
        tx(s -> s.put(ALICE, "contacts", "q2.vcf", card("q2", "Joe Jones", "joe@example.org"), Precondition.NONE));
        var fnStarts = new dev.parley.addressbook.carddav.PropFilter("FN", false, false, List.of(
                new dev.parley.addressbook.carddav.TextMatch("JÖRG", null,
                        dev.parley.addressbook.carddav.TextMatch.MatchType.STARTS_WITH, false)), List.of());
        assertEquals(List.of("q1.vcf"), tx(s -> s.query(ALICE, "contacts", false, List.of(fnStarts), null)).stream()
                .map(StoredCard::resourceName).toList());
        var noOrg = new dev.parley.addressbook.carddav.PropFilter("ORG", false, true, List.of(), List.of());
        assertEquals(2, tx(s -> s.query(ALICE, "contacts", false, List.of(noOrg), null)).size());
        assertEquals(1, tx(s -> s.query(ALICE, "contacts", false, List.of(noOrg), 1)).size());
        assertEquals(1, tx(s -> s.query(ALICE, "contacts", true, List.of(noOrg, fnStarts), null)).size());
    }

    @Test
    void syncReportsChangesAndDeletions() {
        for (int i = 0; i < 5; i++) {
            String uid = "s" + i;
            tx(s -> s.put(ALICE, "contacts", uid + ".vcf", card(uid, "S " + uid, uid + "@example.org"), Precondition.NONE));
        }
        Changes initial = tx(s -> s.changes(ALICE, "contacts", null));
        assertEquals(5, initial.changed().size());
        tx(s -> s.put(ALICE, "contacts", "s1.vcf", card("s1", "S one", "s1@example.org"), Precondition.NONE));
        tx(s -> {
            s.delete(ALICE, "contacts", "s2.vcf", Precondition.NONE);
            return null;
        });
        Changes delta = tx(s -> s.changes(ALICE, "contacts", initial.syncToken()));
        assertEquals(List.of("s1.vcf"), delta.changed().stream().map(c -> c.resourceName()).toList());
        assertEquals(List.of("s2.vcf"), delta.deleted());
        assertEquals(0, tx(s -> s.changes(ALICE, "contacts", delta.syncToken())).changed().size());
        refused(ContactsException.Kind.INVALID_SYNC_TOKEN, () -> tx(s -> s.changes(ALICE, "contacts", "urn:x:1")));
        database.execute("UPDATE contacts.card_deletion SET deleted_at = now() - interval '100 days'");
        assertEquals(Integer.valueOf(1), tx(s -> s.pruneDeletions(90)));
        refused(ContactsException.Kind.INVALID_SYNC_TOKEN, () -> tx(s -> s.changes(ALICE, "contacts", initial.syncToken())));
        assertEquals(List.of(), tx(s -> s.changes(ALICE, "contacts", delta.syncToken())).deleted(), "newer tokens still work");
    }

    @Test
    void booksAreSharedOnlyOnPurpose() {
        tx(s -> s.put(ALICE, "contacts", "p.vcf", card("p", "Private", "p@example.org"), Precondition.NONE));
        long id = tx(s -> s.book(ALICE, "contacts")).id();
        String shared = "shared-" + id;
        refused(ContactsException.Kind.NOT_FOUND, () -> tx(s -> s.list(BOB, shared)));
        tx(s -> {
            s.share(ALICE, "contacts", new Share(BOB, false));
            return null;
        });
        assertEquals(1, tx(s -> s.list(BOB, shared)).size());
        refused(ContactsException.Kind.FORBIDDEN,
                () -> tx(s -> s.put(BOB, shared, "b.vcf", card("b", "B", "b@example.org"), Precondition.NONE)));
        refused(ContactsException.Kind.FORBIDDEN, () -> tx(s -> s.shares(BOB, shared)));
        tx(s -> {
            s.share(ALICE, "contacts", new Share(BOB, true));
            return null;
        });
        tx(s -> s.put(BOB, shared, "b.vcf", card("b", "B", "b@example.org"), Precondition.NONE));
        assertEquals(2, tx(s -> s.list(ALICE, "contacts")).size());
        tx(s -> {
            s.unshare(ALICE, "contacts", BOB);
            return null;
        });
        refused(ContactsException.Kind.NOT_FOUND, () -> tx(s -> s.get(BOB, shared, "p.vcf")));
    }

    @Test
    void corporateDirectoryListsActiveVisibleAccountsAndGroups() {
        database.execute("UPDATE directory.account SET hidden_in_directory = true WHERE local_part = 'bob'");
        database.execute("INSERT INTO directory.mail_group (domain_id, local_part, display_name) VALUES (1, 'team', 'Team')");
        database.execute("INSERT INTO directory.group_member VALUES (1, 'alice@example.test'), (1, 'x@elsewhere.test')");
        List<StoredCard> cards = tx(s -> s.multiget(ALICE, "directory",
                tx(t -> t.list(ALICE, "directory")).stream().map(c -> c.resourceName()).toList()));
        String all = String.join("", cards.stream().map(StoredCard::vcard).toList());
        assertEquals(3, cards.size(), all);
        assertTrue(all.contains("FN:Carol Smith"), all);
        assertFalse(all.contains("bob@"), all);
        assertFalse(all.contains("dave@"), all);
        assertTrue(all.contains("X-ADDRESSBOOKSERVER-MEMBER:mailto:x@elsewhere.test"), all);
        String token = tx(s -> s.book(ALICE, "directory")).syncToken();
        database.execute("INSERT INTO directory.account (domain_id, local_part) VALUES (1, 'newbie')");
        assertTrue(tx(s -> s.get(ALICE, "directory", "a5.vcf")).isPresent());
        refused(ContactsException.Kind.INVALID_SYNC_TOKEN, () -> tx(s -> s.changes(ALICE, "directory", token)));
        refused(ContactsException.Kind.FORBIDDEN, () -> tx(s -> s.put(ALICE, "directory", "x.vcf",
                card("x", "X", "x@example.org"), Precondition.NONE)));
    }

    @Test
    void autocompleteRanksByWriteFrequencyAcrossSources() {
        tx(s -> s.put(ALICE, "contacts", "c1.vcf", card("c1", "Carla Personal", "carla@example.org"), Precondition.NONE));
        tx(s -> {
            // the same address twice in one message counts once
            s.recordWrites(ALICE, List.of("Carol.Smith@example.test", "carol.smith@example.test", "cara@outside.test"));
            s.recordWrites(ALICE, List.of("carol.smith@example.test"));
            return null;
        });
        List<Suggestion> found = tx(s -> s.autocomplete(ALICE, "car", 10));
        assertEquals(List.of("carol.smith@example.test", "cara@outside.test", "carla@example.org"),
                found.stream().map(Suggestion::address).toList());
        assertEquals(2, found.get(0).timesWritten());
        assertEquals("directory", found.get(0).source());
        assertEquals(List.of("carol.smith@example.test"),
                tx(s -> s.autocomplete(ALICE, "smi", 10)).stream().map(Suggestion::address).toList());
        assertEquals(List.of(), tx(s -> s.autocomplete(ALICE, "dave", 10)));
    }

    @Test
    void aFrequentContactIsFoundBeyondTheFirstTwoHundredNameMatches() {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 260; i++) {
            file.append(card("many-" + i, "Carl Many " + i, "carl" + i + "@example.org"));
        }
        tx(s -> s.importCards(ALICE, "contacts", "vcard", file.toString()));
        tx(s -> s.put(ALICE, "contacts", "often.vcf", card("often", "Carl Often", "often@example.org"), Precondition.NONE));
        tx(s -> {
            for (int i = 0; i < 3; i++) {
                s.recordWrites(ALICE, List.of("often@example.org"));
            }
            return null;
        });
        List<Suggestion> found = tx(s -> s.autocomplete(ALICE, "carl", 5));
        assertEquals("often@example.org", found.get(0).address(), found::toString);
        assertEquals(3, found.get(0).timesWritten());
        assertEquals("personal", found.get(0).source());
        assertEquals(5, found.size());
    }

    @Test
    void submittedMessagesCountWritesPerRecipient() {
        database.execute("INSERT INTO mta.message (queue_id, envelope_from, blob_sha256, size, listener, auth_user) VALUES"
                + " ('q1', 'alice@example.test', 'x', 1, 'submission', 'Alice@Example.test'),"
                + " ('q2', 'alice@example.test', 'x', 1, 'submission', 'alice@example.test'),"
                + " ('q3', 'zed@example.org', 'x', 1, 'mx', null)");
        database.execute("INSERT INTO mta.recipient (queue_id, address) VALUES ('q1', 'Carol.Smith@example.test'),"
                + " ('q1', 'out@side.test')");
        database.execute("INSERT INTO mta.recipient (queue_id, address) VALUES ('q2', 'carol.smith@example.test')");
        database.execute("INSERT INTO mta.recipient (queue_id, address, expanded_from) VALUES ('q2', 'bob@example.test', 'team@example.test')");
        database.execute("INSERT INTO mta.recipient (queue_id, address) VALUES ('q3', 'alice@example.test')");
        List<Suggestion> found = tx(s -> s.autocomplete(ALICE, "carol", 10));
        assertEquals(2, found.get(0).timesWritten(), found::toString);
        assertEquals(1, tx(s -> s.autocomplete(ALICE, "out@", 10)).get(0).timesWritten());
        assertEquals(0, tx(s -> s.autocomplete(ALICE, "bob", 10)).get(0).timesWritten(), "expanded recipients do not count");
    }

    @Test
    void importsVCardCsvAndLdifWithReportsAndExports() {
        StringBuilder file = new StringBuilder();
        for (int i = 0; i < 1000; i++) {
            file.append(card("imp-" + i, "Imported " + i, "imp" + i + "@example.org"));
        }
        file.append("BEGIN:VCARD\r\nVERSION:3.0\r\nEND:VCARD\r\n");
        file.append(card("imp-1", "Duplicate", "dup@example.org"));
        ImportResult result = tx(s -> s.importCards(ALICE, "contacts", null, file.toString()));
        assertEquals(1000, result.imported());
        assertEquals(2, result.skipped().size(), result.skipped()::toString);
        assertEquals(1000, tx(s -> s.list(ALICE, "contacts")).size());
        ImportResult csv = tx(s -> s.importCards(ALICE, "contacts", "csv-outlook",
                "First Name,Last Name,E-mail Address\nOut,Look,out@example.org\n,,\n"));
        assertEquals(1, csv.imported());
        assertEquals("no name and no e-mail address", csv.skipped().get(0).reason());
        String ldif = tx(s -> s.export(ALICE, "contacts", "ldif"));
        tx(s -> s.createBook(ALICE, "copy", "Copy", null));
        assertEquals(1001, tx(s -> s.importCards(ALICE, "copy", "ldif", ldif)).imported());
        String vcf = tx(s -> s.export(ALICE, "contacts", "vcard"));
        assertTrue(vcf.contains("X-CUSTOM:kept"));
    }

    @Test
    void inlinePhotoGoesToTheBlobStore() {
        String text = "BEGIN:VCARD\r\nVERSION:4.0\r\nUID:ph\r\nFN:Photo\r\nPHOTO:data:image/png;base64,iVBORw0KGgo=\r\nEND:VCARD\r\n";
        tx(s -> s.put(ALICE, "contacts", "ph.vcf", text, Precondition.NONE));
        var photo = tx(s -> s.photo(ALICE, "contacts", "ph.vcf")).orElseThrow();
        assertEquals("image/png", photo.mediaType());
        assertEquals(8, photo.data().length);
        assertEquals((byte) 0x89, photo.data()[0]);
    }
}
