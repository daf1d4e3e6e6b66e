package dev.parley.mta.dsn;

import dev.parley.mail.dsn.DeliveryReport;
import dev.parley.mail.dsn.DsnAction;
import dev.parley.mail.dsn.DsnRecipient;
import dev.parley.mta.queue.Attempt;
import dev.parley.mta.queue.Claimed;
import dev.parley.mta.queue.MtaQueue;
import dev.parley.mta.queue.NewMessage;
import dev.parley.mta.queue.Outcome;
import dev.parley.mta.queue.QueueId;
import dev.parley.mta.queue.RetrySchedule;
import dev.parley.store.blob.BlobRef;
import dev.parley.store.blob.BlobStore;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivery status notifications for the job controller (RFC 3461, RFC 3464; ADR 0042): after a batch,
 * failures, delays past each of {@code parley.mta.delay-warnings} and — when NOTIFY=SUCCESS was asked —
 * deliveries are reported to the envelope sender in one multipart/report per message and kind, queued
 * like any other message from {@code <>} (so it reaches a local INBOX by local delivery and a remote
 * sender by remote delivery). Never for the null sender; never when NOTIFY=NEVER; without NOTIFY,
 * failures and delays are reported (§4.1 leaves the default to us).
 */
public final class Notifier {

    private static final Logger LOG = LoggerFactory.getLogger(Notifier.class);
    private static final Pattern HOP = Pattern.compile("\\(([^()\\s,]+):\\d+(, DSN passed on)?\\)$");

    private final DataSource dataSource;
    private final MtaQueue queue;
    private final BlobStore blobs;
    private final String hostname;
    private final Clock clock;

    public Notifier(DataSource dataSource, MtaQueue queue, BlobStore blobs, String hostname, Clock clock) {
        this.dataSource = dataSource;
        this.queue = queue;
        this.blobs = blobs;
        this.hostname = hostname;
        this.clock = clock;
    }

    /**
     * Works out what to report for these attempts; reads the RFC 3461 parameters from the queue, so it runs
     * before the attempts are recorded (a fully delivered message's rows go then).
     */
    public List<Notice> prepare(List<Attempt> attempts, RetrySchedule schedule, Duration maxAge) {
        Instant now = clock.instant();
        List<Attempt> candidates = attempts.stream().filter(a -> !a.recipient().envelopeFrom().isEmpty())
                .filter(a -> switch (a.outcome().kind()) {
                    case FAILED, DELIVERED -> true;
                    case DEFERRED -> schedule.warningsDue(Duration.between(a.recipient().receivedAt(), now)) > 0;
                    default -> false;
                }).toList();
        if (candidates.isEmpty()) {
            return List.of();
        }
        Map<Long, DsnParameters> params;
        try {
            params = DsnParameters.read(dataSource, candidates.stream().map(a -> a.recipient().id()).toList());
        } catch (SQLException e) {
            LOG.error("mta: DSN parameters of {} recipient(s) unreadable, no notifications: {}", candidates.size(),
                    e.toString());
            return List.of();
        }
        List<Notice> out = new ArrayList<>();
        for (Attempt a : candidates) {
            DsnParameters p = params.get(a.recipient().id());
            if (p == null || p.notifyOn().contains("NEVER")) {
                continue;
            }
            Claimed r = a.recipient();
            Outcome o = a.outcome();
            boolean asked = p.notifyOn().isEmpty();
            switch (o.kind()) {
                case FAILED -> {
                    if (asked || p.notifyOn().contains("FAILURE")) {
                        out.add(new Notice(r, DsnAction.FAILED, o.reply(), p.orcpt(), p.envId(), p.ret(), 0));
                    }
                }
                case DELIVERED -> {
                    // RFC 3461 §4.1/§6.2: a DSN-capable next hop that got NOTIFY reports success itself
                    if (p.notifyOn().contains("SUCCESS") && !passedOn(o.reply())) {
                        // RFC 3464 §2.3.3: "relayed" when the next hop is another MTA that was not asked for DSNs
                        DsnAction act = HOP.matcher(o.reply()).find() ? DsnAction.RELAYED : DsnAction.DELIVERED;
                        out.add(new Notice(r, act, o.reply(), p.orcpt(), p.envId(), p.ret(), 0));
                    }
                }
                case DEFERRED -> {
                    int due = schedule.warningsDue(Duration.between(r.receivedAt(), now));
                    if ((asked || p.notifyOn().contains("DELAY")) && due > p.warnings()) {
                        out.add(new Notice(r, DsnAction.DELAYED, o.reply(), p.orcpt(), p.envId(), p.ret(), due));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    /**
     * Queues one report per message and kind; returns how many were queued. Runs after the attempts are
     * recorded. A crash in between loses the notification (it is not retried): reports are at most once.
     */
    public int send(List<Notice> notices, Duration maxAge) {
        Map<String, List<Notice>> groups = new LinkedHashMap<>();
        for (Notice n : notices) {
            groups.computeIfAbsent(n.recipient().queueId() + " " + n.action(), k -> new ArrayList<>()).add(n);
        }
        int sent = 0;
        for (List<Notice> group : groups.values()) {
            Notice first = group.get(0);
            Claimed r = first.recipient();
            try {
                List<DsnRecipient> rcpts = group.stream().map(n -> new DsnRecipient(n.recipient().address(), n.orcpt(),
                        n.action(), n.reply(), remoteMta(n.reply()),
                        n.action() == DsnAction.DELAYED ? r.receivedAt().plus(maxAge) : null)).toList();
                DeliveryReport report = new DeliveryReport(hostname, r.envelopeFrom(), first.envId(), r.receivedAt(),
                        first.ret(), rcpts);
                byte[] octets;
                try (InputStream original = blobs.open(r.blob())) {
                    octets = report.render(clock.instant(), original);
                }
                BlobRef blob = blobs.put(new ByteArrayInputStream(octets));
                String id = QueueId.next(clock);
                queue.enqueue(new NewMessage(id, "", null, null, "8bitmime", false, blob, "internal", null, null, null,
                        List.of(new NewMessage.NewRecipient(r.envelopeFrom(), null, Set.of()))));
                if (first.action() == DsnAction.DELAYED) {
                    recordWarnings(group);
                }
                LOG.info("{} dsn={} to=<{}> for={} queued as {}", r.queueId(), first.action().value(), r.envelopeFrom(),
                        group.size(), id);
                sent++;
            } catch (Exception e) {
                LOG.error("{}: {} notification to <{}> not queued: {}", r.queueId(), first.action().value(),
                        r.envelopeFrom(), e.toString());
            }
        }
        return sent;
    }

    private void recordWarnings(List<Notice> group) throws SQLException {
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("UPDATE mta.recipient SET delay_warnings = ? WHERE id = ?")) {
            for (Notice n : group) {
                ps.setInt(1, n.warnings());
                ps.setLong(2, n.recipient().id());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The remote reply of a relay to a next hop that took the RFC 3461 parameters (remote delivery marks it). */
    static boolean passedOn(String reply) {
        Matcher m = HOP.matcher(reply);
        return m.find() && m.group(2) != null;
    }

    static String remoteMta(String reply) {
        Matcher m = HOP.matcher(reply);
        return m.find() ? m.group(1) : null;
    }
}
