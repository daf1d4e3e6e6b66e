package dev.parley.mail.imap.backend;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of UIDs as sorted, non-overlapping, non-adjacent ranges: what UID commands and the
 * UIDPLUS/ESEARCH responses carry (RFC 9051 §9 {@code sequence-set}, RFC 4315 {@code uid-set}).
 * Sequence numbers, {@code *} and {@code $} are resolved by the session before a set reaches the
 * back end.
 */
public record UidSet(List<Range> ranges) {

    public static final UidSet EMPTY = new UidSet(List.of());

    /** Inclusive range. */
    public record Range(long low, long high) {
        public Range {
            if (low < 1 || high < low || high > Uid.MAX) {
                throw new IllegalArgumentException("bad range " + low + ":" + high);
            }
        }

        public long size() {
            return high - low + 1;
        }
    }

    public UidSet {
        ranges = normalize(ranges);
    }

    public static UidSet of(long low, long high) {
        return new UidSet(List.of(new Range(low, high)));
    }

    public static UidSet ofUids(Collection<Uid> uids) {
        List<Range> list = new ArrayList<>(uids.size());
        for (Uid uid : uids) {
            list.add(new Range(uid.value(), uid.value()));
        }
        return new UidSet(list);
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(long uid) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Range r = ranges.get(mid);
            if (uid < r.low) {
                hi = mid - 1;
            } else if (uid > r.high) {
                lo = mid + 1;
            } else {
                return true;
            }
        }
        return false;
    }

    public boolean contains(Uid uid) {
        return contains(uid.value());
    }

    public long size() {
        long n = 0;
        for (Range r : ranges) {
            n += r.size();
        }
        return n;
    }

    /** RFC 9051 §9 {@code sequence-set} text, e.g. {@code 1:3,7}; empty string for the empty set. */
    public String toImapString() {
        StringBuilder sb = new StringBuilder();
        for (Range r : ranges) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(r.low);
            if (r.high != r.low) {
                sb.append(':').append(r.high);
            }
        }
        return sb.toString();
    }

    @Override
    public String toString() {
        return toImapString();
    }

    private static List<Range> normalize(List<Range> input) {
        List<Range> sorted = new ArrayList<>(input);
        sorted.sort((a, b) -> Long.compare(a.low, b.low));
        List<Range> out = new ArrayList<>(sorted.size());
        for (Range r : sorted) {
            if (!out.isEmpty()) {
                Range last = out.get(out.size() - 1);
                if (r.low <= last.high + 1) {
                    out.set(out.size() - 1, new Range(last.low, Math.max(last.high, r.high)));
                    continue;
                }
            }
            out.add(r);
        }
        return List.copyOf(out);
    }
}
