package dev.parley.contacts;

import dev.parley.contacts.api.CardListing;
import dev.parley.contacts.api.Changes;
import dev.parley.contacts.api.ContactsService;
import dev.parley.contacts.api.Precondition;
import dev.parley.contacts.api.StoredCard;
import dev.parley.contacts.api.Suggestion;
import dev.parley.testing.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Issue 6 figures, measured on the contacts service ({@link ContactsCore}) against PostgreSQL — no
 * HTTP, no XML: a 20,000-card book (bulk SQL), a corporate directory of 100,000 accounts (bulk SQL,
 * never in Keycloak), then: full sync (sync-collection from no token + multiget of every card in
 * batches of 1,000), sync-collection after 10 changes, autocomplete over personal + directory.
 * Each figure is the median (and min/max) of several runs. DROPS and re-migrates the database of
 * {@code PARLEY_TEST_DB_URL} — point it at a bench-only database (bench/contacts/run.sh does).
 */
public final class ContactsBench {

    private static final String USER = "bench0@bench.test";

    public static void main(String[] args) throws Exception {
        int cards = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 7;
        TestDatabase db = TestDatabase.fromEnvironment().resetAndMigrate();
        try (Connection c = db.connection()) {
            c.setAutoCommit(true);
            fill(c, cards, accounts);
            ContactsService s = new ContactsCore(c, ContactsSettings.DEFAULTS, null);
            System.out.printf("book: %d cards, directory: %d accounts%n", s.list(USER, "contacts").size(), accounts);

            time(runs, "full sync: sync-collection (no token) + multiget of all cards, 1,000 per request", () -> {
                Changes all = s.changes(USER, "contacts", null);
                List<String> names = all.changed().stream().map(CardListing::resourceName).toList();
                long bytes = 0;
                for (int i = 0; i < names.size(); i += 1000) {
                    for (StoredCard card : s.multiget(USER, "contacts", names.subList(i, Math.min(names.size(), i + 1000)))) {
                        bytes += card.vcard().length();
                    }
                }
                return names.size() + " cards, " + bytes / 1024 + " KiB";
            });

            List<Long> delta = new ArrayList<>();
            for (int r = 0; r < runs; r++) {
                String token = s.changes(USER, "contacts", null).syncToken();
                for (int i = 0; i < 10; i++) {
                    String uid = "c" + (r * 10 + i);
                    if (i < 8) {
                        s.put(USER, "contacts", uid + ".vcf", card(uid, "Changed " + r + " " + i), Precondition.NONE);
                    } else {
                        s.delete(USER, "contacts", uid + ".vcf", Precondition.NONE);
                    }
                }
                long t0 = System.nanoTime();
                Changes changes = s.changes(USER, "contacts", token);
                delta.add(System.nanoTime() - t0);
                if (changes.changed().size() + changes.deleted().size() != 10) {
                    throw new IllegalStateException("expected 10 changes, got " + changes);
                }
            }
            report("sync-collection with 10 changes (8 changed, 2 deleted)", delta, "10 changes");

            for (String q : List.of("smi", "john", "jo sm", "a", "mary.mu", "c1234", "zzz")) {
                time(runs, "autocomplete \"" + q + "\" (personal + directory of " + accounts + ")", () -> {
                    List<Suggestion> found = s.autocomplete(USER, q, 10);
                    return found.size() + " suggestions, first " + (found.isEmpty() ? "-" : found.get(0).address());
                });
            }
        }
    }

    static String card(String uid, String fn) {
        return "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:" + uid + "\r\nFN:" + fn + "\r\nN:" + fn + ";;;;\r\nEMAIL:" + uid
                + "@example.org\r\nEND:VCARD\r\n";
    }

    private static final String[] GIVEN = {"John", "Mary", "Ahmed", "Li", "Olga", "Pierre", "Anna", "José", "Kenji", "Fatima",
        "Peter", "Sara", "Tom", "Eva", "Ivan", "Nina", "Paul", "Rosa", "Omar", "Julia"};
    private static final String[] FAMILY = {"Smith", "Müller", "Garcia", "Wang", "Ivanova", "Dubois", "Rossi", "Tanaka",
        "Silva", "Khan", "Jones", "Novak", "Berg", "Costa", "Meyer", "Lopez", "Kim", "Brown", "Smirnov", "Andersen"};

