package dev.parley.protocol;

import dev.parley.mail.net.ConnectionLimiter;
import dev.parley.mail.net.ProtocolServer;
import io.netty.channel.ChannelHandler;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.nio.NioEventLoopGroup;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Netty servers one listener bean starts (IMAP/POP3, SMTP/LMTP, ManageSieve), their event loops on
 * the container's thread factory, and optionally the command pool the bean owns. Binding retries while a
 * previous deployment's sockets are still closing; {@link #close()} closes the sockets and waits, because
 * a socket is JVM-wide and the next deployment must be able to bind it (stack notes, pitfall 7).
 */
public final class ListenerGroup {

    private static final Logger LOG = LoggerFactory.getLogger(ListenerGroup.class);
    /** A redeployment may start while the old one's sockets are still closing. */
    private static final long BIND_RETRY_MILLIS = 10_000;

    private final String what;
    private final EventLoopGroup boss;
    private final EventLoopGroup workers;
    private final ExecutorService ownedExecutor;
    private final List<ProtocolServer> servers = new ArrayList<>();

    /**
     * @param what          for log lines ("mail listeners stopped")
     * @param ioThreads     Netty worker threads (0: Netty's default)
     * @param ownedExecutor a command pool shut down by {@link #close()}, or {@code null}
     */
    public ListenerGroup(String what, ThreadFactory threads, int ioThreads, ExecutorService ownedExecutor) {
        this.what = what;
        this.boss = new NioEventLoopGroup(1, threads);
        this.workers = new NioEventLoopGroup(ioThreads, threads);
        this.ownedExecutor = ownedExecutor;
    }

    /** Binds {@code host:port}; logs and gives up (the rest of the suite stays useful) when it cannot. */
    public void listen(String name, String host, int port, String mode, ConnectionLimiter limiter, ChannelHandler initializer) {
        if (port <= 0) {
            LOG.info("{} listener off (port {})", name, port);
            return;
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        long deadline = System.currentTimeMillis() + BIND_RETRY_MILLIS;
        while (true) {
            ProtocolServer server = new ProtocolServer(name, address, boss, workers, limiter, initializer);
            try {
                server.start();
                servers.add(server);
                LOG.info("{} listening on {}:{} ({})", name, host, port, mode);
                return;
            } catch (Exception e) {
                boolean inUse = e instanceof BindException || e.getCause() instanceof BindException;
                if (!inUse || System.currentTimeMillis() > deadline) {
                    LOG.error("{} cannot listen on {}:{}: {}", name, host, port, e.toString());
                    return;
                }
                try {
                    Thread.sleep(250);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** Closes every socket and waits for it, then the event loops and the owned command pool. */
    public void close() {
        for (ProtocolServer server : servers) {
            try {
                server.stop(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                LOG.warn("stopping a {} listener failed", what, e);
            }
        }
        servers.clear();
        for (EventLoopGroup group : new EventLoopGroup[] {boss, workers}) {
            group.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly(10, TimeUnit.SECONDS);
        }
        if (ownedExecutor != null) {
            ownedExecutor.shutdown();
            try {
                if (!ownedExecutor.awaitTermination(5, TimeUnit.SECONDS)) {
                    ownedExecutor.shutdownNow();
                }
            } catch (InterruptedException e) {
                ownedExecutor.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        LOG.info("{} listeners stopped", what);
    }
}
