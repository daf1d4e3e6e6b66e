package dev.parley.store.mail.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of UIDs as sorted, non-overlapping, non-adjacent closed ranges (RFC 9051 §9 sequence-set,
 * with {@code *} already resolved by the caller). Empty sets are allowed.
 */
public record UidSet(List<Range> ranges) {

    public static final long MAX_UID = 4294967295L;

    public record Range(long first, long last) {
        public Range {
            if (first < 1 || last < first || last > MAX_UID) {
                throw StoreException.invalid("bad UID range " + first + ":" + last);
            }
        }
    }

    public UidSet {
        ranges = normalise(ranges);
    }

    public static UidSet of(long... uids) {
        List<Range> r = new ArrayList<>();
        for (long uid : uids) {
            r.add(new Range(uid, uid));
        }
        return new UidSet(r);
    }

    public static UidSet range(long first, long last) {
        return new UidSet(List.of(new Range(first, last)));
    }

    public static UidSet all() {
        return range(1, MAX_UID);
    }

    public static UidSet ofAll(Collection<Long> uids) {
        return of(uids.stream().mapToLong(Long::longValue).toArray());
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    public boolean contains(long uid) {
        for (Range r : ranges) {
            if (uid >= r.first && uid <= r.last) {
                return true;
            }
        }
        return false;
    }

    /** RFC 9051 §9 sequence-set syntax: {@code 1:3,7,9:12}. */
    @Override
    public String toString() {
        StringBuilder b = new StringBuilder();
        for (Range r : ranges) {
            b.append(b.length() == 0 ? "" : ",").append(r.first);
            if (r.last != r.first) {
                b.append(':').append(r.last);
            }
        }
        return b.toString();
    }

    private static List<Range> normalise(List<Range> input) {
        List<Range> sorted = new ArrayList<>(input);
        sorted.sort((a, b) -> Long.compare(a.first, b.first));
        List<Range> out = new ArrayList<>();
        for (Range r : sorted) {
            Range last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r.first <= last.last + 1) {
                out.set(out.size() - 1, new Range(last.first, Math.max(last.last, r.last)));
            } else {
                out.add(r);
            }
        }
        return List.copyOf(out);
    }
}
