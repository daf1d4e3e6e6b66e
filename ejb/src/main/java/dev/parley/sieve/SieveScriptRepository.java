package dev.parley.sieve;

import dev.parley.mail.managesieve.backend.ScriptException;
import dev.parley.mail.managesieve.backend.ScriptInfo;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * SQL over {@code mail.sieve_script} (V30) on the caller's connection, inside the caller's
 * transaction. Quotas are checked under a per-account transaction-scoped advisory lock so that two
 * concurrent uploads cannot both take the last slot.
 */
final class SieveScriptRepository {

    /** First key of the two-int advisory lock: the ASCII of "SIEV", to stay out of others' way. */
    private static final int LOCK_CLASS = 0x53494556;

    private final Connection c;

    SieveScriptRepository(Connection c) {
        this.c = c;
    }

    List<ScriptInfo> list(long account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT name, active FROM mail.sieve_script WHERE account_id = ? ORDER BY name")) {
            ps.setLong(1, account);
            List<ScriptInfo> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new ScriptInfo(rs.getString(1), rs.getBoolean(2)));
                }
            }
            return out;
        }
    }

    Optional<String> content(long account, String name) throws SQLException {
        return single("SELECT content FROM mail.sieve_script WHERE account_id = ? AND name = ?", account, name);
    }

    Optional<String> activeContent(long account) throws SQLException {
        return single("SELECT content FROM mail.sieve_script WHERE account_id = ? AND active", account, null);
    }

    private Optional<String> single(String sql, long account, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, account);
            if (name != null) {
                ps.setString(2, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }

    void lock(long account) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT pg_advisory_xact_lock(?, ?)")) {
            ps.setInt(1, LOCK_CLASS);
            ps.setInt(2, Long.hashCode(account));
            ps.execute();
        }
    }

    /** HAVESPACE and PUTSCRIPT's quota check; replacing a script does not take a new slot. */
    void checkSpace(long account, String name, long octets, SieveSettings limits) throws SQLException, ScriptException {
        if (octets > limits.maxScriptBytes()) {
            throw new ScriptException(ScriptException.Kind.MAX_SIZE, "Script too large: " + octets + " octets (limit "
                    + limits.maxScriptBytes() + ")");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*), count(*) FILTER (WHERE name = ?) FROM mail.sieve_script WHERE account_id = ?")) {
            ps.setString(1, name);
            ps.setLong(2, account);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                if (rs.getLong(2) == 0 && rs.getLong(1) >= limits.maxScripts()) {
                    throw new ScriptException(ScriptException.Kind.MAX_SCRIPTS, "Too many scripts (limit "
                            + limits.maxScripts() + ")");
                }
            }
        }
    }

    void put(long account, String name, String content) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO mail.sieve_script (account_id, name, content, size_bytes)"
                + " VALUES (?, ?, ?, ?) ON CONFLICT (account_id, name) DO UPDATE"
                + " SET content = excluded.content, size_bytes = excluded.size_bytes, updated_at = now()")) {
            ps.setLong(1, account);
            ps.setString(2, name);
            ps.setString(3, content);
            ps.setInt(4, content.getBytes(StandardCharsets.UTF_8).length);
            ps.executeUpdate();
        }
    }

    /** Deactivates first, so the partial unique index never sees two active rows. */
    void setActive(long account, String name) throws SQLException, ScriptException {
        if (name != null && content(account, name).isEmpty()) {
            throw new ScriptException(ScriptException.Kind.NONEXISTENT, null);
        }
        update("UPDATE mail.sieve_script SET active = false WHERE account_id = ? AND active AND name IS DISTINCT FROM ?",
                account, name);
        if (name != null) {
            update("UPDATE mail.sieve_script SET active = true WHERE account_id = ? AND name = ?", account, name);
        }
    }

    void delete(long account, String name) throws SQLException, ScriptException {
        try (PreparedStatement ps = c.prepareStatement("SELECT active FROM mail.sieve_script WHERE account_id = ? AND name = ?")) {
            ps.setLong(1, account);
            ps.setString(2, name);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    throw new ScriptException(ScriptException.Kind.NONEXISTENT, null);
                }
                if (rs.getBoolean(1)) {
                    throw new ScriptException(ScriptException.Kind.ACTIVE, null);
                }
            }
        }
        update("DELETE FROM mail.sieve_script WHERE account_id = ? AND name = ?", account, name);
    }

    void rename(long account, String from, String to) throws SQLException, ScriptException {
        if (content(account, from).isEmpty()) {
            throw new ScriptException(ScriptException.Kind.NONEXISTENT, null);
        }
        if (!from.equals(to) && content(account, to).isPresent()) {
            throw new ScriptException(ScriptException.Kind.ALREADY_EXISTS, null);
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE mail.sieve_script SET name = ?, updated_at = now() WHERE account_id = ? AND name = ?")) {
            ps.setString(1, to);
            ps.setLong(2, account);
            ps.setString(3, from);
            ps.executeUpdate();
        }
    }

    private void update(String sql, long account, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, account);
            ps.setString(2, name);
            ps.executeUpdate();
        }
    }
}
