package dev.parley.mail.pop3;

import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.OversizedLine;
import dev.parley.mail.net.PlaintextBuffer;
import dev.parley.mail.net.SessionIds;
import dev.parley.mail.net.StartTls;
import dev.parley.mail.pop3.backend.Pop3Backend;
import dev.parley.mail.pop3.codec.Pop3Replies;
import dev.parley.mail.pop3.codec.Pop3Request;
import dev.parley.mail.pop3.command.Outcome;
import dev.parley.mail.pop3.command.Pop3Dispatcher;
import dev.parley.mail.pop3.session.Pop3Config;
import dev.parley.mail.pop3.session.Pop3Session;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.stream.ChunkedInput;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayDeque;
import java.util.Queue;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs one connection's commands strictly one after another (RFC 2449 §6.6 PIPELINING: replies
 * in order), each on the worker executor because the back end blocks, and writes the outcome on
 * the event loop. The next command starts only when the previous reply, message bodies included,
 * has been written; lines read ahead wait in a queue, and reading pauses when that queue is full.
 * Session state is only touched by the running command or, between commands, by the event loop.
 */
public final class Pop3SessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(Pop3SessionHandler.class);

    private final Pop3Config config;
    private final Pop3Backend backend;
    private final Executor worker;
    private final SslContext tls;
    private final PlaintextBuffer framer;
    private final Pop3Dispatcher dispatcher;
    private final Queue<Object> pending = new ArrayDeque<>();
    private Pop3Session session;
    private boolean busy;
    private boolean draining;
    private boolean closing;
    private boolean inactive;

    /**
     * @param tls    server context for STLS; null when no certificate is configured
     * @param framer the line decoder, whose read-ahead STLS discards
     */
    public Pop3SessionHandler(Pop3Config config, Pop3Backend backend, Executor worker, SslContext tls,
                              PlaintextBuffer framer, Pop3Dispatcher dispatcher) {
        this.config = config;
        this.backend = backend;
        this.worker = worker;
        this.tls = tls;
        this.framer = framer;
        this.dispatcher = dispatcher;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        InetAddress remote = ctx.channel().remoteAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
        session = new Pop3Session(SessionIds.next("pop3"), remote, config, backend,
                () -> StartTls.isActive(ctx.channel()), tls != null);
        try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
            LOG.debug("connection from {}", remote);
        }
        ctx.writeAndFlush(Pop3Replies.GREETING);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof Pop3Request) && !(msg instanceof OversizedLine)) {
            ReferenceCountUtil.release(msg);
            return;
        }
        if (closing) {
            return; // RFC 1939 §6: nothing after QUIT
        }
        pending.add(msg);
        if (pending.size() >= config.maxPipelined()) {
            ctx.channel().config().setAutoRead(false);
        }
        drain(ctx);
    }

    private void drain(ChannelHandlerContext ctx) {
        if (draining) {
            return; // a reply completed synchronously inside the loop below; the loop goes on
        }
        draining = true;
        try {
            while (!busy && !closing && !pending.isEmpty()) {
                Object next = pending.poll();
                busy = true;
                worker.execute(() -> run(ctx, next));
            }
            if (!closing && pending.size() < config.maxPipelined() / 2 + 1 && !ctx.channel().config().isAutoRead()) {
                ctx.channel().config().setAutoRead(true);
            }
        } finally {
            draining = false;
        }
    }

    /** On the worker: the command itself, then back to the event loop with its outcome. */
    private void run(ChannelHandlerContext ctx, Object message) {
        Outcome outcome;
        try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
            outcome = dispatcher.dispatch(session, message);
        } catch (RuntimeException e) {
            try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                LOG.error("command failed", e);
            }
            outcome = Outcome.close(Pop3Replies.TEMPORARY_FAILURE);
        }
        Outcome result = outcome;
        if (ctx.executor().inEventLoop()) {
            complete(ctx, result);
        } else {
            ctx.executor().execute(() -> complete(ctx, result));
        }
    }

    private void complete(ChannelHandlerContext ctx, Outcome outcome) {
        if (inactive) {
            outcome.writes().forEach(Pop3SessionHandler::discard);
            done(ctx);
        } else if (outcome.delay().isZero() || outcome.delay().isNegative()) {
            write(ctx, outcome);
        } else {
            ctx.executor().schedule(() -> complete(ctx, outcome.delayed(java.time.Duration.ZERO)),
                    outcome.delay().toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void write(ChannelHandlerContext ctx, Outcome outcome) {
        ChannelFuture last;
        if (outcome.after() == Outcome.After.START_TLS) {
            // RFC 2595 §4 and CVE-2011-0411: pipelined plaintext behind STLS is dropped, not run.
            pending.clear();
            last = StartTls.upgrade(ctx.channel(), tls, framer, outcome.writes().get(0));
        } else {
            last = null;
            for (Object message : outcome.writes()) {
                last = ctx.write(message);
            }
            ctx.flush();
        }
        if (outcome.after() == Outcome.After.CLOSE) {
            closing = true;
            pending.clear();
            last.addListener(ChannelFutureListener.CLOSE);
        }
        last.addListener(future -> {
            if (!future.isSuccess() && !inactive) {
                try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                    // Mid-response there is no way to send -ERR (RFC 1939 §3); hang up instead.
                    LOG.error("writing the reply failed: {}", String.valueOf(future.cause()));
                }
                ctx.close();
            }
            done(ctx);
        });
    }

    private void done(ChannelHandlerContext ctx) {
        busy = false;
        if (inactive) {
            releaseMaildrop();
        } else {
            drain(ctx);
        }
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        inactive = true;
        closing = true;
        pending.clear();
        if (session != null) {
            try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                LOG.debug("connection closed in {}", session.state());
            }
            if (!busy) {
                releaseMaildrop();
            }
        }
        ctx.fireChannelInactive();
    }

    /** RFC 1939 §6: a dropped connection does not enter UPDATE; the lock goes, the marks are forgotten. */
    private void releaseMaildrop() {
        if (session.maildrop() != null) {
            worker.execute(session::release);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (IdleLimit.isTimeout(evt) && !busy && !closing) {
            // RFC 1939 §3: the autologout timer closes without entering UPDATE.
            closing = true;
            ctx.writeAndFlush(Pop3Replies.AUTOLOGOUT).addListener(ChannelFutureListener.CLOSE);
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        try (SessionIds.Scope ignored = SessionIds.enter(session == null ? "pop3-?" : session.id())) {
            LOG.debug("connection error: {}", cause.toString());
        }
        ctx.close();
    }

    private static void discard(Object message) {
        if (message instanceof ChunkedInput<?> input) {
            try {
                input.close();
            } catch (Exception e) {
                LOG.debug("closing an unsent message stream: {}", e.toString());
            }
        }
    }
}
