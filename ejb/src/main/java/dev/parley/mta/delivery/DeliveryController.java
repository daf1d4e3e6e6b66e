package dev.parley.mta.delivery;

import dev.parley.mail.sieve.Sieve;
import dev.parley.mta.MtaSettings;
import dev.parley.mta.queue.Backoff;
import dev.parley.mta.queue.Claimed;
import dev.parley.mta.queue.MtaQueue;
import dev.parley.mta.queue.Outcome;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobStore;
import dev.parley.store.mail.api.MessageStore;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * The job controller (as in the Sun MTA): a bounded pool of delivery workers on container-managed
 * threads that lease due recipients from the queue ({@code FOR UPDATE SKIP LOCKED}), deliver them and
 * record the outcome. Woken at once when a message is queued, and every {@code parley.mta.poll-seconds}
 * for retries and for rows whose lease ran out (a crash mid-delivery).
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class DeliveryController {

    private static final Logger LOG = LoggerFactory.getLogger(DeliveryController.class);
    private static final int BATCH = 16;
    /** How long a leased row stays with its worker before another may take it. */
    private static final long LEASE_SECONDS = 300;

    @Resource
    private ManagedThreadFactory threadFactory;

    @EJB
    private MtaQueue queue;

    @EJB
    private Directory directory;

    @EJB
    private MessageStore store;

    @Inject
    private BlobStore blobs;

    @Inject
    private Config config;

    private MtaSettings settings;
    private LocalDelivery delivery;
    private ExecutorService workers;
    private ScheduledExecutorService ticker;
    private final AtomicInteger running = new AtomicInteger();
    private final AtomicBoolean pending = new AtomicBoolean();
    private volatile boolean stopping;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        settings = MtaSettings.from(config);
        Sieve sieve = new Sieve();
        delivery = new LocalDelivery(directory, store, blobs, new SiteSieveScripts(sieve, settings.siteSieve()), sieve,
                settings.maxHops(), settings.overQuotaPermanent());
        workers = Executors.newFixedThreadPool(settings.deliveryThreads(), threadFactory);
        ticker = Executors.newSingleThreadScheduledExecutor(threadFactory);
        long poll = Math.max(1, settings.poll().toSeconds());
        ticker.scheduleWithFixedDelay(this::wake, 1, poll, TimeUnit.SECONDS);
        LOG.info("mta: job controller started, {} delivery threads, polling every {} s", settings.deliveryThreads(), poll);
    }

    /** Something may be due: start a worker if fewer than the limit are running. Never blocks. */
    public void wake() {
        pending.set(true);
        while (!stopping) {
            int n = running.get();
            if (n >= settings.deliveryThreads()) {
                return; // a running worker sees 'pending' before it stops
            }
            if (running.compareAndSet(n, n + 1)) {
                workers.execute(this::drain);
                return;
            }
        }
    }

    private void drain() {
        try {
            while (!stopping) {
                pending.set(false);
                List<Claimed> batch = queue.claim(BATCH, LEASE_SECONDS);
                if (batch.isEmpty()) {
                    if (!pending.get()) {
                        return;
                    }
                    continue;
                }
                if (batch.size() == BATCH) {
                    wake(); // more may be due: let another worker help
                }
                for (Claimed r : batch) {
                    deliverOne(r);
                }
            }
        } catch (RuntimeException e) {
            LOG.error("mta: delivery worker stopped: {}", e.toString());
        } finally {
            running.decrementAndGet();
        }
    }

    /**
     * LMTP (RFC 2033 §4.2): delivers these just-queued recipients now, on the caller's thread, and
     * returns their outcomes in order; a row another worker already took reports as deferred.
     */
    public List<Outcome> deliverNow(List<Long> recipientIds) {
        List<Claimed> claimed = queue.claimIds(recipientIds, LEASE_SECONDS);
        List<Outcome> outcomes = new ArrayList<>();
        for (Long id : recipientIds) {
            Outcome o = Outcome.deferred("250 2.0.0 queued");
            for (Claimed r : claimed) {
                if (r.id() == id) {
                    o = deliverOne(r);
                }
            }
            outcomes.add(o);
        }
        return outcomes;
    }

    private Outcome deliverOne(Claimed r) {
        MDC.put("queueId", r.queueId());
        try {
            Outcome outcome = delivery.deliver(r);
            Instant now = clock.instant();
            if (outcome.kind() == Outcome.Kind.DEFERRED && Backoff.expired(r.receivedAt(), now, settings.maxAge())) {
                // DSN for this failure: next round (docs/mta.md)
                outcome = Outcome.failed(outcome.reply().replaceFirst("^4(\\d\\d) 4\\.", "5$1 5.") + " (gave up after "
                        + r.attempts() + " attempts)");
            }
            queue.finish(r, outcome, now.plus(Backoff.delay(r.attempts())));
            // one line per recipient and attempt, Sun MTA style: queue id, from, to, outcome, reply
            LOG.info("{} from=<{}> to=<{}>{} {} attempt={} \"{}\"", r.queueId(), r.envelopeFrom(), r.address(),
                    outcome.deliveredTo() == null || outcome.deliveredTo().equals(r.address()) ? ""
                            : " delivered-to=<" + outcome.deliveredTo() + ">",
                    outcome.kind().name().toLowerCase(java.util.Locale.ROOT), r.attempts(), outcome.reply());
            if (!outcome.children().isEmpty()) {
                wake();
            }
            return outcome;
        } catch (RuntimeException e) {
            // the lease runs out and the row is tried again; nothing is lost
            LOG.error("{}: recording delivery to <{}> failed: {}", r.queueId(), r.address(), e.toString());
            return Outcome.deferred("451 4.3.0 temporary failure");
        } finally {
            MDC.remove("queueId");
        }
    }

    @PreDestroy
    void stop() {
        stopping = true;
        ticker.shutdownNow();
        workers.shutdown();
        try {
            if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.info("mta: job controller stopped");
    }
}
