package dev.parley.calendar.store;

import dev.parley.calendar.api.CalendarException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Prepared statements on one connection, failures as {@link CalendarException} (UNAVAILABLE, or EXISTS on a unique violation). */
final class Db {

    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    private final Connection connection;

    Db(Connection connection) {
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
            throw failure(e);
        }
    }

    <T> Optional<T> one(String sql, Row<T> row, Object... params) {
        List<T> rows = list(sql, row, params);
        return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
    }

    int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    private PreparedStatement prepare(String sql, Object... params) throws SQLException {
        PreparedStatement ps = connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object v = params[i];
            if (v instanceof String[] strings) {
                ps.setArray(i + 1, connection.createArrayOf("text", strings));
            } else {
                ps.setObject(i + 1, v);
            }
        }
        return ps;
    }

    private static CalendarException failure(SQLException e) {
        if ("23505".equals(e.getSQLState())) {
            return new CalendarException(CalendarException.Kind.EXISTS, null, "already exists");
        }
        return new CalendarException(CalendarException.Kind.UNAVAILABLE, null, "database: " + e.getMessage());
    }
}
