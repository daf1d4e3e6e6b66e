package dev.parley.mail.imap.memory;

import dev.parley.mail.imap.backend.SearchKey;
import dev.parley.mail.mime.HeaderDecoder;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Locale;

/**
 * Evaluates a {@link SearchKey} tree message by message, as RFC 9051 §6.4.4 describes
 * (case-insensitive substring matching after decoding encoded words). The SQL store translates
 * the same tree to queries instead.
 */
final class MemorySearch {

    private MemorySearch() {
    }

    static boolean matches(SearchKey key, StoredMessage m) {
        if (key instanceof SearchKey.All) {
            return true;
        } else if (key instanceof SearchKey.HasFlag f) {
            return m.meta().flags().contains(f.flag()) == f.set();
        } else if (key instanceof SearchKey.Header h) {
            return header(m, h.field(), h.text());
        } else if (key instanceof SearchKey.Text t) {
            return contains(m.parsed().searchText(), t.text())
                    || (!t.bodyOnly() && contains(headerText(m), t.text()))
                    || contains(bodyText(m), t.text());
        } else if (key instanceof SearchKey.Date d) {
            return compare(d, d.sent() ? sentDate(m) : m.meta().internalDate().atZone(ZoneOffset.UTC).toLocalDate());
        } else if (key instanceof SearchKey.Size s) {
            return s.larger() ? m.meta().size() > s.octets() : m.meta().size() < s.octets();
        } else if (key instanceof SearchKey.UidIn u) {
            return u.uids().contains(m.meta().uid());
        } else if (key instanceof SearchKey.ModSeqAtLeast ms) {
            return m.meta().modSeq().value() >= ms.modSeq().value();
        } else if (key instanceof SearchKey.EmailId || key instanceof SearchKey.ThreadId) {
            return false; // the memory back end has no object ids (OBJECTID is not advertised)
        } else if (key instanceof SearchKey.Not n) {
            return !matches(n.key(), m);
        } else if (key instanceof SearchKey.Or o) {
            return matches(o.left(), m) || matches(o.right(), m);
        } else if (key instanceof SearchKey.And a) {
            return a.keys().stream().allMatch(k -> matches(k, m));
        }
        throw new IllegalArgumentException("unknown search key " + key);
    }

    private static boolean compare(SearchKey.Date d, LocalDate date) {
        if (date == null) {
            return false;
        }
        return switch (d.comparison()) {
            case BEFORE -> date.isBefore(d.date());
            case ON -> date.isEqual(d.date());
            case SINCE -> !date.isBefore(d.date());
        };
    }

    private static final java.util.regex.Pattern DAY_MONTH_YEAR = java.util.regex.Pattern.compile(
            "(\\d{1,2})\\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\s+(\\d{4})",
            java.util.regex.Pattern.CASE_INSENSITIVE);
    private static final String MONTHS = "janfebmaraprmayjunjulaugsepoctnovdec";

    /** RFC 9051 §6.4.4 SENT*: the Date: header's own day, "disregarding time and timezone". */
    private static LocalDate sentDate(StoredMessage m) {
        String header = m.parsed().envelope().date();
        if (header != null) {
            java.util.regex.Matcher d = DAY_MONTH_YEAR.matcher(header);
            if (d.find()) {
                try {
                    int month = MONTHS.indexOf(d.group(2).substring(0, 3).toLowerCase(Locale.ROOT)) / 3 + 1;
                    return LocalDate.of(Integer.parseInt(d.group(3)), month, Integer.parseInt(d.group(1)));
                } catch (java.time.DateTimeException e) {
                    // fall through to the parsed instant
                }
            }
        }
        return m.parsed().sentDate() == null ? null : m.parsed().sentDate().atZone(ZoneOffset.UTC).toLocalDate();
    }

    private static boolean header(StoredMessage m, String field, String text) {
        String wanted = field.toLowerCase(Locale.ROOT) + ":";
        for (String line : headerText(m).replace("\r\n\t", " ").replace("\r\n ", " ").split("\r?\n")) {
            if (line.toLowerCase(Locale.ROOT).startsWith(wanted)) {
                String value = HeaderDecoder.decodeEncodedWords(line.substring(wanted.length()).trim());
                if (text.isEmpty() || contains(value, text)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String headerText(StoredMessage m) {
        return HeaderDecoder.text(m.raw(), 0, m.parsed().headerLength());
    }

    private static String bodyText(StoredMessage m) {
        int start = m.parsed().headerLength();
        return HeaderDecoder.text(m.raw(), start, m.raw().length - start);
    }

    static boolean contains(String haystack, String needle) {
        return haystack != null && haystack.toLowerCase(Locale.ROOT).contains(needle.toLowerCase(Locale.ROOT));
    }
}
