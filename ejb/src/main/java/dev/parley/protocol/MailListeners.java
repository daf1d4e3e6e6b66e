package dev.parley.protocol;

import dev.parley.auth.AuthenticationService;
import dev.parley.mail.imap.ImapChannelInitializer;
import dev.parley.mail.imap.session.ImapConfig;
import dev.parley.mail.net.ConnectionLimiter;
import dev.parley.mail.net.TlsContexts;
import dev.parley.mail.pop3.Pop3ChannelInitializer;
import dev.parley.mail.pop3.session.Pop3Config;
import dev.parley.protocol.imap.StoreImapBackend;
import dev.parley.protocol.pop3.MaildropLocks;
import dev.parley.protocol.pop3.StorePop3Backend;
import dev.parley.store.mail.api.MessageStore;
import io.netty.channel.ChannelHandler;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.eclipse.microprofile.config.Config;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts the IMAP and POP3 listeners of {@code mail} over the message store (DESIGN: a
 * {@code @Singleton @Startup} bean with container-managed threads). Netty's event loops run on a
 * {@link ManagedThreadFactory}; commands, which block on the store and Keycloak, run on a fixed pool of
 * managed threads ({@code parley.mail.worker-threads}, default 64, as SMTP's in {@code SmtpListeners}):
 * Payara's default {@link ManagedExecutorService} (core-pool-size 0, unbounded queue) runs one task at a
 * time, which the engine's {@code BoundedExecutor} on top cannot widen. {@link #stop()} closes the sockets and waits for them: a socket is
 * JVM-wide, and the next deployment must be able to bind it (stack notes, pitfall 7).
 */
@Singleton
@Startup
@DependsOn("SchemaStartup")
public class MailListeners {

    private static final Logger LOG = LoggerFactory.getLogger(MailListeners.class);

    @Resource
    private ManagedThreadFactory threadFactory;

    @EJB
    private MessageStore store;

    @EJB
    private MailAccounts accounts;

    @Inject
    private AuthenticationService auth;

    @Inject
    private MailboxSessions sessions;

    @Inject
    private Config config;

    private ListenerGroup listeners;

    @PostConstruct
    void start() {
        ListenerSettings settings = ListenerSettings.from(config);
        SslContext tls = tls(settings);
        int threads = config.getOptionalValue("parley.mail.worker-threads", Integer.class).orElse(64);
        // commands of IMAP and POP3 (the engine bounds IMAP's to 64 per listener on top)
        ExecutorService executor = Executors.newFixedThreadPool(threads, threadFactory);
        listeners = new ListenerGroup("mail", threadFactory, settings.ioThreads(), executor);

        MailLogin login = new MailLogin(auth, accounts::accountId, store);
        StoreImapBackend imapBackend = new StoreImapBackend(login, store, sessions, settings.appendLimit());
        ImapConfig imap = ImapConfig.defaults()
                .withExecutor(executor)
                .withPlaintextLogin(settings.plaintextAuth())
                .withLimits(64 * 1024, 64 * 1024, settings.appendLimit(), Math.max(100L << 20, 2 * settings.appendLimit()))
                .withTls(tls);
        StorePop3Backend pop3Backend = new StorePop3Backend(login, accounts::accountId, store, new MaildropLocks());
        Pop3Config pop3 = Pop3Config.defaults().withPlaintextAuth(settings.plaintextAuth());

        listen(settings, "imap", settings.imapPort(), tls == null ? "no TLS" : "STARTTLS", "* BYE [UNAVAILABLE] Too many connections\r\n",
                new ImapChannelInitializer(imapBackend, imap));
        listen(settings, "pop3", settings.pop3Port(), tls == null ? "no TLS" : "STLS", "-ERR [SYS/TEMP] Too many connections\r\n",
                new Pop3ChannelInitializer(pop3, pop3Backend, executor, tls, false));
        if (tls != null) {
            listen(settings, "imaps", settings.imapsPort(), "implicit TLS", "* BYE [UNAVAILABLE] Too many connections\r\n",
                    new ImapChannelInitializer(imapBackend, implicitTls(imap)));
            listen(settings, "pop3s", settings.pop3sPort(), "implicit TLS", "-ERR [SYS/TEMP] Too many connections\r\n",
                    new Pop3ChannelInitializer(pop3, pop3Backend, executor, tls, true));
        }
    }

    private static ImapConfig implicitTls(ImapConfig c) {
        return new ImapConfig(c.maxLine(), c.maxLiteral(), c.appendLimit(), c.maxCommand(), c.maxBadCommands(),
                c.idleTimeout(), c.tls(), true, c.plaintextLogin(), c.executor(), c.serverId());
    }

    private SslContext tls(ListenerSettings settings) {
        if (!settings.tlsConfigured()) {
            LOG.warn("mail TLS: no certificate configured (parley.tls.cert, parley.tls.key): STARTTLS, STLS, IMAPS and"
                    + " POP3S are not offered");
            return null;
        }
        try {
            SslContext context = TlsContexts.fromPem(Path.of(settings.tlsCert().get()), Path.of(settings.tlsKey().get()), null);
            LOG.info("mail TLS: certificate {}", settings.tlsCert().get());
            return context;
        } catch (Exception e) {
            LOG.error("mail TLS: cannot use certificate {} with key {}: {}; STARTTLS, STLS, IMAPS and POP3S are not"
                    + " offered", settings.tlsCert().get(), settings.tlsKey().get(), e.getMessage());
            return null;
        }
    }

    private void listen(ListenerSettings settings, String name, int port, String mode, String refusal,
                        ChannelHandler initializer) {
        listeners.listen(name, settings.address(), port, mode,
                new ConnectionLimiter(settings.maxConnections(), settings.maxConnectionsPerIp(), refusal), initializer);
    }

    @PreDestroy
    void stop() {
        if (listeners != null) {
            listeners.close();
        }
    }
}
