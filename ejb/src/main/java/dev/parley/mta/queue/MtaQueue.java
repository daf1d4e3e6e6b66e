package dev.parley.mta.queue;

import dev.parley.store.blob.BlobRef;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The committed queue ({@code mta} schema, V20). Each method is one short container transaction over
 * plain JDBC (like the store, ADR 0020: set-oriented SQL, {@code SKIP LOCKED}, no entity cache). No
 * method does network or blob I/O: the blob is durable before {@link #enqueue} is called.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class MtaQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MtaQueue.class);

    private static final String INSERT_MESSAGE = "INSERT INTO mta.message (queue_id, envelope_from, env_id, ret,"
            + " body_type, smtputf8, blob_sha256, size, listener, source_ip, helo, auth_user)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::inet, ?, ?)";
    private static final String INSERT_RECIPIENT = "INSERT INTO mta.recipient (queue_id, address, orcpt, notify,"
            + " expanded_from) VALUES (?, ?, ?, ?, ?)";
    private static final String INSERT_CHILD = "INSERT INTO mta.recipient (queue_id, address, orcpt, notify,"
            + " expanded_from) SELECT ?, ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM mta.recipient"
            + " WHERE queue_id = ? AND lower(address) = lower(?))";
    private static final String CLAIM = "UPDATE mta.recipient r SET state = 'delivering', attempts = r.attempts + 1,"
            + " next_attempt = now() + make_interval(secs => ?), lease_owner = ?, updated_at = now()"
            + " FROM mta.message m WHERE m.queue_id = r.queue_id AND r.id IN ("
            + " SELECT id FROM mta.recipient WHERE state IN ('queued', 'deferred', 'delivering') AND next_attempt <= now()"
            + " %s ORDER BY next_attempt LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " RETURNING r.id, r.queue_id, r.address, r.attempts, r.expanded_from, m.envelope_from, m.blob_sha256,"
            + " m.size, m.received_at";

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    public MtaQueue() {
    }

    /** Outside the container (tests). */
    public MtaQueue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Inserts the message and its recipients; returns the recipient ids in the given order. */
    public List<Long> enqueue(NewMessage m) {
        return enqueueAll(List.of(m)).get(0);
    }

    /**
     * Inserts several messages and their recipients in this one transaction (group commit, ADR 0045):
     * one commit, one WAL flush for all. Returns each message's recipient ids in the given order.
     */
    public List<List<Long>> enqueueAll(List<NewMessage> messages) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement ps = c.prepareStatement(INSERT_MESSAGE)) {
                for (NewMessage m : messages) {
                    ps.setString(1, m.queueId());
                    ps.setString(2, m.envelopeFrom());
                    ps.setString(3, m.envId());
                    ps.setString(4, m.ret());
                    ps.setString(5, m.bodyType());
                    ps.setBoolean(6, m.smtpUtf8());
                    ps.setString(7, m.blob().sha256());
                    ps.setLong(8, m.blob().size());
                    ps.setString(9, m.listener());
                    ps.setString(10, m.sourceIp());
                    ps.setString(11, m.helo());
                    ps.setString(12, m.authUser());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            List<List<Long>> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(INSERT_RECIPIENT, new String[] {"id"})) {
                for (NewMessage m : messages) {
                    for (NewMessage.NewRecipient r : m.recipients()) {
                        ps.setString(1, m.queueId());
                        ps.setString(2, r.address());
                        ps.setString(3, r.orcpt());
                        ps.setArray(4, c.createArrayOf("text", r.notifyOn().toArray(String[]::new)));
                        ps.setNull(5, Types.VARCHAR);
                        ps.addBatch();
                    }
                }
                ps.executeBatch();
                // pgjdbc returns the generated keys of a batch in statement order
                try (ResultSet keys = ps.getGeneratedKeys()) {
                    for (NewMessage m : messages) {
                        List<Long> own = new ArrayList<>(m.recipients().size());
                        for (int i = 0; i < m.recipients().size(); i++) {
                            if (!keys.next()) {
                                throw new SQLException("fewer generated ids than recipients");
                            }
                            own.add(keys.getLong(1));
                        }
                        ids.add(own);
                    }
                }
            }
            return ids;
        } catch (SQLException e) {
            throw new IllegalStateException("queueing " + messages.size() + " message(s) failed: " + e.getMessage(), e);
        }
    }

    /**
     * Leases up to {@code limit} due recipients ({@code FOR UPDATE SKIP LOCKED}, so several workers and
     * nodes never take the same row). The lease is {@code next_attempt}: a worker that dies leaves the row
     * {@code delivering}, and it is due again when the lease runs out.
     */
    public List<Claimed> claim(int limit, long leaseSeconds) {
        return claim(String.format(CLAIM, ""), limit, leaseSeconds, null);
    }

    /** Leases these recipients only (LMTP's immediate delivery); rows already taken are skipped. */
    public List<Claimed> claimIds(List<Long> ids, long leaseSeconds) {
        return claim(String.format(CLAIM, "AND id = ANY (?)"), ids.size(), leaseSeconds, ids);
    }

    private List<Claimed> claim(String sql, int limit, long leaseSeconds, List<Long> ids) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            relaxCommit(c);
            int i = 1;
            ps.setLong(i++, leaseSeconds);
            ps.setString(i++, LeaseOwner.CURRENT);
            if (ids != null) {
                ps.setArray(i++, c.createArrayOf("bigint", ids.toArray()));
            }
            ps.setInt(i, limit);
            List<Claimed> out = new ArrayList<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Claimed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getString(5),
                            rs.getString(6), new BlobRef(rs.getString(7), rs.getLong(8)), rs.getTimestamp(9).toInstant()));
                }
            }
            return out;
        } catch (SQLException e) {
            throw new IllegalStateException("claiming due recipients failed: " + e.getMessage(), e);
        }
    }

    /**
     * Records one attempt: the row's new state, the children it expanded to, one log line; and once every
     * recipient of the message is delivered, drops the message row (the log keeps the history).
     * {@code nextAttempt} is used for DEFERRED only.
     */
    public void finish(Claimed r, Outcome outcome, Instant nextAttempt) {
        finishAll(List.of(new Attempt(r, outcome, nextAttempt)));
    }

    /**
     * Records several attempts in this one transaction (the job controller's batch, ADR 0045). The
     * message rows are locked first, in queue-id order, which serialises the finishers of one message (so
     * exactly one sees "all delivered") without deadlocks between batches.
     */
    public void finishAll(List<Attempt> attempts) {
        if (attempts.isEmpty()) {
            return;
        }
        try (Connection c = dataSource.getConnection()) {
            relaxCommit(c);
            String[] queueIds = attempts.stream().map(a -> a.recipient().queueId()).distinct().sorted()
                    .toArray(String[]::new);
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM mta.message WHERE queue_id = ANY (?)"
                    + " ORDER BY queue_id FOR UPDATE")) {
                ps.setArray(1, c.createArrayOf("text", queueIds));
                ps.executeQuery().close();
            }
            // "AND state = 'delivering'": a row the postmaster held, bounced or retried meanwhile keeps that
            try (PreparedStatement ps = c.prepareStatement("UPDATE mta.recipient SET state = ?, last_reply = ?,"
                    + " next_attempt = coalesce(?, next_attempt), updated_at = now() WHERE id = ? AND state = 'delivering'")) {
                for (Attempt a : attempts) {
                    Outcome outcome = a.outcome();
                    ps.setString(1, state(outcome));
                    ps.setString(2, outcome.reply());
                    ps.setTimestamp(3, outcome.kind() == Outcome.Kind.DEFERRED ? Timestamp.from(a.nextAttempt()) : null);
                    ps.setLong(4, a.recipient().id());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            if (attempts.stream().anyMatch(a -> !a.outcome().children().isEmpty())) {
                insertChildren(c, attempts);
            }
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO mta.delivery_log (queue_id, recipient,"
                    + " delivered_to, outcome, reply) VALUES (?, ?, ?, ?, ?)")) {
                for (Attempt a : attempts) {
                    ps.setString(1, a.recipient().queueId());
                    ps.setString(2, a.recipient().address());
                    ps.setString(3, a.outcome().deliveredTo());
                    ps.setString(4, a.outcome().kind().name().toLowerCase(java.util.Locale.ROOT));
                    ps.setString(5, a.outcome().reply());
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            String[] done = attempts.stream().filter(a -> a.outcome().done()).map(a -> a.recipient().queueId())
                    .distinct().toArray(String[]::new);
            if (done.length > 0) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM mta.message m WHERE queue_id = ANY (?)"
                        + " AND NOT EXISTS (SELECT 1 FROM mta.recipient r WHERE r.queue_id = m.queue_id"
                        + " AND r.state <> 'delivered')")) {
                    ps.setArray(1, c.createArrayOf("text", done));
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("recording " + attempts.size() + " outcome(s) failed: " + e.getMessage(), e);
        }
    }

    /**
     * The recipients that aliases, groups and Sieve redirects expanded to. An address that already is a
     * recipient of the same message is not added again: that cuts redirect loops (A redirects to B, B back
     * to A; RFC 5228 §4.2 asks for loop control) and delivers a message once to an address reached twice.
     */
    private static void insertChildren(Connection c, List<Attempt> attempts) throws SQLException {
        List<String[]> added = new java.util.ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(INSERT_CHILD)) {
            for (Attempt a : attempts) {
                for (String child : a.outcome().children()) {
                    ps.setString(1, a.recipient().queueId());
                    ps.setString(2, child);
                    ps.setNull(3, Types.VARCHAR);
                    ps.setArray(4, c.createArrayOf("text", new String[0]));
                    ps.setString(5, a.recipient().address());
                    ps.setString(6, a.recipient().queueId());
                    ps.setString(7, child);
                    ps.addBatch();
                    added.add(new String[] {a.recipient().queueId(), a.recipient().address(), child});
                }
            }
            int[] counts = ps.executeBatch();
            for (int i = 0; i < counts.length; i++) {
                if (counts[i] == 0) {
                    String[] x = added.get(i);
                    LOG.warn("{}: <{}> expanded or redirected to <{}>, already a recipient of this message: not added"
                            + " again (loop)", x[0], x[1], x[2]);
                }
            }
        }
    }

    private static String state(Outcome outcome) {
        return switch (outcome.kind()) {
            case DELIVERED, EXPANDED, DISCARDED -> "delivered";
            case DEFERRED -> "deferred";
            case FAILED -> "failed";
        };
    }

    /**
     * At start: rows this node leased in an earlier run (it crashed or was killed while delivering them)
     * are due now rather than when their lease runs out. Returns how many.
     */
    public int releaseStaleLeases() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE mta.recipient SET next_attempt = now(), updated_at = now()"
                     + " WHERE state = 'delivering' AND lease_owner LIKE ? AND lease_owner <> ?")) {
            ps.setString(1, LeaseOwner.NODE.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + ":%");
            ps.setString(2, LeaseOwner.CURRENT);
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("releasing stale leases failed: " + e.getMessage(), e);
        }
    }

    /**
     * Leases and outcomes need not wait for the WAL flush: losing one in a crash only means the recipient
     * is tried again (delivery is at-least-once, ADR 0040), never that a message is lost. The enqueue —
     * what the {@code 250} promises — stays fully synchronous.
     */
    private static void relaxCommit(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SET LOCAL synchronous_commit = off")) {
            ps.execute();
        }
    }
}