    private static void fill(Connection c, int cards, int accounts) throws SQLException {
        long start = System.nanoTime();
        try (Statement st = c.createStatement()) {
            st.execute("INSERT INTO directory.domain (name) VALUES ('bench.test')");
        }
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO directory.account (domain_id, local_part, display_name)
                SELECT 1, CASE WHEN i = 0 THEN 'bench0' ELSE lower(g[1 + i % 20]) || '.' || lower(f[1 + (i / 20) % 20]) || i END,
                       g[1 + i % 20] || ' ' || f[1 + (i / 20) % 20]
                FROM generate_series(0, ? - 1) i, (SELECT ?::text[] AS g, ?::text[] AS f) n""")) {
            ps.setInt(1, accounts);
            ps.setArray(2, c.createArrayOf("text", GIVEN));
            ps.setArray(3, c.createArrayOf("text", FAMILY));
            ps.executeUpdate();
        }
        ContactsService s = new ContactsCore(c, ContactsSettings.DEFAULTS, null);
        long book = s.book(USER, "contacts").id();
        try (PreparedStatement ps = c.prepareStatement("""
                INSERT INTO contacts.card (book_id, resource_name, uid, etag, version, vcard, size_bytes, formatted_name,
                                           emails, phones, search_text, modseq)
                SELECT ?, 'c' || i || '.vcf', 'c' || i, '"' || md5(v) || '"', '3.0', v, octet_length(v), fn,
                       ARRAY['c' || i || '@example.org'], ARRAY['+1 555 ' || i], fn || ' c' || i || '@example.org c' || i
                         || ' example org', i + 1
                FROM (SELECT i, fn, 'BEGIN:VCARD' || E'\\r\\n' || 'VERSION:3.0' || E'\\r\\n' || 'UID:c' || i || E'\\r\\n'
                        || 'FN:' || fn || E'\\r\\n' || 'N:' || fn || ';;;;' || E'\\r\\n' || 'EMAIL;TYPE=INTERNET:c' || i
                        || '@example.org' || E'\\r\\n' || 'TEL;TYPE=CELL:+1 555 ' || i || E'\\r\\n'
                        || 'ORG:Example Org' || E'\\r\\n' || 'NOTE:Bench card number ' || i || E'\\r\\n'
                        || 'X-BENCH:' || i || E'\\r\\n' || 'END:VCARD' || E'\\r\\n' AS v
                      FROM (SELECT i, g[1 + (i * 7) % 20] || ' ' || f[1 + (i * 3) % 20] || ' ' || i AS fn
                            FROM generate_series(0, ? - 1) i, (SELECT ?::text[] AS g, ?::text[] AS f) n) x) y""")) {
            ps.setLong(1, book);
            ps.setInt(2, cards);
            ps.setArray(3, c.createArrayOf("text", GIVEN));
            ps.setArray(4, c.createArrayOf("text", FAMILY));
            ps.executeUpdate();
        }
        try (Statement st = c.createStatement()) {
            st.execute("UPDATE contacts.address_book SET modseq = " + cards + " WHERE id = " + book);
            // the user has written to 500 directory colleagues, some often
            st.execute("INSERT INTO contacts.write_frequency (account_id, address, count)"
                    + " SELECT 1, a.local_part || '@bench.test', 1 + (a.id % 17) FROM directory.account a"
                    + " WHERE a.id % 200 = 3");
            st.execute("ANALYZE"); // no VACUUM: V51 turned off the GIN pending lists, nothing to merge
        }
        System.out.printf("filled in %d ms%n", (System.nanoTime() - start) / 1_000_000);
    }

    private static void time(int runs, String what, Supplier<String> work) {
        work.get(); // warm-up (plans, caches)
        List<Long> times = new ArrayList<>();
        String result = null;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            result = work.get();
            times.add(System.nanoTime() - t0);
        }
        report(what, times, result);
    }

    private static void report(String what, List<Long> nanos, String result) {
        long[] sorted = nanos.stream().mapToLong(Long::longValue).sorted().toArray();
        System.out.printf("%-95s median %8.2f ms  min %8.2f  max %8.2f  (%d runs; %s)%n", what,
                sorted[sorted.length / 2] / 1e6, sorted[0] / 1e6, sorted[sorted.length - 1] / 1e6, sorted.length, result);
        System.out.println("  all runs ms: " + Arrays.toString(Arrays.stream(sorted).mapToObj(n -> String.format("%.2f", n / 1e6)).toArray()));
    }
}
