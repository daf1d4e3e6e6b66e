package dev.parley.store.mail;

import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.Flags;
import dev.parley.store.mail.api.MessageListing;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeSet;

/**
 * Reads {@link MessageListing}s of {@link #COLUMNS}, by position. A mailbox of 100,000 messages has a
 * handful of distinct flag sets, so one mapper (one statement) shares a {@link Flags} per distinct
 * set instead of building and validating 100,000 equal ones. Not thread-safe: one per statement.
 */
final class ListingRows implements Jdbc.Row<MessageListing> {

    /**
     * The listing columns, cheaper to produce and read than five booleans, a {@code text[]} and a
     * timestamp per row: system flags packed into one int (bit = {@link Flag#ordinal()}; PostgreSQL
     * gives {@code |} and {@code <<} the same precedence, so the parentheses matter), keywords as the
     * array's text form or null when empty (the usual case), the internal date as epoch seconds (it
     * is stored with second resolution; {@code extract} would compute a numeric). Served by V11's
     * covering index with an index-only scan.
     */
    static final String COLUMNS = "uid, modseq, (seen::int | (answered::int << 1) | (flagged::int << 2)"
            + " | (deleted::int << 3) | (draft::int << 4)) AS flag_bits, nullif(keywords, '{}')::text AS keyword_list,"
            + " date_part('epoch', internal_date)::int8 AS internal_epoch, size";

    private final Map<String, Flags> shared = new HashMap<>();

    @Override
    public MessageListing map(ResultSet rs) throws SQLException {
        int bits = rs.getInt(3);
        String keywords = rs.getString(4);
        String key = keywords == null ? String.valueOf(bits) : bits + keywords;
        Flags flags = shared.get(key);
        if (flags == null) {
            flags = flags(bits, keywords);
            shared.put(key, flags);
        }
        long epoch = rs.getLong(5);
        Instant date = rs.wasNull() ? null : Instant.ofEpochSecond(epoch);
        return new MessageListing(rs.getLong(1), rs.getLong(2), flags, date, rs.getLong(6));
    }

    static Flags flags(int bits, String keywords) {
        EnumSet<Flag> system = EnumSet.noneOf(Flag.class);
        for (Flag f : Flag.values()) {
            if ((bits & (1 << f.ordinal())) != 0) {
                system.add(f);
            }
        }
        return new Flags(system, keywords == null ? new TreeSet<>() : arrayText(keywords));
    }

    /**
     * PostgreSQL's text form of a one-dimensional {@code text[]}: {@code {a,"b,c","d\"e"}}. Elements
     * are quoted when they contain a delimiter, brace, quote, backslash or space, with backslash
     * escapes inside quotes. Keywords are never NULL or empty.
     */
    static TreeSet<String> arrayText(String text) {
        TreeSet<String> out = new TreeSet<>();
        int i = 1;
        int end = text.length() - 1; // the closing brace
        StringBuilder element = new StringBuilder();
        while (i < end) {
            element.setLength(0);
            if (text.charAt(i) == '"') {
                i++;
                while (text.charAt(i) != '"') {
                    if (text.charAt(i) == '\\') {
                        i++;
                    }
                    element.append(text.charAt(i++));
                }
                i++; // closing quote
            } else {
                while (i < end && text.charAt(i) != ',') {
                    element.append(text.charAt(i++));
                }
            }
            out.add(element.toString());
            i++; // the comma
        }
        return out;
    }
}
