package dev.parley.contacts;

import dev.parley.contacts.api.ContactsException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The contacts SQL on one connection (the transaction's), in the style of the message store's
 * {@code Jdbc} (plain JDBC, ADR 0020) but failing with {@link ContactsException}: unique violations
 * become EXISTS/UID_CONFLICT, anything else UNAVAILABLE.
 */
final class Sql {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    Sql(Connection connection) {
        this.connection = connection;
    }

    <T> List<T> list(String sql, Row<T> row, Object... params) {
        try (PreparedStatement ps = prepare(sql, params); ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    long number(String sql, Object... params) {
        return one(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(sql, e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < params.length; i++) {
                Object value = params[i];
                if (value instanceof Instant instant) {
                    ps.setObject(i + 1, instant.atOffset(ZoneOffset.UTC));
                } else if (value instanceof String[] strings) {
                    ps.setArray(i + 1, connection.createArrayOf("text", strings));
                } else if (value instanceof Long[] longs) {
                    ps.setArray(i + 1, connection.createArrayOf("bigint", longs));
                } else {
                    ps.setObject(i + 1, value);
                }
            }
            return ps;
        } catch (SQLException | RuntimeException e) {
            ps.close();
            throw e;
        }
    }

    static String[] strings(ResultSet rs, String column) throws SQLException {
        java.sql.Array array = rs.getArray(column);
        return array == null ? new String[0] : (String[]) array.getArray();
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static ContactsException failure(String sql, SQLException e) {
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        if (state.equals("23505")) {
            boolean uid = e.getMessage() != null && e.getMessage().contains("card_uid_uk");
            return new ContactsException(uid ? ContactsException.Kind.UID_CONFLICT : ContactsException.Kind.EXISTS,
                    uid ? "another card in this address book has the same UID" : "already exists", e);
        }
        if (state.equals("23514")) {
            return new ContactsException(ContactsException.Kind.BAD_REQUEST, "not accepted: " + e.getMessage(), e);
        }
        return new ContactsException(ContactsException.Kind.UNAVAILABLE, "contacts database failed (" + state + "): "
                + e.getMessage() + " in: " + sql.strip().lines().findFirst().orElse(""), e);
    }
}
