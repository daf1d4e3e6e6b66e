package dev.parley.mail.imap;

import dev.parley.mail.imap.backend.BackendException;
import dev.parley.mail.imap.backend.ImapBackend;
import dev.parley.mail.imap.command.BackendFailures;
import dev.parley.mail.imap.command.CommandContext;
import dev.parley.mail.imap.command.CommandRegistry;
import dev.parley.mail.imap.command.ImapCommand;
import dev.parley.mail.imap.parse.CommandFrame;
import dev.parley.mail.imap.parse.ImapReader;
import dev.parley.mail.imap.parse.RejectedCommand;
import dev.parley.mail.imap.parse.SyntaxException;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.response.ImapFailure;
import dev.parley.mail.imap.response.ResponseCode;
import dev.parley.mail.imap.response.Status;
import dev.parley.mail.imap.session.Capabilities;
import dev.parley.mail.imap.session.ChangeReporter;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.SessionState;
import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.SerialExecutor;
import dev.parley.mail.net.SessionIds;
import dev.parley.mail.net.StartTls;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.util.ReferenceCountUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.net.InetAddress;
import java.net.InetSocketAddress;

/**
 * The IMAP session on a connection: turns frames into commands, runs them on the session's
 * serial executor, and writes the tagged completions. Exceptions become replies here and only
 * here: syntax and state errors BAD, back-end failures via {@link BackendFailures}, anything
 * unexpected {@code NO [SERVERBUG]} logged once at ERROR.
 */
public final class ImapServerHandler extends ChannelInboundHandlerAdapter {

    private static final Logger LOG = LoggerFactory.getLogger(ImapServerHandler.class);

    private final ImapBackend backend;
    private final CommandRegistry registry;
    private final dev.parley.mail.imap.session.ImapConfig config;
    private final String sessionId = SessionIds.next("imap");
    private ImapOutput out;
    private SerialExecutor serial;
    private ImapSession session;
    private ChannelHandlerContext ctx;
    /** A command waiting for client lines (AUTHENTICATE, IDLE). */
    private Waiting waiting;
    private volatile boolean dirty;
    /** Reading paused because too many commands wait (bounded pipelining). */
    private volatile boolean throttled;
    /** Reading paused until STARTTLS/COMPRESS has switched the pipeline; never resumed early. */
    private volatile boolean switchPending;
    /** Commands queued per session before reading pauses. */
    private static final int MAX_QUEUED = 32;
    /** RFC 4978: compressed bytes that arrived with the COMPRESS command, for the inflater. */
    private ByteBuf compressedLeftover = io.netty.buffer.Unpooled.EMPTY_BUFFER;

    private record Waiting(Invocation invocation, CommandContext.Continuation continuation, boolean idle) {
    }

    public ImapServerHandler(ImapBackend backend, CommandRegistry registry, dev.parley.mail.imap.session.ImapConfig config) {
        this.backend = backend;
        this.registry = registry;
        this.config = config;
    }

    String sessionId() {
        return sessionId;
    }

    ImapSession session() {
        return session;
    }

    @Override
    public void channelActive(ChannelHandlerContext context) throws Exception {
        this.ctx = context;
        this.serial = new SerialExecutor(config.executor());
        InetAddress remote = context.channel().remoteAddress() instanceof InetSocketAddress inet ? inet.getAddress() : null;
        this.session = new ImapSession(sessionId, remote, config, () -> StartTls.isActive(context.channel()));
        this.out = new ImapOutput(context.channel(), session);
        try (SessionIds.Scope scope = SessionIds.enter(sessionId)) {
            LOG.debug("connection from {}", remote);
        }
        out.untagged("OK " + ResponseCode.CAPABILITY.with(Capabilities.of(session, config.appendLimit())).render()
                + " Parley IMAP4rev2 server ready");
        out.flush();
        super.channelActive(context);
    }

