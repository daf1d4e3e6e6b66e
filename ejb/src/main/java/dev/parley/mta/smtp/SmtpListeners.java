package dev.parley.mta.smtp;

import dev.parley.auth.AuthenticationService;
import dev.parley.mail.net.ConnectionLimiter;
import dev.parley.protocol.ListenerGroup;
import dev.parley.mail.net.TlsContexts;
import dev.parley.mail.smtp.SmtpChannelInitializer;
import dev.parley.mail.smtp.SmtpConfig;
import dev.parley.mail.smtp.SmtpMode;
import dev.parley.mail.smtp.SmtpThrottle;
import dev.parley.mta.MtaSettings;
import dev.parley.mta.Networks;
import dev.parley.mta.delivery.DeliveryController;
import dev.parley.mta.queue.GroupCommit;
import dev.parley.mta.queue.MtaQueue;
import dev.parley.mta.queue.NewMessage;
import dev.parley.mta.route.Directory;
import dev.parley.store.blob.BlobStore;
import io.netty.handler.ssl.SslContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts SMTP (MX, 2525), submission (2587 with STARTTLS, AUTH required; 2465 implicit TLS) and LMTP
 * (2424) over the queue, much as {@code MailListeners} starts IMAP/POP3 (ADR 0030): event loops and a
 * fixed pool of command threads ({@code parley.smtp.worker-threads}) on the container's
 * {@link ManagedThreadFactory}; sockets closed and awaited in {@link #stop()} so the next deployment can
 * bind them.
 */
@Singleton
@Startup
@DependsOn({"SchemaStartup", "DeliveryController"})
public class SmtpListeners {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpListeners.class);

    @Resource
    private ManagedThreadFactory threadFactory;

    @EJB
    private MtaQueue queue;

    @EJB
    private Directory directory;

    @EJB
    private DeliveryController controller;

    @Inject
    private AuthenticationService auth;

    @Inject
    private BlobStore blobs;

    @Inject
    private Config config;

    private ListenerGroup listeners;
    private GroupCommit<NewMessage, List<Long>> ingest;

    @PostConstruct
    void start() {
        MtaSettings settings = MtaSettings.from(config);
        Networks internal;
        try {
            internal = Networks.parse(settings.internalNetworks());
        } catch (IllegalArgumentException e) {
            LOG.error("parley.smtp.internal-networks: {}; no network may relay without AUTH", e.getMessage());
            internal = Networks.parse(List.of());
        }
        SslContext tls = tls(settings);
        // Commands block (directory, Keycloak, fsync, commit). Payara's default ManagedExecutorService has
        // core-pool-size 0 and an unbounded queue, which a ThreadPoolExecutor serves with ONE thread: every
        // session of every listener would wait behind one fsync. A fixed pool of managed threads instead.
        int threads = config.getOptionalValue("parley.smtp.worker-threads", Integer.class).orElse(32);
        ExecutorService executor = Executors.newFixedThreadPool(threads, threadFactory);
        listeners = new ListenerGroup("smtp", threadFactory, 0, executor);
        // group commit of the queue rows (ADR 0045): one transaction for every message that finished its
        // DATA while the previous transaction committed
        ingest = new GroupCommit<>("mta-ingest-commit", threadFactory, 256, queue::enqueueAll);
        QueueSmtpBackend backend = new QueueSmtpBackend(
                new MtaServices(settings, internal, directory, auth, blobs, ingest, controller, executor));

        // one throttle for all listeners: a client's connection rate counts wherever it connects
        SmtpThrottle throttle = new SmtpThrottle(
                config.getOptionalValue("parley.smtp.max-connection-rate", Integer.class).orElse(600),
                config.getOptionalValue("parley.smtp.soft-error-limit", Integer.class).orElse(3),
                config.getOptionalValue("parley.smtp.hard-error-limit", Integer.class).orElse(20),
                Duration.ofMillis(config.getOptionalValue("parley.smtp.error-delay-ms", Long.class).orElse(1000L)),
                Duration.ofMillis(config.getOptionalValue("parley.smtp.max-error-delay-ms", Long.class).orElse(10_000L)));
        listen(settings, "smtp", settings.smtpPort(), tls == null ? "MX, no TLS" : "MX, STARTTLS",
                new SmtpChannelInitializer(config(settings, SmtpMode.MX), backend, executor, tls, false, throttle));
        listen(settings, "submission", settings.submissionPort(), tls == null ? "no TLS: AUTH not offered" : "STARTTLS, AUTH required",
                new SmtpChannelInitializer(config(settings, SmtpMode.SUBMISSION), backend, executor, tls, false, throttle));
        if (tls != null) {
            listen(settings, "submissions", settings.submissionsPort(), "implicit TLS, AUTH required",
                    new SmtpChannelInitializer(config(settings, SmtpMode.SUBMISSION), backend, executor, tls, true, throttle));
        }
        listen(settings, "lmtp", settings.lmtpPort(), "LMTP",
                new SmtpChannelInitializer(config(settings, SmtpMode.LMTP), backend, executor, tls, false, throttle));
    }

    private static SmtpConfig config(MtaSettings settings, SmtpMode mode) {
        return SmtpConfig.defaults(settings.hostname(), mode).withMaxMessageSize(settings.maxMessageSize());
    }

    private SslContext tls(MtaSettings settings) {
        if (settings.tlsCert().isEmpty() || settings.tlsKey().isEmpty()) {
            LOG.warn("smtp TLS: no certificate configured (parley.tls.cert, parley.tls.key): no STARTTLS, no port {},"
                    + " and submission cannot authenticate", settings.submissionsPort());
            return null;
        }
        try {
            return TlsContexts.fromPem(Path.of(settings.tlsCert().get()), Path.of(settings.tlsKey().get()), null);
        } catch (Exception e) {
            LOG.error("smtp TLS: cannot use certificate {}: {}", settings.tlsCert().get(), e.getMessage());
            return null;
        }
    }

    private void listen(MtaSettings settings, String name, int port, String mode, SmtpChannelInitializer initializer) {
        ConnectionLimiter limiter = new ConnectionLimiter(
                config.getOptionalValue("parley.smtp.max-connections", Integer.class).orElse(2000),
                config.getOptionalValue("parley.smtp.max-connections-per-ip", Integer.class).orElse(200),
                "421 4.7.0 too many connections\r\n");
        listeners.listen(name, settings.address(), port, mode, limiter, initializer);
    }

    @PreDestroy
    void stop() {
        if (listeners != null) {
            listeners.close();
        }
        if (ingest != null) {
            ingest.close();
        }
    }
}
