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
        all.addAll(sql.list("SELECT c.formatted_name, e.address, CASE WHEN b.owner_id = ? THEN 'personal' ELSE 'shared' END,"
                        + " coalesce(f.count, 0) FROM contacts.card c JOIN contacts.address_book b ON b.id = c.book_id"
                        + " CROSS JOIN LATERAL unnest(c.emails) AS e(address)"
                        + " LEFT JOIN contacts.write_frequency f ON f.account_id = ? AND f.address = e.address"
                        + " WHERE c.book_id = ANY(?) AND c.search @@ to_tsquery('simple', ?)"
                        + " ORDER BY 4 DESC, 1 LIMIT ?",
                ContactSearch::suggestion, accountId, accountId, bookIds, query, limit));
        all.addAll(sql.list("SELECT coalesce(nullif(a.display_name, ''), a.local_part || '@' || d.name),"
                        + " a.local_part || '@' || d.name, 'directory', coalesce(f.count, 0)"
                        + " FROM directory.account a JOIN directory.domain d ON d.id = a.domain_id"
                        + " LEFT JOIN contacts.write_frequency f ON f.account_id = ? AND f.address = a.local_part || '@' || d.name"
                        + " WHERE a.domain_id = ? AND a.status = 'active' AND NOT a.hidden_in_directory"
                        + " AND to_tsvector('simple'::regconfig, coalesce(a.display_name, '') || ' ' ||"
                        + " translate(a.local_part, '._-+', '    ')) @@ to_tsquery('simple', ?)"
                        + " ORDER BY 4 DESC, 1 LIMIT ?",
                ContactSearch::suggestion, accountId, domainId, query, limit));
        all.addAll(sql.list("SELECT coalesce(nullif(g.display_name, ''), g.local_part || '@' || d.name),"
                        + " g.local_part || '@' || d.name, 'group', coalesce(f.count, 0)"
                        + " FROM directory.mail_group g JOIN directory.domain d ON d.id = g.domain_id"
                        + " LEFT JOIN contacts.write_frequency f ON f.account_id = ? AND f.address = g.local_part || '@' || d.name"
                        + " WHERE g.domain_id = ? AND NOT g.hidden_in_directory"
                        + " AND to_tsvector('simple'::regconfig, coalesce(g.display_name, '') || ' ' ||"
                        + " translate(g.local_part, '._-+', '    ')) @@ to_tsquery('simple', ?)"
                        + " ORDER BY 4 DESC, 1 LIMIT ?",
                ContactSearch::suggestion, accountId, domainId, query, limit));
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
