package dev.parley.store.bench;

import dev.parley.store.blob.FilesystemBlobStore;
import dev.parley.store.mail.StoreCore;
import dev.parley.store.mail.StoreService;
import dev.parley.store.mail.StoreSettings;
import dev.parley.store.mail.StoreTransactions;
import dev.parley.store.mail.api.MessageStore;
import dev.parley.store.mail.api.SearchCriteria;
import dev.parley.testing.TestDatabase;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Fills a 100,000-message INBOX in {@code parley_test} (bulk SQL for the filling only) and times the
 * store operations behind the targets through {@link MessageStore}: SELECT, the newest 50
 * envelopes, a header UID SEARCH and a full-text SEARCH, each the median of several runs.
 * Run with {@code bench/store/run.sh} (argument: message count, default 100000).
 */
public final class StoreBench {

    private static final int RUNS = 9;

    public static void main(String[] args) throws Exception {
        int messages = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        TestDatabase db = TestDatabase.fromEnvironment().resetAndMigrate();
        try (Connection c = db.connection()) {
            long account = fill(c, messages);
            MessageStore store = new StoreService(new OneConnection(c), new FilesystemBlobStore(
                    Files.createTempDirectory("parley-bench-blobs")));
            store.append(account, "INBOX", null, null, new java.io.ByteArrayInputStream(
                    "From: bench@example.test\r\nSubject: appended through the store\r\n\r\nhello\r\n".getBytes()));
            System.out.printf("mailbox: %d messages%n", store.status(account, "INBOX").messages());
            time("SELECT (status, all UIDs, keywords, first unseen)", () -> store.select(account, "INBOX").uids().length);
            time("FETCH newest 50 envelopes+bodystructure", () -> store.newest(account, "INBOX", 50).size());
            time("UID SEARCH SUBJECT \"quarterly\"", () -> store.search(account, "INBOX", SearchCriteria.subject("quarterly")).size());
            time("UID SEARCH FROM \"w137\"", () -> store.search(account, "INBOX", SearchCriteria.from("w137")).size());
            time("UID SEARCH BODY \"w4242 w17\" (full text)", () -> store.search(account, "INBOX",
                    new SearchCriteria.Text(SearchCriteria.TextScope.BODY, "w4242 w17")).size());
            time("UID SEARCH TEXT \"invoice\" (full text + headers)", () -> store.search(account, "INBOX",
                    new SearchCriteria.Text(SearchCriteria.TextScope.TEXT, "invoice")).size());
        }
    }

    /** Bulk rows with varied words: 5,000 words, 40 per body, subjects from 2 words, 1,000 senders. */
    private static long fill(Connection c, int n) throws SQLException {
        long start = System.nanoTime();
        try (Statement s = c.createStatement()) {
            s.execute("INSERT INTO directory.domain (name) VALUES ('bench.test')");
            s.execute("INSERT INTO directory.account (domain_id, local_part) VALUES (1, 'bench')");
        }
        new StoreService(new OneConnection(c), null).provision(1);
        c.setAutoCommit(true);
        String[] words = new String[5000];
        for (int i = 0; i < words.length; i++) {
            words[i] = "w" + i;
        }
        words[42] = "quarterly";
        words[43] = "invoice";
        try (PreparedStatement ps = c.prepareStatement("""
                WITH g AS (SELECT i, ?::text[] AS w FROM generate_series(1::bigint, ?) i),
                m AS (SELECT i,
                    w[(1 + (i * 7919) % 5000)::int] || ' ' || w[(1 + (i * 31) % 997)::int] AS subject,
                    'w' || (i % 1000) AS sender,
                    (SELECT string_agg(w[(1 + ((i * 104729 + k * 7907) % 5000))::int], ' ') FROM generate_series(1, 40) k) AS body
                    FROM g)
                INSERT INTO mail.message (mailbox_id, uid, account_id, modseq, seen, keywords, internal_date, size,
                    blob_sha256, thread_id, message_id, envelope, body_structure, header_length, headers, sort_date,
                    sort_from, sort_subject, search_text)
                SELECT 1, i, 1, 2, i % 10 <> 0, '{}', timestamptz '2020-01-01' + i * interval '15 minutes',
                    600 + length(body), md5(i::text) || md5((i + 1)::text), i, '<' || i || '@bench.test>',
                    jsonb_build_object('subject', subject, 'messageId', '<' || i || '@bench.test>',
                        'from', jsonb_build_array(jsonb_build_array(sender, null, sender, 'example.org')),
                        'to', jsonb_build_array(jsonb_build_array(null, null, 'bench', 'bench.test'))),
                    jsonb_build_object('type', 'text', 'subtype', 'plain', 'encoding', '7bit', 'size', length(body),
                        'lines', 1, 'offsets', jsonb_build_array(0, 300, 300 + length(body)),
                        'params', jsonb_build_array(jsonb_build_array('charset', 'utf-8'))),
                    300,
                    'from: ' || sender || ' <' || sender || '@example.org>' || E'\\n' || 'to: bench@bench.test' || E'\\n'
                        || 'subject: ' || subject || E'\\n' || 'message-id: <' || i || '@bench.test>' || E'\\n'
                        || 'received: from mx' || (i % 7) || '.example.org by bench.test' || E'\\n',
                    timestamptz '2020-01-01' + i * interval '15 minutes', sender, subject,
                    setweight(to_tsvector('simple', subject), 'A') || to_tsvector('simple', body)
                FROM m""")) {
            ps.setArray(1, c.createArrayOf("text", words));
            ps.setInt(2, n);
            ps.executeUpdate();
        }
        try (Statement s = c.createStatement()) {
            s.execute("UPDATE mail.mailbox SET uidnext = " + (n + 1) + ", highestmodseq = 2, message_count = " + n
                    + ", total_bytes = (SELECT sum(size) FROM mail.message WHERE mailbox_id = 1) WHERE id = 1");
            s.execute("UPDATE mail.quota_usage SET messages = " + n
                    + ", bytes = (SELECT total_bytes FROM mail.mailbox WHERE id = 1) WHERE account_id = 1");
            s.execute("VACUUM ANALYZE mail.message");
        }
        System.out.printf("filled %d messages in %.1f s%n", n, (System.nanoTime() - start) / 1e9);
        return 1;
    }

    private static void time(String what, Supplier<Integer> op) {
        op.get();                                        // warm up plans and caches
        List<Double> ms = new ArrayList<>();
        int result = 0;
        for (int i = 0; i < RUNS; i++) {
            long t = System.nanoTime();
            result = op.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double[] sorted = ms.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        System.out.printf("%-55s median %7.1f ms  (min %.1f, max %.1f; %d results)%n", what,
                sorted[sorted.length / 2], sorted[0], sorted[sorted.length - 1], result);
    }

    /** One long-lived connection, as a pooled data source would hand out; a transaction per call. */
    private record OneConnection(Connection c) implements StoreTransactions {
        @Override
        public <T> T inTransaction(Function<StoreCore, T> work) {
            try {
                c.setAutoCommit(false);
                T result = work.apply(new StoreCore(c, Clock.systemUTC(), StoreSettings.DEFAULT, e -> { }));
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    c.rollback();
                } catch (SQLException ignored) {
                    // the original failure matters more
                }
                throw e instanceof RuntimeException r ? r : new IllegalStateException(e);
            }
        }
    }
}
