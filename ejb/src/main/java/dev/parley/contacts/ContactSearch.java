package dev.parley.contacts;

import dev.parley.contacts.api.Suggestion;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Address autocomplete for one account: its own and shared books, the corporate directory of its
 * domain (accounts and groups) and the addresses it has written to, ranked by how often it wrote to
 * each (contacts.write_frequency), then by name. Every typed word must be a word prefix of the name
 * or address ("ali ex" finds "Alice Example"); each source is read through a GIN index on
 * {@code to_tsvector('simple', …)} with a {@code to_tsquery('x:*')} prefix query.
 */
final class ContactSearch {

    /** How many matches each source contributes before ranking. */
    static final int CANDIDATES = 200;

    /** The expressions of the GIN indexes of V50 (must stay identical for the indexes to be used). */
    private static final String ACCOUNT_WORDS = "to_tsvector('simple'::regconfig, coalesce(a.display_name, '') || ' ' ||"
            + " translate(a.local_part, '._-+', '    '))";
    private static final String GROUP_WORDS = "to_tsvector('simple'::regconfig, coalesce(g.display_name, '') || ' ' ||"
            + " translate(g.local_part, '._-+', '    '))";

    private final Sql sql;

    ContactSearch(Sql sql) {
        this.sql = sql;
    }

    /** "Ali Ex@" → "ali:* & ex:*"; null when nothing searchable is left. */
    static String tsquery(String text) {
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty()) {
                terms.add(word + ":*");
            }
        }
        return terms.isEmpty() ? null : String.join(" & ", terms);
    }

    List<Suggestion> suggest(long accountId, long domainId, Long[] bookIds, String text, int limit) {
        String query = tsquery(text);
        if (query == null) {
            return List.of();
        }
        List<Suggestion> all = new ArrayList<>();
        // candidates of each source are capped (CANDIDATES, no ORDER BY, so the scan stops early);
        // what the user writes to most is found by queries of its own, driven by the user's few counts
        all.addAll(sql.list("SELECT m.formatted_name, e.address, CASE WHEN m.owner_id = ? THEN 'personal' ELSE 'shared' END,"
                        + " coalesce(f.count, 0) FROM (SELECT c.formatted_name, c.emails, b.owner_id FROM contacts.card c"
                        + " JOIN contacts.address_book b ON b.id = c.book_id"
                        + " WHERE c.book_id = ANY(?) AND c.search @@ to_tsquery('simple', ?) LIMIT ?) m"
                        + " CROSS JOIN LATERAL unnest(m.emails) AS e(address)"
                        + " LEFT JOIN contacts.write_frequency f ON f.account_id = ? AND f.address = e.address",
                ContactSearch::suggestion, accountId, bookIds, query, CANDIDATES, accountId));
        // the cards the user writes to, whatever their place among the name matches above: driven by
        // the user's write counts, each looked up by address (GIN on contacts.card.emails, V56)
        all.addAll(sql.list("SELECT c.formatted_name, f.address, CASE WHEN b.owner_id = ? THEN 'personal' ELSE 'shared' END,"
                        + " f.count FROM contacts.write_frequency f"
                        + " JOIN contacts.card c ON c.emails @> ARRAY[f.address] AND c.book_id = ANY(?)"
                        + " JOIN contacts.address_book b ON b.id = c.book_id"
                        + " WHERE f.account_id = ? AND c.search @@ to_tsquery('simple', ?) ORDER BY f.count DESC LIMIT ?",
                ContactSearch::suggestion, accountId, bookIds, accountId, query, CANDIDATES));
        all.addAll(sql.list("SELECT coalesce(nullif(a.display_name, ''), f.address), f.address, 'directory', f.count"
                        + " FROM contacts.write_frequency f JOIN directory.domain d ON d.id = ?"
                        + " JOIN directory.account a ON a.domain_id = d.id AND a.local_part = split_part(f.address, '@', 1)"
                        + " WHERE f.account_id = ? AND f.address LIKE '%@' || d.name"
                        + " AND a.status = 'active' AND NOT a.hidden_in_directory AND " + ACCOUNT_WORDS
                        + " @@ to_tsquery('simple', ?)",
                ContactSearch::suggestion, domainId, accountId, query));
        all.addAll(sql.list("SELECT coalesce(nullif(a.display_name, ''), a.local_part || '@' || d.name),"
                        + " a.local_part || '@' || d.name, 'directory', 0"
                        + " FROM (SELECT display_name, local_part FROM directory.account a WHERE a.domain_id = ?"
                        + " AND a.status = 'active' AND NOT a.hidden_in_directory AND " + ACCOUNT_WORDS
                        + " @@ to_tsquery('simple', ?) LIMIT ?) a JOIN directory.domain d ON d.id = ?",
                ContactSearch::suggestion, domainId, query, CANDIDATES, domainId));
        all.addAll(sql.list("SELECT coalesce(nullif(g.display_name, ''), g.local_part || '@' || d.name),"
                        + " g.local_part || '@' || d.name, 'group', coalesce(f.count, 0)"
                        + " FROM (SELECT display_name, local_part FROM directory.mail_group g WHERE g.domain_id = ?"
                        + " AND NOT g.hidden_in_directory AND " + GROUP_WORDS + " @@ to_tsquery('simple', ?) LIMIT ?) g"
                        + " JOIN directory.domain d ON d.id = ?"
                        + " LEFT JOIN contacts.write_frequency f ON f.account_id = ? AND f.address = g.local_part || '@' || d.name",
                ContactSearch::suggestion, domainId, query, CANDIDATES, domainId, accountId));
        // addresses written to that no book holds (an outside correspondent): prefix of the address
        all.addAll(sql.list("SELECT address, address, 'recent', count FROM contacts.write_frequency"
                        + " WHERE account_id = ? AND address LIKE ? ESCAPE '\\' ORDER BY count DESC LIMIT ?",
                ContactSearch::suggestion, accountId, likePrefix(text), limit));
        Map<String, Suggestion> best = new LinkedHashMap<>();
        all.sort(Comparator.comparingInt(Suggestion::timesWritten).reversed()
                .thenComparing(s -> rank(s.source()))
                .thenComparing(Suggestion::name, String.CASE_INSENSITIVE_ORDER));
        for (Suggestion s : all) {
            best.putIfAbsent(s.address().toLowerCase(Locale.ROOT), s);
        }
        return best.values().stream().limit(limit).toList();
    }

    private static int rank(String source) {
        return switch (source) {
            case "personal" -> 0;
            case "shared" -> 1;
            case "directory" -> 2;
            case "group" -> 3;
            default -> 4;
        };
    }

    private static String likePrefix(String text) {
        return text.strip().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }

    private static Suggestion suggestion(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Suggestion(rs.getString(1), rs.getString(2), rs.getString(3), rs.getInt(4));
    }
}
