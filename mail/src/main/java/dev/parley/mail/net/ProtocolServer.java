package dev.parley.mail.net;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetSocketAddress;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * One listening socket for a line protocol. The event loop groups belong to the caller (the EJB
 * listener bean hands in groups on container-managed threads), so {@link #stop} closes only the
 * server channel and its children, never the groups.
 */
public final class ProtocolServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProtocolServer.class);

    private final String name;
    private final InetSocketAddress address;
    private final EventLoopGroup bossGroup;
    private final EventLoopGroup workerGroup;
    private final ChannelHandler initializer;
    private final Class<? extends ServerChannel> channelType;
    private volatile Channel serverChannel;
    private final ConnectionLimiter limiter;

    /**
     * @param name        for logs, e.g. {@code "imap"}
     * @param address     where to listen; port 0 picks a free port (see {@link #boundAddress()})
     * @param limiter     shared by all connections of this listener; may be null for no limit
     * @param initializer a {@code ChannelInitializer} building the per-connection pipeline
     */
    public ProtocolServer(String name, InetSocketAddress address, EventLoopGroup bossGroup,
                          EventLoopGroup workerGroup, ConnectionLimiter limiter, ChannelHandler initializer) {
        this(name, address, bossGroup, workerGroup, limiter, initializer, NioServerSocketChannel.class);
    }

    public ProtocolServer(String name, InetSocketAddress address, EventLoopGroup bossGroup, EventLoopGroup workerGroup,
                          ConnectionLimiter limiter, ChannelHandler initializer, Class<? extends ServerChannel> channelType) {
        this.name = Objects.requireNonNull(name, "name");
        this.address = Objects.requireNonNull(address, "address");
        this.bossGroup = Objects.requireNonNull(bossGroup, "bossGroup");
        this.workerGroup = Objects.requireNonNull(workerGroup, "workerGroup");
        this.initializer = Objects.requireNonNull(initializer, "initializer");
        this.channelType = Objects.requireNonNull(channelType, "channelType");
        this.limiter = limiter;
    }

    /** Binds and waits until the socket is listening. */
    public synchronized InetSocketAddress start() throws InterruptedException {
        if (serverChannel != null) {
            throw new IllegalStateException(name + " already started");
        }
        ServerBootstrap bootstrap = new ServerBootstrap()
                .group(bossGroup, workerGroup)
                .channel(channelType)
                .option(ChannelOption.SO_BACKLOG, 256)
                .option(ChannelOption.SO_REUSEADDR, true)
                .childOption(ChannelOption.TCP_NODELAY, true)
                .childOption(ChannelOption.SO_KEEPALIVE, true)
                .childHandler(limiter == null ? initializer : new LimitedInitializer(limiter, initializer));
        serverChannel = bootstrap.bind(address).sync().channel();
        // the bean that starts the server logs one line per listener, with its mode (ListenerGroup)
        LOG.debug("{} listening on {}", name, serverChannel.localAddress());
        return boundAddress();
    }

    public InetSocketAddress boundAddress() {
        Channel channel = serverChannel;
        if (channel == null) {
            throw new IllegalStateException(name + " not started");
        }
        return (InetSocketAddress) channel.localAddress();
    }

    public boolean isRunning() {
        Channel channel = serverChannel;
        return channel != null && channel.isActive();
    }

    /** Stops accepting, then closes open connections, waiting at most {@code timeout}. */
    public synchronized void stop(long timeout, TimeUnit unit) throws InterruptedException {
        Channel channel = serverChannel;
        if (channel == null) {
            return;
        }
        serverChannel = null;
        channel.close().await(timeout, unit);
        if (limiter != null) {
            limiter.closeAll().await(timeout, unit);
        }
        LOG.info("{} stopped", name);
    }

    @Override
    public void close() throws InterruptedException {
        stop(10, TimeUnit.SECONDS);
    }

    /** Puts the limiter first so a rejected connection never reaches the protocol handlers. */
    @ChannelHandler.Sharable
    private static final class LimitedInitializer extends io.netty.channel.ChannelInitializer<Channel> {
        private final ConnectionLimiter limiter;
        private final ChannelHandler initializer;

        LimitedInitializer(ConnectionLimiter limiter, ChannelHandler initializer) {
            this.limiter = limiter;
            this.initializer = initializer;
        }

        @Override
        protected void initChannel(Channel ch) {
            ch.pipeline().addLast("limit", limiter);
            ch.pipeline().addLast("init", initializer);
        }
    }
}
