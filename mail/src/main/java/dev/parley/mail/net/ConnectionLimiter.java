package dev.parley.mail.net;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.ChannelGroupFuture;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.util.concurrent.GlobalEventExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Caps concurrent connections per listener and per client address. A refused connection gets the
 * protocol's one-line goodbye (IMAP {@code * BYE ...}, POP3 {@code -ERR ...}, SMTP {@code 421 ...})
 * and is closed before any protocol handler sees it. Shared by all channels of one listener.
 */
@ChannelHandler.Sharable
public final class ConnectionLimiter extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ConnectionLimiter.class);

    private final int maxConnections;
    private final int maxPerAddress;
    private final byte[] refusal;
    private final AtomicInteger total = new AtomicInteger();
    private final ConcurrentMap<InetAddress, AtomicInteger> perAddress = new ConcurrentHashMap<>();
    private final ChannelGroup channels = new DefaultChannelGroup(GlobalEventExecutor.INSTANCE);

    /**
     * @param refusalLine full line including CRLF sent to refused clients
     */
    public ConnectionLimiter(int maxConnections, int maxPerAddress, String refusalLine) {
        if (maxConnections < 1 || maxPerAddress < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxConnections = maxConnections;
        this.maxPerAddress = maxPerAddress;
        this.refusal = refusalLine.getBytes(StandardCharsets.US_ASCII);
    }

    public int activeConnections() {
        return total.get();
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) throws Exception {
        InetAddress remote = remoteAddress(ctx);
        int all = total.incrementAndGet();
        int fromRemote = remote == null ? 0 : perAddress.computeIfAbsent(remote, a -> new AtomicInteger()).incrementAndGet();
        channels.add(ctx.channel());
        ctx.channel().closeFuture().addListener(f -> release(remote));
        if (all > maxConnections || fromRemote > maxPerAddress) {
            LOG.warn("connection from {} refused: {} open (limit {}), {} from that address (limit {})",
                    remote, all, maxConnections, fromRemote, maxPerAddress);
            ctx.writeAndFlush(Unpooled.wrappedBuffer(refusal)).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.pipeline().remove(this);
        super.channelActive(ctx);
    }

    private void release(InetAddress remote) {
        total.decrementAndGet();
        if (remote != null) {
            perAddress.computeIfPresent(remote, (a, n) -> n.decrementAndGet() <= 0 ? null : n);
        }
    }

    /** Closes every open connection, e.g. on shutdown. */
    public ChannelGroupFuture closeAll() {
        return channels.close();
    }

    private static InetAddress remoteAddress(ChannelHandlerContext ctx) {
        return ctx.channel().remoteAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
    }
}
