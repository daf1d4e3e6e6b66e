package dev.parley.sieve;

import dev.parley.auth.AuthenticationService;
import dev.parley.mail.managesieve.ManageSieveChannelInitializer;
import dev.parley.mail.managesieve.ManageSieveConfig;
import dev.parley.mail.net.ConnectionLimiter;
import dev.parley.mail.net.TlsContexts;
import dev.parley.protocol.ListenerGroup;
import dev.parley.protocol.ListenerSettings;
import dev.parley.protocol.MailAccounts;
import io.netty.handler.ssl.SslContext;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.nio.file.Path;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ManageSieve (RFC 5804) on {@code parley.managesieve.port} (4190), the same way the IMAP/POP3
 * listeners run (ADR 0030): event loops on the container's {@link ManagedThreadFactory}, commands on
 * the {@link ManagedExecutorService}, STARTTLS with {@code parley.tls.*}, logins before TLS only when
 * {@code parley.mail.plaintext-auth} allows them, sockets closed in {@link #stop()} on undeploy.
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class ManageSieveListener {

    private static final Logger LOG = LoggerFactory.getLogger(ManageSieveListener.class);

    @Resource
    private ManagedExecutorService executor;

    @Resource
    private ManagedThreadFactory threadFactory;

    @EJB
    private SieveScriptService scripts;

    @EJB
    private MailAccounts accounts;

    @Inject
    private AuthenticationService auth;

    @Inject
    private Config config;

    private ListenerGroup listeners;

    @PostConstruct
    void start() {
        SieveSettings sieve = SieveSettings.from(config);
        ListenerSettings listen = ListenerSettings.from(config);
        if (sieve.port() <= 0) {
            LOG.info("managesieve listener off (port {})", sieve.port());
            return;
        }
        SslContext tls = tls(listen);
        ManageSieveConfig engine = ManageSieveConfig.defaults(executor)
                .withPlaintextAuth(listen.plaintextAuth())
                // the framing limit leaves room above the quota so an oversized upload gets QUOTA/MAXSIZE
                .withMaxLiteral(Math.max(sieve.maxScriptBytes() + 1024, 8 * 1024));
        ConnectionLimiter limiter = new ConnectionLimiter(listen.maxConnections(), listen.maxConnectionsPerIp(),
                "BYE (TRYLATER) \"Too many connections\"\r\n");
        StoreSieveBackend backend = new StoreSieveBackend(auth, accounts::accountId, scripts);
        listeners = new ListenerGroup("managesieve", threadFactory, 2, null);
        listeners.listen("managesieve", listen.address(), sieve.port(), tls == null ? "no TLS" : "STARTTLS", limiter,
                new ManageSieveChannelInitializer(engine, backend, tls));
    }

    private static SslContext tls(ListenerSettings settings) {
        if (!settings.tlsConfigured()) {
            LOG.warn("managesieve: no certificate configured (parley.tls.cert, parley.tls.key): STARTTLS not offered");
            return null;
        }
        try {
            return TlsContexts.fromPem(Path.of(settings.tlsCert().get()), Path.of(settings.tlsKey().get()), null);
        } catch (Exception e) {
            LOG.error("managesieve: cannot use certificate {}: {}; STARTTLS not offered", settings.tlsCert().get(), e.getMessage());
            return null;
        }
    }

    @PreDestroy
    void stop() {
        if (listeners != null) {
            listeners.close();
        }
    }
}
