package dev.parley.store.mail;

import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.FlagMode;
import dev.parley.store.mail.api.Flags;
import java.util.ArrayList;
import java.util.List;

/**
 * RFC 9051 §6.4.6 STORE as SQL: the new value of each flag column for +FLAGS / -FLAGS / FLAGS, and
 * a predicate that is true only where the value changes, so that messages whose flags stay the same
 * keep their modseq (RFC 7162 §3.1.3: the modseq changes when the metadata changes).
 */
final class FlagSql {

    /** {@code SET} list and the matching "would change" predicate, sharing the parameter order. */
    record Update(SqlFragment set, SqlFragment changes) { }

    private FlagSql() {
    }

    static Update of(FlagMode mode, Flags flags) {
        List<String> sets = new ArrayList<>();
        List<String> differs = new ArrayList<>();
        List<Object> setParams = new ArrayList<>();
        List<Object> differParams = new ArrayList<>();
        for (Flag flag : Flag.values()) {
            Boolean value = switch (mode) {
                case ADD -> flags.has(flag) ? Boolean.TRUE : null;
                case REMOVE -> flags.has(flag) ? Boolean.FALSE : null;
                case REPLACE -> flags.has(flag);
            };
            if (value != null) {
                sets.add(flag.column() + " = " + value);
                differs.add(flag.column() + " <> " + value);
            }
        }
        String[] keywords = flags.keywords().toArray(String[]::new);
        String keywordExpr = switch (mode) {
            case ADD -> keywords.length == 0 ? null
                    : "ARRAY(SELECT DISTINCT k FROM unnest(keywords || ?::text[]) k ORDER BY k)";
            case REMOVE -> keywords.length == 0 ? null
                    : "ARRAY(SELECT k FROM unnest(keywords) k WHERE k <> ALL (?::text[]) ORDER BY k)";
            case REPLACE -> "?::text[]";
        };
        if (keywordExpr != null) {
            sets.add("keywords = " + keywordExpr);
            setParams.add(keywords);
            differs.add("keywords IS DISTINCT FROM " + keywordExpr);
            differParams.add(keywords);
        }
        String changes = differs.isEmpty() ? "false" : "(" + String.join(" OR ", differs) + ")";
        return new Update(new SqlFragment(String.join(", ", sets), setParams), new SqlFragment(changes, differParams));
    }
}
