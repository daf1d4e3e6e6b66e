package dev.parley.store.mail;

import java.util.List;

/** A piece of SQL with its parameters in order, for composing WHERE clauses and SET lists. */
record SqlFragment(String sql, List<Object> params) {

    SqlFragment {
        params = List.copyOf(params);
    }

    static SqlFragment of(String sql, Object... params) {
        return new SqlFragment(sql, List.of(params));
    }

    Object[] paramsWith(Object... before) {
        Object[] all = new Object[before.length + params.size()];
        System.arraycopy(before, 0, all, 0, before.length);
        for (int i = 0; i < params.size(); i++) {
            all[before.length + i] = params.get(i);
        }
        return all;
    }
}
