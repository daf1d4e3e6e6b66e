package dev.parley.mail.imap.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * An unresolved RFC 9051 §9 sequence-set as the client wrote it: ranges whose ends may be
 * {@code *} ({@link #STAR}), or the saved search result {@code $} (RFC 5182 §2.1). The session
 * resolves it against message numbers or UIDs.
 */
public record SequenceSet(List<Range> ranges, boolean saved) {

    /** Stands for {@code *}: the largest number (or UID) in use. */
    public static final long STAR = -1;

    /** {@code low:high} as written; either end may be {@link #STAR}; order not normalized. */
    public record Range(long low, long high) {
    }

    public SequenceSet {
        ranges = List.copyOf(ranges);
        if (saved != ranges.isEmpty()) {
            throw new IllegalArgumentException("a sequence set is either $ or ranges");
        }
    }

    public static final SequenceSet SAVED = new SequenceSet(List.of(), true);

    public static SequenceSet parse(String text) throws SyntaxException {
        if (text.equals("$")) {
            return SAVED;
        }
        if (text.isEmpty() || text.length() > 100_000) {
            throw new SyntaxException("bad sequence set");
        }
        List<Range> ranges = new ArrayList<>();
        for (String part : text.split(",", -1)) {
            int colon = part.indexOf(':');
            if (colon < 0) {
                long n = value(part);
                ranges.add(new Range(n, n));
            } else {
                ranges.add(new Range(value(part.substring(0, colon)), value(part.substring(colon + 1))));
            }
        }
        return new SequenceSet(ranges, false);
    }

    private static long value(String s) throws SyntaxException {
        if (s.equals("*")) {
            return STAR;
        }
        if (s.isEmpty() || s.length() > 10) {
            throw new SyntaxException("bad sequence number: '" + s + "'");
        }
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                throw new SyntaxException("bad sequence number: '" + s + "'");
            }
            n = n * 10 + (c - '0');
        }
        if (n < 1 || n > 0xFFFF_FFFFL) {
            throw new SyntaxException("sequence number out of range: " + s);
        }
        return n;
    }

    /**
     * Resolves against a maximum (message count or highest UID): each range ordered, {@code *}
     * replaced by {@code max}. Empty when {@code max} is 0.
     */
    public List<Range> resolve(long max) {
        List<Range> out = new ArrayList<>(ranges.size());
        if (max == 0) {
            return out;
        }
        for (Range r : ranges) {
            long a = r.low == STAR ? max : r.low;
            long b = r.high == STAR ? max : r.high;
            out.add(new Range(Math.min(a, b), Math.max(a, b)));
        }
        return out;
    }
}
