package dev.parley.mail.imap.backend;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The RFC 9051 §6.4.4 search criteria as a tree the store can translate to SQL (indexed columns,
 * {@code tsvector}). Session-dependent keys are resolved by the engine before the tree is handed
 * over: message sequence numbers and {@code $} become {@link UidIn}, {@code RECENT}/{@code NEW}
 * become UID sets, {@code FROM}/{@code SUBJECT}/… become {@link Header}. String matching is
 * case-insensitive substring matching (RFC 9051 §6.4.4) after decoding MIME encoded words.
 */
public sealed interface SearchKey {

    /** Every message. */
    record All() implements SearchKey {
    }

    /** Messages with ({@code set}) or without the flag or keyword. */
    record HasFlag(String flag, boolean set) implements SearchKey {
        public HasFlag {
            flag = Flags.canonical(Objects.requireNonNull(flag, "flag"));
        }
    }

    /**
     * A header field whose value contains the text; empty text matches every message that has
     * the field (RFC 9051 §6.4.4 HEADER). For address fields the rendered addresses are searched.
     */
    record Header(String field, String text) implements SearchKey {
        public Header {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Text in the body (BODY) or anywhere in header or body (TEXT). */
    record Text(String text, boolean bodyOnly) implements SearchKey {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** Date comparisons; {@code sent} uses the Date: header, else the internal date. */
    record Date(Comparison comparison, LocalDate date, boolean sent) implements SearchKey {
        public Date {
            Objects.requireNonNull(comparison, "comparison");
            Objects.requireNonNull(date, "date");
        }
    }

    enum Comparison { BEFORE, ON, SINCE }

    /** RFC822.SIZE larger (or smaller) than the given octets. */
    record Size(long octets, boolean larger) implements SearchKey {
    }

    /** Messages whose UID is in the set. */
    record UidIn(UidSet uids) implements SearchKey {
        public UidIn {
            Objects.requireNonNull(uids, "uids");
        }
    }

    /** RFC 7162 §3.1.5 MODSEQ: modseq at least the value. */
    record ModSeqAtLeast(ModSeq modSeq) implements SearchKey {
        public ModSeqAtLeast {
            Objects.requireNonNull(modSeq, "modSeq");
        }
    }

    /** RFC 8474 §6 SEARCH EMAILID: the messages with that EMAILID. */
    record EmailId(String id) implements SearchKey {
        public EmailId {
            Objects.requireNonNull(id, "id");
        }
    }

    /** RFC 8474 §6 SEARCH THREADID: the messages of that thread. */
    record ThreadId(String id) implements SearchKey {
        public ThreadId {
            Objects.requireNonNull(id, "id");
        }
    }

    record Not(SearchKey key) implements SearchKey {
        public Not {
            Objects.requireNonNull(key, "key");
        }
    }

    record Or(SearchKey left, SearchKey right) implements SearchKey {
        public Or {
            Objects.requireNonNull(left, "left");
            Objects.requireNonNull(right, "right");
        }
    }

    /** All keys must match; an empty list matches everything. */
    record And(List<SearchKey> keys) implements SearchKey {
        public And {
            keys = List.copyOf(keys);
        }
    }
}