    @Override
    public void channelRead(ChannelHandlerContext context, Object msg) {
        if (msg instanceof CommandFrame frame) {
            LayerSwitches.Pending pending = LayerSwitches.beforeQueueing(context, frame, session, config);
            if (pending.leftover() != null) {
                compressedLeftover = pending.leftover();
            }
            if (pending.paused()) {
                switchPending = true;
            }
            serial.execute(() -> inSession(() -> {
                onFrame(frame);
                resumeIfDrained();
            }));
            if (serial.backlog() > MAX_QUEUED) {
                throttled = true;
                context.channel().config().setAutoRead(false);
            }
        } else if (msg instanceof RejectedCommand rejected) {
            serial.execute(() -> inSession(() -> onRejected(rejected)));
        } else {
            ReferenceCountUtil.release(msg);
        }
    }

    @Override
    public void userEventTriggered(ChannelHandlerContext context, Object evt) throws Exception {
        if (IdleLimit.isTimeout(evt)) {
            serial.execute(() -> inSession(() -> {
                LOG.info("autologout after {} idle", config.idleTimeout());
                out.untagged("BYE Autologout; idle for too long");
                close();
            }));
            return;
        }
        super.userEventTriggered(context, evt);
    }

    @Override
    public void channelInactive(ChannelHandlerContext context) throws Exception {
        serial.execute(() -> inSession(() -> {
            LOG.debug("connection closed");
            session.release();
        }));
        super.channelInactive(context);
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext context, Throwable cause) {
        try (SessionIds.Scope scope = SessionIds.enter(sessionId)) {
            LOG.debug("connection error, closing: {}", cause.toString());
        }
        context.close();
    }

    /** Called by the back end from any thread: wake an IDLE, or mark for the next command. */
    void mailboxChanged() {
        dirty = true;
        serial.execute(() -> inSession(() -> {
            if (waiting != null && waiting.idle && dirty) {
                dirty = false;
                report(waiting.invocation, true, true);
                out.flush();
            }
        }));
    }

    private void onFrame(CommandFrame frame) {
        if (session.state() == SessionState.LOGOUT) {
            return;
        }
        if (waiting != null) {
            Waiting w = waiting;
            waiting = null;
            finish(w.invocation, run(() -> w.continuation.onLine(frame.bytes(), w.invocation)));
            return;
        }
        ImapReader reader = new ImapReader(frame);
        String tag;
        try {
            tag = reader.tag();
        } catch (SyntaxException e) {
            finish(new Invocation("*", ImapCommand.Delivery.NONE), Completion.bad("Missing or invalid tag"));
            return;
        }
        Invocation invocation = new Invocation(tag, ImapCommand.Delivery.NONE);
        try {
            reader.sp();
            String name = reader.keyword();
            if (name.equals("UID")) {
                reader.sp();
                name = "UID " + reader.keyword();
            }
            ImapCommand<?> command = registry.find(name);
            if (command == null) {
                finish(invocation, Completion.bad("Unknown command " + printable(name)));
                return;
            }
            if (!command.states().contains(session.state())) {
                finish(invocation, Completion.bad(name + " is not valid in the " + stateName() + " state"));
                return;
            }
            LOG.debug("command {} {}", tag, name);
            dispatch(command, reader, invocation);
        } catch (SyntaxException e) {
            finish(invocation, Completion.bad(e.getMessage()));
        }
    }

    private <R> void dispatch(ImapCommand<R> command, ImapReader reader, Invocation invocation) throws SyntaxException {
        R request = command.parse(reader, session);
        invocation.delivery = command.delivery(request);
        finish(invocation, run(() -> command.execute(request, invocation)));
    }

    /** Resumes reading once the queue has drained, unless a layer switch holds it. */
    private void resumeIfDrained() {
        if (throttled && !switchPending && serial.backlog() < MAX_QUEUED / 2) {
            throttled = false;
            ctx.channel().config().setAutoRead(true);
        }
    }

