package dev.parley.mail.managesieve;

import dev.parley.mail.managesieve.backend.SieveBackend;
import dev.parley.mail.managesieve.codec.CommandLine;
import dev.parley.mail.managesieve.codec.LiteralContinuation;
import dev.parley.mail.managesieve.codec.MalformedLine;
import dev.parley.mail.managesieve.codec.Replies;
import dev.parley.mail.managesieve.command.ManageSieveDispatcher;
import dev.parley.mail.managesieve.command.Outcome;
import dev.parley.mail.managesieve.session.ManageSieveSession;
import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.PlaintextBuffer;
import dev.parley.mail.net.SessionIds;
import dev.parley.mail.net.StartTls;
import dev.parley.mail.sieve.Sieve;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Queue;

/**
 * Runs one connection's commands strictly one after another, each on the worker executor (the back
 * end blocks), and writes the outcome on the event loop. Lines read ahead wait in a bounded queue;
 * reading pauses when it is full. Greets with the capabilities (RFC 5804 §1.7) and re-sends them
 * after STARTTLS (§2.2).
 */
public final class ManageSieveSessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ManageSieveSessionHandler.class);
    private static final int MAX_PIPELINED = 16;
    /** ACAP's continuation (RFC 2244 §2.6.3) for a synchronizing literal; see {@link LiteralContinuation}. */
    private static final String CONTINUATION = "+ \"Ready for literal data\"\r\n";

    private final ManageSieveConfig config;
    private final SieveBackend backend;
    private final Sieve sieve;
    private final SslContext tls;
    private final PlaintextBuffer framer;
    private final ManageSieveDispatcher dispatcher;
    private final Queue<Object> pending = new ArrayDeque<>();
    private ManageSieveSession session;
    private boolean busy;
    private boolean closing;
    /** Between the STARTTLS OK and the end of the handshake: lines decoded meanwhile are injected plaintext. */
    private boolean switching;

    public ManageSieveSessionHandler(ManageSieveConfig config, SieveBackend backend, Sieve sieve, SslContext tls,
                                     PlaintextBuffer framer, ManageSieveDispatcher dispatcher) {
        this.config = config;
        this.backend = backend;
        this.sieve = sieve;
        this.tls = tls;
        this.framer = framer;
        this.dispatcher = dispatcher;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        InetAddress remote = ctx.channel().remoteAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
        session = new ManageSieveSession(SessionIds.next("sieve"), remote, config, backend, sieve,
                () -> StartTls.isActive(ctx.channel()), tls != null);
        try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
            LOG.debug("connection from {}", remote);
        }
        ctx.writeAndFlush(text(ctx, session.capabilities() + Replies.OK.encode()));
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg == LiteralContinuation.INSTANCE) {
            if (!closing) {
                ctx.writeAndFlush(text(ctx, CONTINUATION));
            }
            return;
        }
        if (!(msg instanceof CommandLine) && !(msg instanceof MalformedLine)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (closing) {
            return;
        }
        if (switching) {
            // CVE-2011-0411: decoded from the same plaintext read as STARTTLS, before TLS was in place.
            try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                LOG.debug("dropped a command pipelined behind STARTTLS");
            }
            return;
        }
        pending.add(msg);
        if (pending.size() >= MAX_PIPELINED) {
            ctx.channel().config().setAutoRead(false);
        }
        drain(ctx);
    }

    private void drain(ChannelHandlerContext ctx) {
        if (!busy && !closing && !pending.isEmpty()) {
            Object next = pending.poll();
            busy = true;
            config.worker().execute(() -> run(ctx, next));
        }
        if (!closing && pending.size() < MAX_PIPELINED / 2 && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** On the worker: the command, then back to the event loop with its outcome. */
    private void run(ChannelHandlerContext ctx, Object message) {
        Outcome outcome;
        try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
            try {
                outcome = dispatcher.dispatch(session, message);
            } catch (RuntimeException e) {
                LOG.error("command failed", e);
                outcome = Outcome.close(Replies.SERVER_ERROR);
            }
        }
        Outcome result = outcome;
        if (ctx.executor().inEventLoop()) {
            write(ctx, result);
        } else {
            ctx.executor().execute(() -> write(ctx, result));
        }
    }

    private void write(ChannelHandlerContext ctx, Outcome outcome) {
        if (!ctx.channel().isActive()) {
            busy = false;
            return;
        }
        if (outcome.after() == Outcome.After.START_TLS) {
            // CVE-2011-0411: anything pipelined behind STARTTLS is dropped, not run after the handshake.
            pending.clear();
            switching = true;
            StartTls.upgrade(ctx.channel(), tls, framer, text(ctx, outcome.text()));
            ctx.pipeline().get(SslHandler.class).handshakeFuture().addListener(f -> {
                switching = false;
                if (f.isSuccess()) {
                    // RFC 5804 §2.2: after the handshake the server re-issues the capabilities and OK.
                    ctx.writeAndFlush(text(ctx, session.capabilities() + Replies.OK.encode()));
                    done(ctx);
                } else {
                    try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                        LOG.debug("TLS handshake failed: {}", String.valueOf(f.cause()));
                    }
                    ctx.close();
                }
            });
            return;
        }
        ChannelFuture written = ctx.writeAndFlush(text(ctx, outcome.text()));
        if (outcome.after() == Outcome.After.CLOSE) {
            closing = true;
            pending.clear();
            written.addListener(ChannelFutureListener.CLOSE);
        }
        done(ctx);
    }

    private void done(ChannelHandlerContext ctx) {
        busy = false;
        drain(ctx);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        closing = true;
        pending.clear();
        if (session != null) {
            try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                LOG.debug("connection closed");
            }
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (IdleLimit.isTimeout(evt) && !busy && !closing) {
            closing = true;
            ctx.writeAndFlush(text(ctx, Replies.AUTOLOGOUT.encode())).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        try (SessionIds.Scope ignored = SessionIds.enter(session == null ? "sieve-?" : session.id())) {
            LOG.debug("connection error: {}", cause.toString());
        }
        ctx.close();
    }

    private static ByteBuf text(ChannelHandlerContext ctx, String s) {
        return Unpooled.wrappedBuffer(s.getBytes(StandardCharsets.UTF_8));
    }

}
