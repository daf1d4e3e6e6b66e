package dev.parley.store.mail;

import dev.parley.store.mail.api.SearchCriteria;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A {@link SearchCriteria} tree as a WHERE condition on {@code mail.message}, every leaf one an index
 * can answer (docs/adr/0023-search.md): flags from partial indexes, keywords from GIN on the array,
 * headers from the trigram index on {@code headers} (then a regular expression confirms the field),
 * text from the GIN index on {@code search_text}, dates and modseq from b-trees.
 */
final class SearchSql {

    private SearchSql() {
    }

    static SqlFragment where(SearchCriteria criteria) {
        List<Object> params = new ArrayList<>();
        String sql = render(criteria, params);
        return new SqlFragment(sql, params);
    }

    // Java 17: no pattern matching for switch yet, hence the instanceof chain over the sealed tree
    private static String render(SearchCriteria c, List<Object> p) {
        if (c instanceof SearchCriteria.All) {
            return "true";
        } else if (c instanceof SearchCriteria.And and) {
            return and.all().isEmpty() ? "true"
                    : "(" + String.join(" AND ", and.all().stream().map(x -> render(x, p)).toList()) + ")";
        } else if (c instanceof SearchCriteria.Or or) {
            return "(" + render(or.left(), p) + " OR " + render(or.right(), p) + ")";
        } else if (c instanceof SearchCriteria.Not not) {
            return "NOT (" + render(not.criteria(), p) + ")";
        } else if (c instanceof SearchCriteria.Uids uids) {
            return add(UidSql.condition("uid", uids.uids()), p);
        } else if (c instanceof SearchCriteria.HasFlag flag) {
            return flag.flag().column();
        } else if (c instanceof SearchCriteria.HasKeyword keyword) {
            p.add(new String[] {keyword.keyword()});
            return "keywords @> ?::text[]";
        } else if (c instanceof SearchCriteria.Header header) {
            return header(header, p);
        } else if (c instanceof SearchCriteria.Text text) {
            return text(text, p);
        } else if (c instanceof SearchCriteria.Date date) {
            return date(date, p);
        } else if (c instanceof SearchCriteria.Size size) {
            p.add(size.octets());
            return size.larger() ? "size > ?" : "size < ?";
        } else if (c instanceof SearchCriteria.ModSeq modseq) {
            p.add(modseq.atLeast());
            return "modseq >= ?";
        } else if (c instanceof SearchCriteria.BlobPrefix blob) {
            p.add(blob.hex().length());
            p.add(blob.hex());
            return "left(blob_sha256, ?) = ?";
        } else if (c instanceof SearchCriteria.Thread thread) {
            p.add(thread.threadId());
            return "thread_id = ?";
        }
        throw new IllegalArgumentException("unknown search criteria " + c);
    }

    /**
     * RFC 9051 §6.4.4 HEADER: case-insensitive substring of the field's value; an empty string
     * matches every message with the field. The ILIKE uses the trigram index; the regular
     * expression then checks that the match lies in the named field ({@link HeaderText} layout).
     */
    private static String header(SearchCriteria.Header h, List<Object> p) {
        String field = "(^|\\n)" + regexLiteral(h.field().toLowerCase(Locale.ROOT)) + ": ";
        if (h.value().isEmpty()) {
            p.add(field);
            return "headers ~ ?";
        }
        p.add("%" + likeLiteral(h.value()) + "%");
        p.add(field + "[^\\n]*" + regexLiteral(h.value()));
        return "(headers ILIKE ? AND headers ~* ?)";
    }

    /**
     * BODY and TEXT as full-text word-prefix search: each word of the string must begin a word of
     * the message (PostgreSQL's 'simple' parser; addresses and host names stay whole words). TEXT
     * also matches a substring of the headers.
     */
    private static String text(SearchCriteria.Text t, List<Object> p) {
        p.add(t.value());
        String fullText = "search_text @@ (SELECT to_tsquery('simple', coalesce(nullif(regexp_replace("
                + "plainto_tsquery('simple', ?)::text, '''( |$)', ''':*\\1', 'g'), ''), '''''')))";
        if (t.scope() == SearchCriteria.TextScope.BODY) {
            return fullText;
        }
        p.add("%" + likeLiteral(t.value()) + "%");
        return "(" + fullText + " OR headers ILIKE ?)";
    }

    /** RFC 9051 §6.4.4: dates compare by calendar day, "disregarding time and timezone" (UTC here). */
    private static String date(SearchCriteria.Date d, List<Object> p) {
        String column = d.field() == SearchCriteria.DateField.INTERNAL ? "internal_date" : "sort_date";
        Instant start = start(d.date());
        return switch (d.comparison()) {
            case BEFORE -> {
                p.add(start);
                yield column + " < ?";
            }
            case SINCE -> {
                p.add(start);
                yield column + " >= ?";
            }
            case ON -> {
                p.add(start);
                p.add(start(d.date().plusDays(1)));
                yield "(" + column + " >= ? AND " + column + " < ?)";
            }
        };
    }

    private static Instant start(LocalDate date) {
        return date.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private static String add(SqlFragment fragment, List<Object> p) {
        p.addAll(fragment.params());
        return fragment.sql();
    }

    /** PostgreSQL ARE: a backslash before a non-alphanumeric character makes it literal. */
    static String regexLiteral(String s) {
        StringBuilder b = new StringBuilder(s.length() * 2);
        s.codePoints().forEach(c -> {
            if (!Character.isLetterOrDigit(c) && c != ' ') {
                b.append('\\');
            }
            b.appendCodePoint(c);
        });
        return b.toString();
    }

    static String likeLiteral(String s) {
        return s.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