    private void onRejected(RejectedCommand rejected) {
        LOG.debug("rejected: {}", rejected.description());
        String tag = rejected.tag() == null ? "*" : rejected.tag();
        Completion completion = rejected.kind() != RejectedCommand.Kind.LINE_TOO_LONG && rejected.append() && !rejected.nonSync()
                ? Completion.no(ResponseCode.TOOBIG, rejected.description()) // RFC 7889 §4
                : Completion.bad(rejected.kind() == RejectedCommand.Kind.LINE_TOO_LONG ? null : ResponseCode.TOOBIG,
                rejected.description());
        finish(new Invocation(tag, ImapCommand.Delivery.NONE), completion);
    }

    private interface Step {
        Completion run() throws BackendException, ImapFailure;
    }

    private Completion run(Step step) {
        try {
            return step.run();
        } catch (ImapFailure e) {
            return e.completion();
        } catch (BackendException e) {
            if (e.reason() == BackendException.Reason.UNAVAILABLE) {
                LOG.error("back end unavailable: {}", e.getMessage(), e);
            } else {
                LOG.debug("refused: {} {}", e.reason(), e.getMessage());
            }
            return BackendFailures.toCompletion(e);
        } catch (RuntimeException e) {
            // STYLE: a failing back end (an EJBException, a driver error) gives a temporary reply;
            // the stack trace goes to the log once, never to the client.
            LOG.error("command failed", e);
            return BackendFailures.toCompletion(BackendException.unavailable(e.toString(), e));
        }
    }

    private void finish(Invocation invocation, Completion completion) {
        if (completion.isPending()) {
            out.flush();
            return;
        }
        if (completion.isSent()) {
            return;
        }
        ImapCommand.Delivery delivery = invocation.delivery;
        if (session.state() == SessionState.SELECTED && delivery != ImapCommand.Delivery.NONE) {
            boolean refresh = delivery == ImapCommand.Delivery.SYNC;
            if (dirty) {
                // cleared before asking the back end: a notification arriving after this sets it again
                dirty = false;
                refresh = refresh || session.selected() == null || session.selected().mailbox().mayHaveChanges();
            }
            report(invocation, refresh, delivery != ImapCommand.Delivery.NO_EXPUNGE);
        }
        out.tagged(invocation.tag, completion);
        if (completion.status() == Status.BAD && session.countBad()) {
            out.untagged("BYE Too many invalid commands");
            LOG.info("closing after {} invalid commands", config.maxBadCommands());
            close();
            return;
        }
        if (completion.status() != Status.BAD) {
            session.resetBad();
        }
        if (completion.close()) {
            close();
        } else {
            out.flush();
        }
    }

    private void report(Invocation invocation, boolean refresh, boolean expunges) {
        try {
            ChangeReporter.report(session, out, refresh, expunges);
        } catch (BackendException | RuntimeException e) {
            LOG.error("could not read mailbox changes: {}", e.getMessage(), e);
        }
    }

    private void close() {
        session.release();
        ctx.channel().writeAndFlush(io.netty.buffer.Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    }

    private void inSession(Runnable task) {
        try (SessionIds.Scope scope = SessionIds.enter(sessionId)) {
            task.run();
        }
    }

    private String stateName() {
        return session.state().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }

    private static String printable(String s) {
        return s.length() > 20 ? s.substring(0, 20) + "..." : s;
    }

    /** The context of one running command. */
    private final class Invocation extends ImapInvocation {
        Invocation(String tag, ImapCommand.Delivery delivery) {
            super(tag, delivery, ImapServerHandler.this.session, out, backend);
        }

        @Override
        protected void waitFor(CommandContext.Continuation continuation, boolean idle) {
            waiting = new Waiting(this, continuation, idle);
        }

        @Override
        protected ChannelHandlerContext channelContext() {
            return ctx;
        }

        @Override
        protected void changed() {
            mailboxChanged();
        }

        @Override
        protected void switched() {
            switchPending = false;
            throttled = false;
        }

        @Override
        protected ByteBuf takeLeftover() {
            ByteBuf leftover = compressedLeftover;
            compressedLeftover = io.netty.buffer.Unpooled.EMPTY_BUFFER;
            return leftover;
        }

        @Override
        public void deliverChanges() {
            dirty = false;
            report(this, true, true);
        }
    }
}
