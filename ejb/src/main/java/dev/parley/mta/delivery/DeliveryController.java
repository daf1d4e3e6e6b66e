package dev.parley.mta.delivery;

import dev.parley.mail.sieve.Sieve;
import dev.parley.mta.MtaSettings;
import dev.parley.mta.queue.Attempt;
import dev.parley.mta.queue.Backoff;
import dev.parley.mta.queue.Claimed;
import dev.parley.mta.queue.MtaQueue;
import dev.parley.mta.queue.Outcome;
import dev.parley.mta.dsn.Notice;
import dev.parley.mta.dsn.Notifier;
import dev.parley.mta.queue.RetrySchedule;
import dev.parley.mta.remote.ConnectionCache;
import dev.parley.mta.remote.MxResolver;
import dev.parley.mta.remote.RemoteDelivery;
import dev.parley.mta.remote.Routes;
import dev.parley.mta.route.Directory;
import dev.parley.mta.vacation.VacationResponses;
import dev.parley.mta.vacation.VacationSender;
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
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
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
    /** Recipients per lane and round. */
    private static final int BATCH = 32;
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

    @EJB
    private dev.parley.sieve.api.SieveScripts userScripts;

    @Inject
    private Config config;

    private MtaSettings settings;
    private LocalDelivery delivery;
    private RemoteDelivery remote;
    private Notifier notifier;
    private RetrySchedule schedule;

    @Resource(lookup = "jdbc/parley")
    private javax.sql.DataSource dataSource;
    private ConnectionCache connections;
    private ExecutorService workers;
    private ScheduledExecutorService ticker;
    private ExecutorService dispatcher;
    private int lanes;
    private final AtomicBoolean pending = new AtomicBoolean();
    private final AtomicBoolean dispatching = new AtomicBoolean();
    private volatile boolean stopping;
    private final Clock clock = Clock.systemUTC();

    @PostConstruct
    void start() {
        settings = MtaSettings.from(config);
        Sieve sieve = new Sieve();
        VacationResponses responses = new VacationResponses(dataSource);
        delivery = new LocalDelivery(directory, store, blobs,
                new AccountSieveScripts(new SiteSieveScripts(sieve, settings.siteSieve()), userScripts), sieve,
                settings.maxHops(), settings.overQuotaPermanent(), responses,
                new VacationSender(directory, queue, blobs, settings.hostname(), clock));
        connections = new ConnectionCache(30_000, 4);
        schedule = RetrySchedule.from(config);
        notifier = new Notifier(dataSource, queue, blobs, settings.hostname(), clock);
        remote = new RemoteDelivery(blobs, new MxResolver(), () -> Routes.from(config), settings.hostname(),
                java.time.Duration.ofSeconds(config.getOptionalValue("parley.mta.remote.connect-timeout-seconds",
                        Integer.class).orElse(30)),
                config.getOptionalValue("parley.mta.remote.connections-per-domain", Integer.class).orElse(4),
                connections, ids -> {
                    try {
                        return dev.parley.mta.dsn.DsnParameters.read(dataSource, ids);
                    } catch (java.sql.SQLException e) {
                        throw new IllegalStateException(e.getMessage(), e);
                    }
                });
        lanes = settings.deliveryThreads();
        workers = Executors.newFixedThreadPool(lanes, threadFactory);
        dispatcher = Executors.newSingleThreadExecutor(threadFactory);
        try {
            int released = queue.releaseStaleLeases();
            if (released > 0) {
                LOG.info("mta: {} recipient(s) leased by this node's previous run are due again", released);
            }
        } catch (RuntimeException e) {
            LOG.warn("mta: stale leases not released ({}); they fall due when their lease runs out", e.toString());
        }
        ticker = Executors.newSingleThreadScheduledExecutor(threadFactory);
        long poll = Math.max(1, settings.poll().toSeconds());
        ticker.scheduleWithFixedDelay(this::wake, 1, poll, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(connections::expire, 30, 30, TimeUnit.SECONDS);
        ticker.scheduleWithFixedDelay(() -> purgeVacationResponses(responses), 1, 60, TimeUnit.MINUTES);
        LOG.info("mta: job controller started, {} delivery threads, polling every {} s", settings.deliveryThreads(), poll);
    }

    /** RFC 5230 response records older than any period (V26) go once an hour. */
    private static void purgeVacationResponses(VacationResponses responses) {
        try {
            int n = responses.purge();
            if (n > 0) {
                LOG.info("mta: {} expired vacation response record(s) purged", n);
            }
        } catch (RuntimeException e) {
            LOG.warn("mta: vacation responses not purged: {}", e.toString());
        }
    }

    /** Something may be due: starts the dispatcher unless it is running (it then sees 'pending'). Never blocks. */
    public void wake() {
        pending.set(true);
        if (!stopping && dispatching.compareAndSet(false, true)) {
            dispatcher.execute(this::dispatch);
        }
    }

    /**
     * The dispatcher (ADR 0045): leases what is due in one statement, splits it into one batch per lane
     * by recipient address — so two lanes' store transactions never wait on the same mailbox's UID lock —
     * delivers the lanes in parallel and goes on while anything is due.
     */
    private void dispatch() {
        try {
            while (!stopping) {
                pending.set(false);
                List<Claimed> due = queue.claim(BATCH * lanes, LEASE_SECONDS);
                if (due.isEmpty()) {
                    if (!pending.get()) {
                        return;
                    }
                    continue;
                }
                if (due.size() == BATCH * lanes) {
                    pending.set(true);
                }
                Map<Integer, List<Claimed>> byLane = new HashMap<>();
                for (Claimed r : due) {
                    byLane.computeIfAbsent(Math.floorMod(r.address().hashCode(), lanes), k -> new ArrayList<>()).add(r);
                }
                List<Future<?>> running = new ArrayList<>();
                for (List<Claimed> batch : byLane.values()) {
                    running.add(workers.submit(() -> deliverBatch(batch)));
                }
                for (Future<?> f : running) {
                    try {
                        f.get();
                    } catch (ExecutionException e) {
                        LOG.error("mta: delivery batch failed: {}", e.getCause().toString());
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            LOG.error("mta: delivery dispatcher stopped: {}", e.toString());
        } finally {
            dispatching.set(false);
            if (pending.get() && !stopping && dispatching.compareAndSet(false, true)) {
                dispatcher.execute(this::dispatch); // woken while it was stopping: go on
            }
        }
    }

    /**
     * LMTP (RFC 2033 §4.2): delivers these just-queued recipients now, on the caller's thread, and
     * returns their outcomes in order; a row another worker already took reports as deferred.
     */
    public List<Outcome> deliverNow(List<Long> recipientIds) {
        List<Claimed> claimed = queue.claimIds(recipientIds, LEASE_SECONDS);
        Map<Long, Outcome> byId = new HashMap<>();
        List<Outcome> outcomes = deliverBatch(claimed);
        for (int i = 0; i < claimed.size(); i++) {
            byId.put(claimed.get(i).id(), outcomes.get(i));
        }
        List<Outcome> out = new ArrayList<>();
        for (Long id : recipientIds) {
            out.add(byId.getOrDefault(id, Outcome.deferred("250 2.0.0 queued")));
        }
        return out;
    }

    /**
     * One batch (ADR 0045): plan every recipient (directory, loops, Sieve), store all copies in one store
     * transaction referencing the queued blob, record all outcomes in one queue transaction. Outcomes in
     * the order of {@code batch}.
     */
    private List<Outcome> deliverBatch(List<Claimed> batch) {
        List<Plan> plans = delivery.planAll(batch, r -> MDC.put("queueId", r.queueId()), r -> MDC.remove("queueId"));
        List<Plan> toStore = plans.stream().filter(Plan::needsStore).toList();
        Map<Plan, Outcome> stored = new IdentityHashMap<>();
        List<Plan> toRemote = plans.stream().filter(Plan::remote).toList();
        if (!toRemote.isEmpty()) {
            List<Outcome> o = remote.deliver(toRemote.stream().map(Plan::recipient).toList());
            for (int i = 0; i < toRemote.size(); i++) {
                stored.put(toRemote.get(i), o.get(i));
            }
        }
        if (!toStore.isEmpty()) {
            List<Outcome> o = delivery.storeAll(toStore);
            for (int i = 0; i < toStore.size(); i++) {
                stored.put(toStore.get(i), o.get(i));
            }
        }
        Instant now = clock.instant();
        List<Attempt> attempts = new ArrayList<>(batch.size());
        for (Plan p : plans) {
            Claimed r = p.recipient();
            Outcome outcome = p.needsStore() || p.remote() ? stored.get(p) : p.outcome();
            if (outcome.kind() == Outcome.Kind.DEFERRED && Backoff.expired(r.receivedAt(), now, settings.maxAge())) {
                // DSN for this failure: next round (docs/mta.md)
                outcome = Outcome.failed(outcome.reply().replaceFirst("^4(\\d\\d) 4\\.", "5$1 5.") + " (gave up after "
                        + r.attempts() + " attempts)");
            }
            attempts.add(new Attempt(r, outcome, now.plus(schedule.delay(r.attempts()))));
        }
        List<Notice> notices = notifier.prepare(attempts, schedule, settings.maxAge());
        try {
            queue.finishAll(attempts);
        } catch (RuntimeException e) {
            // the leases run out and the rows are tried again; nothing is lost
            LOG.error("recording {} delivery outcome(s) failed: {}", attempts.size(), e.toString());
            return attempts.stream().map(a -> Outcome.deferred("451 4.3.0 temporary failure")).toList();
        }
        boolean expanded = false;
        for (Attempt a : attempts) {
            Claimed r = a.recipient();
            Outcome outcome = a.outcome();
            // one line per recipient and attempt, Sun MTA style: queue id, from, to, outcome, reply
            LOG.info("{} from=<{}> to=<{}>{} {} attempt={} \"{}\"", r.queueId(), r.envelopeFrom(), r.address(),
                    outcome.deliveredTo() == null || outcome.deliveredTo().equals(r.address()) ? ""
                            : " delivered-to=<" + outcome.deliveredTo() + ">",
                    outcome.kind().name().toLowerCase(java.util.Locale.ROOT), r.attempts(), outcome.reply());
            expanded |= !outcome.children().isEmpty();
        }
        if (!notices.isEmpty() && notifier.send(notices, settings.maxAge()) > 0) {
            expanded = true;
        }
        if (expanded) {
            wake();
        }
        return attempts.stream().map(Attempt::outcome).toList();
    }

    @PreDestroy
    void stop() {
        stopping = true;
        ticker.shutdownNow();
        connections.closeAll();
        dispatcher.shutdown();
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
