package dev.parley.mta.admin;

import dev.parley.mta.delivery.DeliveryController;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queue administration (issue 4, as the Sun MTA's {@code imsimta qm} and Postfix's {@code postqueue}/
 * {@code postsuper}): list, show, retry now, hold, release, bounce, delete; counts by state for the
 * metrics. Each action is one transaction and one log line; it changes only recipients that are not
 * being delivered right now ({@code delivering} rows belong to a worker until their outcome is recorded,
 * and an outcome never overwrites a row an administrator changed meanwhile).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRED)
public class QueueAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(QueueAdmin.class);
    public static final Set<String> STATES = Set.of("queued", "delivering", "delivered", "deferred", "failed", "held");
    /** The reply recorded for a recipient an administrator returned to its sender. */
    static final String BOUNCED = "554 5.0.0 returned to the sender by the postmaster";

    private static final String MESSAGE_COLUMNS = "m.queue_id, m.envelope_from, m.size, m.received_at, m.listener,"
            + " host(m.source_ip), m.auth_user";

    @Resource(lookup = "jdbc/parley")
    private DataSource dataSource;

    @EJB
    private DeliveryController controller;

    public QueueAdmin() {
    }

    /** Outside the container (tests): no controller to wake. */
    public QueueAdmin(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Messages, oldest first, that have a recipient in {@code state} (any state when null) whose address is
     * in {@code domain} (any when null).
     */
    public List<QueuedMessage> list(String state, String domain, int limit) {
        StringBuilder where = new StringBuilder("TRUE");
        List<Object> params = new ArrayList<>();
        if (state != null) {
            where.append(" AND r.state = ?");
            params.add(state);
        }
        if (domain != null) {
            where.append(" AND lower(split_part(r.address, '@', 2)) = ?");
            params.add(domain.toLowerCase(Locale.ROOT));
        }
        String sql = "SELECT " + MESSAGE_COLUMNS + " FROM mta.message m WHERE m.queue_id IN (SELECT r.queue_id FROM"
                + " mta.recipient r WHERE " + where + ") ORDER BY m.received_at, m.queue_id LIMIT ?";
        params.add(limit);
        try (Connection c = dataSource.getConnection()) {
            Map<String, QueuedMessage> messages = new LinkedHashMap<>();
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < params.size(); i++) {
                    ps.setObject(i + 1, params.get(i));
                }
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        QueuedMessage m = message(rs, List.of());
                        messages.put(m.queueId(), m);
                    }
                }
            }
            if (messages.isEmpty()) {
                return List.of();
            }
            Map<String, List<QueuedMessage.QueuedRecipient>> rcpts = recipients(c, messages.keySet().toArray(String[]::new));
            return messages.values().stream().map(m -> withRecipients(m, rcpts.getOrDefault(m.queueId(), List.of())))
                    .toList();
        } catch (SQLException e) {
            throw new IllegalStateException("listing the queue failed: " + e.getMessage(), e);
        }
    }

    public Optional<QueuedMessage> show(String queueId) {
        try (Connection c = dataSource.getConnection()) {
            return find(c, queueId);
        } catch (SQLException e) {
            throw new IllegalStateException("reading " + queueId + " failed: " + e.getMessage(), e);
        }
    }

    /** Queued and deferred recipients become due now (held ones stay held); empty when there is no such message. */
    public Optional<QueuedMessage> retry(String queueId) {
        return change(queueId, "retry", "UPDATE mta.recipient SET state = 'queued', next_attempt = now(), updated_at = now()"
                + " WHERE queue_id = ? AND state IN ('queued', 'deferred')", null, true);
    }

    /** Queued and deferred recipients are held: not tried until released. */
    public Optional<QueuedMessage> hold(String queueId) {
        return change(queueId, "hold", "UPDATE mta.recipient SET state = 'held', updated_at = now()"
                + " WHERE queue_id = ? AND state IN ('queued', 'deferred')", null, false);
    }

    /** Held recipients are queued again and due now. */
    public Optional<QueuedMessage> release(String queueId) {
        return change(queueId, "release", "UPDATE mta.recipient SET state = 'queued', next_attempt = now(), updated_at = now()"
                + " WHERE queue_id = ? AND state = 'held'", null, true);
    }

    /**
     * Recipients not yet delivered (queued, deferred, held) fail with {@value #BOUNCED}: the message is
     * returned to its sender by the non-delivery report of failed recipients.
     */
    public Optional<QueuedMessage> bounce(String queueId) {
        return change(queueId, "bounce", "UPDATE mta.recipient SET state = 'failed', last_reply = ?, updated_at = now()"
                + " WHERE queue_id = ? AND state IN ('queued', 'deferred', 'held')", BOUNCED, false);
    }

    /** Removes the message and its recipients without notice; false when there is no such message. */
    public boolean delete(String queueId) {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("DELETE FROM mta.message WHERE queue_id = ?")) {
            ps.setString(1, queueId);
            boolean deleted = ps.executeUpdate() > 0;   // recipients go with it (ON DELETE CASCADE)
            if (deleted) {
                LOG.info("{} deleted from the queue by the postmaster", queueId);
            }
            return deleted;
        } catch (SQLException e) {
            throw new IllegalStateException("deleting " + queueId + " failed: " + e.getMessage(), e);
        }
    }

    /** Recipient rows by state, every state present (zero when none): for the metrics. */
    public Map<String, Long> countsByState() {
        Map<String, Long> counts = new LinkedHashMap<>();
        STATES.stream().sorted().forEach(s -> counts.put(s, 0L));
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT state, count(*) FROM mta.recipient GROUP BY state");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                counts.put(rs.getString(1), rs.getLong(2));
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("counting the queue failed: " + e.getMessage(), e);
        }
    }

    private Optional<QueuedMessage> change(String queueId, String action, String sql, String reply, boolean wake) {
        int changed;
        Optional<QueuedMessage> after;
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement lock = c.prepareStatement("SELECT 1 FROM mta.message WHERE queue_id = ? FOR UPDATE")) {
                lock.setString(1, queueId);
                try (ResultSet rs = lock.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                int i = 1;
                if (reply != null) {
                    ps.setString(i++, reply);
                }
                ps.setString(i, queueId);
                changed = ps.executeUpdate();
            }
            if (reply != null && changed > 0) {
                try (PreparedStatement log = c.prepareStatement("INSERT INTO mta.delivery_log (queue_id, recipient, outcome,"
                        + " reply) SELECT queue_id, address, 'failed', last_reply FROM mta.recipient WHERE queue_id = ?"
                        + " AND state = 'failed' AND last_reply = ?")) {
                    log.setString(1, queueId);
                    log.setString(2, reply);
                    log.executeUpdate();
                }
            }
            after = find(c, queueId);
        } catch (SQLException e) {
            throw new IllegalStateException(action + " of " + queueId + " failed: " + e.getMessage(), e);
        }
        LOG.info("{} {} by the postmaster: {} recipient(s) changed", queueId, action, changed);
        if (wake && changed > 0 && controller != null) {
            controller.wake();
        }
        return after;
    }

    private Optional<QueuedMessage> find(Connection c, String queueId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + MESSAGE_COLUMNS + " FROM mta.message m WHERE m.queue_id = ?")) {
            ps.setString(1, queueId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                QueuedMessage m = message(rs, List.of());
                return Optional.of(withRecipients(m, recipients(c, new String[] {queueId}).getOrDefault(queueId, List.of())));
            }
        }
    }

    private static Map<String, List<QueuedMessage.QueuedRecipient>> recipients(Connection c, String[] queueIds)
            throws SQLException {
        Map<String, List<QueuedMessage.QueuedRecipient>> out = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT queue_id, id, address, state, attempts, next_attempt,"
                + " last_reply, expanded_from FROM mta.recipient WHERE queue_id = ANY (?) ORDER BY id")) {
            ps.setArray(1, c.createArrayOf("text", queueIds));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Timestamp next = rs.getTimestamp(6);
                    out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(new QueuedMessage.QueuedRecipient(
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                            next == null ? null : next.toInstant(), rs.getString(7), rs.getString(8)));
                }
            }
        }
        return out;
    }

    private static QueuedMessage message(ResultSet rs, List<QueuedMessage.QueuedRecipient> rcpts) throws SQLException {
        return new QueuedMessage(rs.getString(1), rs.getString(2), rs.getLong(3), rs.getTimestamp(4).toInstant(),
                rs.getString(5), rs.getString(6), rs.getString(7), rcpts);
    }

    private static QueuedMessage withRecipients(QueuedMessage m, List<QueuedMessage.QueuedRecipient> rcpts) {
        return new QueuedMessage(m.queueId(), m.envelopeFrom(), m.size(), m.receivedAt(), m.listener(), m.sourceIp(),
                m.authUser(), rcpts);
    }
}
