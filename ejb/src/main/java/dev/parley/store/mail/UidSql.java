package dev.parley.store.mail;

import dev.parley.store.mail.api.UidSet;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link UidSet} as a condition on {@code uid} that the primary key (mailbox_id, uid) serves: a few
 * ranges become {@code BETWEEN}s (index range scans), many become one bounding {@code BETWEEN} plus
 * a multirange test, so a client's long list of single UIDs stays one statement with one parameter.
 */
final class UidSql {

    static final int MAX_RANGES_AS_OR = 32;

    private UidSql() {
    }

    static SqlFragment condition(String column, UidSet uids) {
        if (uids.isEmpty()) {
            return SqlFragment.of("false");
        }
        List<UidSet.Range> ranges = uids.ranges();
        if (ranges.size() <= MAX_RANGES_AS_OR) {
            StringBuilder sql = new StringBuilder("(");
            List<Object> params = new ArrayList<>();
            for (UidSet.Range r : ranges) {
                sql.append(params.isEmpty() ? "" : " OR ");
                if (r.first() == r.last()) {
                    sql.append(column).append(" = ?");
                    params.add(r.first());
                } else {
                    sql.append(column).append(" BETWEEN ? AND ?");
                    params.add(r.first());
                    params.add(r.last());
                }
            }
            return new SqlFragment(sql.append(')').toString(), params);
        }
        return SqlFragment.of("(" + column + " BETWEEN ? AND ? AND ?::int8multirange @> " + column + ")",
                ranges.get(0).first(), ranges.get(ranges.size() - 1).last(), multirange(uids));
    }

    /** PostgreSQL multirange literal with half-open ranges: {@code {[1,4),[7,8)}}. */
    static String multirange(UidSet uids) {
        StringBuilder b = new StringBuilder("{");
        for (UidSet.Range r : uids.ranges()) {
            b.append(b.length() == 1 ? "" : ",").append('[').append(r.first()).append(',').append(r.last() + 1).append(')');
        }
        return b.append('}').toString();
    }
}
