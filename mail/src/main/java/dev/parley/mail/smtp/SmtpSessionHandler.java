package dev.parley.mail.smtp;

import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.OversizedLine;
import dev.parley.mail.net.SerialExecutor;
import dev.parley.mail.net.SessionIds;
import dev.parley.mail.net.StartTls;
import dev.parley.mail.smtp.backend.SmtpBackend;
import dev.parley.mail.smtp.codec.SmtpFramer;
import dev.parley.mail.smtp.codec.SmtpInput;
import dev.parley.mail.smtp.codec.SmtpReplies;
import dev.parley.mail.smtp.codec.SmtpReply;
import dev.parley.mail.smtp.command.SmtpDispatcher;
import dev.parley.mail.smtp.session.Outcome;
import dev.parley.mail.smtp.session.SmtpSession;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.ssl.SslContext;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Locale;
import java.util.Queue;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;

/**
 * Runs one connection's input strictly in order (RFC 2920 §3.1: replies in command order), each item
 * on the worker because the back end blocks, and writes replies on the event loop. Replies are
 * written as they are ready but flushed only when no more input is queued, or before the connection
 * must wait for the client (354, 220 for TLS), which batches them as RFC 2920 §3.2 asks. Reading
 * pauses while too much input is queued.
 */
public final class SmtpSessionHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(SmtpSessionHandler.class);

    private final SmtpConfig config;
    private final SmtpBackend backend;
    private final SerialExecutor worker;
    private final SslContext tls;
    private final SmtpFramer framer;
    private final SmtpDispatcher dispatcher;
    private final SmtpThrottle throttle;
    private final Queue<Object> pending = new ArrayDeque<>();
    private int errors;
    private SmtpSession session;
    private boolean greeted;
    private boolean busy;
    private boolean closing;
    private boolean inactive;

    public SmtpSessionHandler(SmtpConfig config, SmtpBackend backend, Executor worker, SslContext tls,
                              SmtpFramer framer, SmtpDispatcher dispatcher) {
        this(config, backend, worker, tls, framer, dispatcher, SmtpThrottle.defaults());
    }

    public SmtpSessionHandler(SmtpConfig config, SmtpBackend backend, Executor worker, SslContext tls,
                              SmtpFramer framer, SmtpDispatcher dispatcher, SmtpThrottle throttle) {
        this.throttle = throttle;
        this.config = config;
        this.backend = backend;
        this.worker = new SerialExecutor(worker);
        this.tls = tls;
        this.framer = framer;
        this.dispatcher = dispatcher;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        InetAddress remote = ctx.channel().remoteAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
        session = new SmtpSession(SessionIds.next(config.mode().name().toLowerCase(Locale.ROOT)), remote, config, backend,
                () -> StartTls.isActive(ctx.channel()), tls != null);
        try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
            LOG.debug("connection from {}", remote);
            if (!throttle.admit(remote == null ? null : remote.getHostAddress())) {
                LOG.info("refused: too many connections a minute from {}", remote);
                close(ctx, SmtpReplies.TOO_MANY_CONNECTIONS);
                ctx.fireChannelActive();
                return;
            }
        }
        if (config.greetingDelay().isZero()) {
            greet(ctx);
        } else {
            ctx.executor().schedule(() -> greet(ctx), config.greetingDelay().toMillis(), TimeUnit.MILLISECONDS);
        }
        ctx.fireChannelActive();
    }

    private void greet(ChannelHandlerContext ctx) {
        if (closing) {
            return;
        }
        greeted = true;
        ctx.writeAndFlush(buffer(SmtpReplies.greeting(config.hostname(), config.mode().isLmtp())));
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (!(msg instanceof SmtpInput) && !(msg instanceof OversizedLine) || closing) {
            release(msg);
            return;
        }
        if (!greeted) {
            // RFC 5321 §4.3.1: the client waits for the greeting; one that does not is a spam engine.
            release(msg);
            close(ctx, SmtpReplies.EARLY_TALKER);
            return;
        }
        pending.add(msg);
        if (pending.size() >= config.maxPipelined()) {
            ctx.channel().config().setAutoRead(false);
        }
        drain(ctx);
    }

    private void drain(ChannelHandlerContext ctx) {
        if (!busy && !closing && !pending.isEmpty()) {
            Object next = pending.poll();
            busy = true;
            worker.execute(() -> run(ctx, next));
        }
        if (!closing && pending.size() < config.maxPipelined() / 2 && !ctx.channel().config().isAutoRead()) {
            ctx.channel().config().setAutoRead(true);
        }
    }

    /** On the worker: dispatch, then back to the event loop once the outcome (maybe a commit) is known. */
    private void run(ChannelHandlerContext ctx, Object input) {
        CompletionStage<Outcome> stage;
        try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
            stage = dispatcher.dispatch(session, input);
        } catch (RuntimeException e) {
            try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                LOG.error("command failed: {}", e.toString());
            }
            stage = java.util.concurrent.CompletableFuture.completedFuture(Outcome.close(SmtpReplies.TEMPORARY_FAILURE));
        }
        stage.whenComplete((outcome, error) -> {
            Outcome result = error == null ? outcome : Outcome.close(SmtpReplies.TEMPORARY_FAILURE);
            if (ctx.executor().inEventLoop()) {
                complete(ctx, result);
            } else {
                ctx.executor().execute(() -> complete(ctx, result));
            }
        });
    }

    /**
     * Counts the outcome's error replies; past the soft limit the replies wait (the tarpit), at the hard
     * limit the session closes with {@code 421 4.7.0} after them.
     */
    private void complete(ChannelHandlerContext ctx, Outcome outcome) {
        if (inactive) {
            busy = false;
            return;
        }
        int before = errors;
        for (SmtpReply reply : outcome.replies()) {
            if (reply.code() >= 400 && reply.code() != 421) {
                errors++;
            }
        }
        Outcome result = outcome;
        if (errors > before && throttle.tooManyErrors(errors) && outcome.after() != Outcome.After.CLOSE) {
            try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                LOG.info("closing after {} error replies", errors);
            }
            java.util.List<SmtpReply> replies = new java.util.ArrayList<>(outcome.replies());
            replies.add(SmtpReplies.TOO_MANY_ERRORS);
            result = new Outcome(replies, Outcome.After.CLOSE);
        }
        java.time.Duration delay = errors > before ? throttle.delayAfter(errors) : java.time.Duration.ZERO;
        if (delay.isZero()) {
            apply(ctx, result);
        } else {
            Outcome delayed = result;
            ctx.executor().schedule(() -> apply(ctx, delayed), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void apply(ChannelHandlerContext ctx, Outcome outcome) {
        if (inactive) {
            busy = false;
            return;
        }
        for (SmtpReply reply : outcome.replies()) {
            if (outcome.after() == Outcome.After.START_TLS) {
                break;
            }
            ctx.write(buffer(reply));
        }
        switch (outcome.after()) {
            case CLOSE -> {
                closing = true;
                pending.forEach(SmtpSessionHandler::release);
                pending.clear();
                ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
            }
            case START_TLS -> {
                // RFC 3207 §4.2 / CVE-2011-0411: anything pipelined behind STARTTLS is dropped unread.
                pending.forEach(SmtpSessionHandler::release);
                pending.clear();
                ctx.flush();
                StartTls.upgrade(ctx.channel(), tls, framer, buffer(outcome.replies().get(0)));
                framer.resume();
            }
            case READ_DATA -> {
                ctx.flush();
                framer.resumeData();
            }
            case READ_LINES -> {
                ctx.flush();
                framer.resume();
            }
            case CONTINUE -> {
                if (pending.isEmpty()) {
                    ctx.flush();
                }
            }
        }
        busy = false;
        drain(ctx);
        if (pending.isEmpty() && !busy) {
            ctx.flush();
        }
    }

    private void close(ChannelHandlerContext ctx, SmtpReply reply) {
        closing = true;
        pending.forEach(SmtpSessionHandler::release);
        pending.clear();
        ctx.writeAndFlush(buffer(reply)).addListener(ChannelFutureListener.CLOSE);
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        inactive = true;
        closing = true;
        pending.forEach(SmtpSessionHandler::release);
        pending.clear();
        if (session != null) {
            // A dropped connection never commits: the partial message goes (RFC 5321 §3.8).
            worker.execute(() -> {
                try (SessionIds.Scope ignored = SessionIds.enter(session.id())) {
                    session.resetTransaction();
                    LOG.debug("connection closed");
                }
            });
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
        if (IdleLimit.isTimeout(evt) && !closing) {
            close(ctx, SmtpReplies.IDLE_TIMEOUT); // RFC 5321 §4.5.3.2.7
            return;
        }
        ctx.fireUserEventTriggered(evt);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        try (SessionIds.Scope ignored = SessionIds.enter(session == null ? "smtp-?" : session.id())) {
            LOG.debug("connection error: {}", cause.toString());
        }
        ctx.close();
    }

    private static ByteBuf buffer(SmtpReply reply) {
        return Unpooled.wrappedBuffer(reply.render().getBytes(StandardCharsets.UTF_8));
    }

    private static void release(Object msg) {
        if (msg instanceof SmtpInput.DataPiece piece) {
            piece.data().release();
        } else {
            ReferenceCountUtil.release(msg);
        }
    }
}
