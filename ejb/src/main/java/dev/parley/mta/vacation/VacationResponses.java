package dev.parley.mta.vacation;

import dev.parley.mail.sieve.VacationTracker;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Locale;
import javax.sql.DataSource;

/**
 * The RFC 5230 §4.1/§4.2 response tracking of all accounts in {@code mta.vacation_response} (V26): one row
 * per account, handle and sender with the time of the last reply. {@link #of} gives one account's
 * {@link VacationTracker} for a Sieve run. Plain JDBC, autocommit: a recorded reply is kept even when the
 * delivery that made it is retried (so the retry does not answer again).
 */
public final class VacationResponses {

    /** RFC 5230 §4.1 lets the site bound :days; rows older than this can never suppress a reply. */
    public static final Duration LONGEST_PERIOD = Duration.ofDays(365);

    private final DataSource dataSource;

    public VacationResponses(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The tracker of one account. */
    public VacationTracker of(long accountId) {
        return new VacationTracker() {
            @Override
            public boolean respondedWithin(String sender, String handle, Duration period) {
                return VacationResponses.this.respondedWithin(accountId, sender, handle, period);
            }

            @Override
            public void record(String sender, String handle, Duration period) {
                VacationResponses.this.record(accountId, sender, handle);
            }
        };
    }

    boolean respondedWithin(long accountId, String sender, String handle, Duration period) {
        if (period.isZero() || period.isNegative()) {
            return false; // RFC 6131 §2 :seconds 0: always answer
        }
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mta.vacation_response WHERE account_id = ?"
                     + " AND handle = ? AND sender = ? AND replied_at > now() - make_interval(secs => ?)")) {
            ps.setLong(1, accountId);
            ps.setString(2, handle);
            ps.setString(3, key(sender));
            ps.setDouble(4, period.toSeconds());
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("vacation responses unreadable: " + e.getMessage(), e);
        }
    }

    void record(long accountId, String sender, String handle) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("INSERT INTO mta.vacation_response (account_id, handle, sender)"
                     + " VALUES (?, ?, ?) ON CONFLICT (account_id, handle, sender) DO UPDATE SET replied_at = now()")) {
            ps.setLong(1, accountId);
            ps.setString(2, handle);
            ps.setString(3, key(sender));
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("vacation response not recorded: " + e.getMessage(), e);
        }
    }

    /** Deletes rows that no period can reach any more; returns how many. */
    public int purge() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM mta.vacation_response"
                     + " WHERE replied_at < now() - make_interval(days => ?)")) {
            ps.setInt(1, (int) LONGEST_PERIOD.toDays());
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("vacation responses not purged: " + e.getMessage(), e);
        }
    }

    /** RFC 5321 §2.4: local parts may be case-sensitive, but no one answers one sender twice for case. */
    private static String key(String sender) {
        return sender.toLowerCase(Locale.ROOT);
    }
}
