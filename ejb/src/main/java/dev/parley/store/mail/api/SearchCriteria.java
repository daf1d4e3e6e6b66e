package dev.parley.store.mail.api;

import java.time.LocalDate;
import java.util.List;

/**
 * A search as a small tree that the IMAP engine builds from RFC 9051 §6.4.4 SEARCH keys (and the
 * browser client from its search box). Every node maps to indexed SQL ({@code SearchSql}):
 *
 * <ul>
 *   <li>{@link And}, {@link Or}, {@link Not} — combinators; the top level of an IMAP SEARCH is an And.</li>
 *   <li>{@link Uids} — UID / sequence sets (the engine turns sequence numbers into UIDs).</li>
 *   <li>{@link HasFlag}, {@link HasKeyword} — SEEN/UNSEEN, DELETED/UNDELETED, …, KEYWORD/UNKEYWORD
 *       (negate with {@link Not}).</li>
 *   <li>{@link Header} — HEADER field string, and FROM/TO/CC/BCC/SUBJECT as {@code Header("from", s)}:
 *       case-insensitive substring of the decoded header value; an empty string matches every message
 *       that has the field.</li>
 *   <li>{@link Text} — BODY (text parts) and TEXT (headers and text) as full-text word-prefix match
 *       (docs/adr/0023-search.md explains the departure from substring semantics).</li>
 *   <li>{@link Date} — BEFORE/ON/SINCE on the internal date, SENTBEFORE/SENTON/SENTSINCE on the
 *       Date header, both compared by calendar date in UTC.</li>
 *   <li>{@link Size} — LARGER / SMALLER.</li>
 *   <li>{@link ModSeq} — RFC 7162 §3.1.5 MODSEQ: messages with modseq ≥ the value.</li>
 * </ul>
 */
public sealed interface SearchCriteria {

    record All() implements SearchCriteria { }

    record And(List<SearchCriteria> all) implements SearchCriteria {
        public And {
            all = List.copyOf(all);
        }
    }

    record Or(SearchCriteria left, SearchCriteria right) implements SearchCriteria { }

    record Not(SearchCriteria criteria) implements SearchCriteria { }

    record Uids(UidSet uids) implements SearchCriteria { }

    record HasFlag(Flag flag) implements SearchCriteria { }

    record HasKeyword(String keyword) implements SearchCriteria { }

    record Header(String field, String value) implements SearchCriteria {
        public Header {
            if (field == null || field.isEmpty() || !field.chars().allMatch(c -> c > 32 && c < 127 && c != ':')) {
                throw StoreException.invalid("not a header field name: " + field);
            }
            value = value == null ? "" : value;
        }
    }

    enum TextScope { BODY, TEXT }

    record Text(TextScope scope, String value) implements SearchCriteria { }

    enum DateField { INTERNAL, SENT }

    enum Comparison { BEFORE, ON, SINCE }

    record Date(DateField field, Comparison comparison, LocalDate date) implements SearchCriteria { }

    record Size(boolean larger, long octets) implements SearchCriteria { }

    record ModSeq(long atLeast) implements SearchCriteria { }

    /** Messages whose blob's SHA-256 starts with these hex digits (RFC 8474 EMAILID). */
    record BlobPrefix(String hex) implements SearchCriteria { }

    /** Messages of one thread (RFC 8474 THREADID). */
    record Thread(long threadId) implements SearchCriteria { }

    static SearchCriteria and(SearchCriteria... criteria) {
        return new And(List.of(criteria));
    }

    static SearchCriteria from(String value) {
        return new Header("from", value);
    }

    static SearchCriteria subject(String value) {
        return new Header("subject", value);
    }
}
