package dev.parley.mta.admin;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.util.Map;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Queue counts by state in {@code /metrics} (MicroProfile Metrics; Prometheus
 * {@code parley_mta_queue_recipients{state="deferred"}}): one gauge per recipient state. One query
 * answers all states, at most every {@value #MAX_AGE_MILLIS} ms however often the metrics are scraped.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class QueueMetrics {

    private static final Logger LOG = LoggerFactory.getLogger(QueueMetrics.class);
    static final long MAX_AGE_MILLIS = 5_000;
    private static final Metadata RECIPIENTS = Metadata.builder().withName("parley.mta.queue.recipients")
            .withDescription("MTA queue recipients by state (queued, delivering, deferred, held, failed, delivered)").build();

    @EJB
    private QueueAdmin queue;

    @Inject
    private MetricRegistry registry;

    private volatile Map<String, Long> counts = Map.of();
    private volatile long countedAt;

    @PostConstruct
    void register() {
        for (String state : QueueAdmin.STATES) {
            registry.gauge(RECIPIENTS, this, m -> m.count(state), new Tag("state", state));
        }
    }

    long count(String state) {
        long now = System.currentTimeMillis();
        if (now - countedAt > MAX_AGE_MILLIS) {
            synchronized (this) {
                if (now - countedAt > MAX_AGE_MILLIS) {
                    try {
                        counts = queue.countsByState();
                    } catch (RuntimeException e) {
                        LOG.warn("queue metrics: counting failed: {}", e.toString());
                    }
                    countedAt = now;
                }
            }
        }
        return counts.getOrDefault(state, 0L);
    }
}
