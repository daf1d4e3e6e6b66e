package dev.parley.mail.imap;

import dev.parley.mail.imap.backend.ImapBackend;
import dev.parley.mail.imap.backend.MailboxListener;
import dev.parley.mail.imap.backend.MailboxUser;
import dev.parley.mail.imap.command.CommandContext;
import dev.parley.mail.imap.command.ImapCommand;
import dev.parley.mail.imap.parse.ImapFrameDecoder;
import dev.parley.mail.imap.response.Completion;
import dev.parley.mail.imap.session.ImapSession;
import dev.parley.mail.imap.session.Responder;
import dev.parley.mail.net.StartTls;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.compression.JdkZlibDecoder;
import io.netty.handler.codec.compression.JdkZlibEncoder;
import io.netty.handler.codec.compression.ZlibWrapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.charset.StandardCharsets;

/** The {@link CommandContext} of one command; the handler supplies the connection hooks. */
abstract class ImapInvocation implements CommandContext {

    private static final Logger LOG = LoggerFactory.getLogger(ImapInvocation.class);

    final String tag;
    ImapCommand.Delivery delivery;
    private final ImapSession session;
    private final ImapOutput out;
    private final ImapBackend backend;

    ImapInvocation(String tag, ImapCommand.Delivery delivery, ImapSession session, ImapOutput out, ImapBackend backend) {
        this.tag = tag;
        this.delivery = delivery;
        this.session = session;
        this.out = out;
        this.backend = backend;
    }

    protected abstract void waitFor(Continuation continuation, boolean idle);

    protected abstract ChannelHandlerContext channelContext();

    protected abstract void changed();

    /** The pipeline switch is done; reading resumes. */
    protected abstract void switched();

    /** Bytes read after a COMPRESS command (already compressed), taken from the framer. */
    protected abstract ByteBuf takeLeftover();

    @Override
    public String tag() {
        return tag;
    }

    @Override
    public ImapSession session() {
        return session;
    }

    @Override
    public Responder out() {
        return out;
    }

    @Override
    public ImapBackend backend() {
        return backend;
    }

    @Override
    public void loggedIn(MailboxUser user) {
        session.authenticated(user);
        ImapFrameDecoder framer = channelContext().pipeline().get(ImapFrameDecoder.class);
        if (framer != null) {
            framer.appendLimit(Math.min(user.appendLimit(), session.config().appendLimit()));
        }
        LOG.info("logged in as {}", user.username());
    }

    @Override
    public MailboxListener mailboxListener() {
        return this::changed;
    }

    @Override
    public void awaitContinuation(Continuation continuation) {
        waitFor(continuation, false);
    }

    @Override
    public void idle(Continuation done) {
        waitFor(done, true);
    }

    @Override
    public Completion startCompression() {
        ChannelHandlerContext ctx = channelContext();
        session.compressed(true);
        ByteBuf ok = ctx.alloc().buffer().writeBytes((tag + " OK DEFLATE active\r\n").getBytes(StandardCharsets.US_ASCII));
        Runnable switchOn = () -> {
            ctx.channel().writeAndFlush(ok);
            // after any TLS handler, before the framer: [tls] idle inflate deflate framer session
            ctx.pipeline().addBefore("framer", "inflate", new JdkZlibDecoder(ZlibWrapper.NONE, 64 * 1024));
            ctx.pipeline().addBefore("framer", "deflate", new JdkZlibEncoder(ZlibWrapper.NONE, 6));
            ByteBuf leftover = takeLeftover();
            if (leftover.isReadable()) {
                ctx.pipeline().context("idle").fireChannelRead(leftover);
            } else {
                leftover.release();
            }
            switched();
            ctx.channel().config().setAutoRead(true);
        };
        if (ctx.executor().inEventLoop()) {
            switchOn.run();
        } else {
            ctx.executor().execute(switchOn);
        }
        LOG.debug("DEFLATE compression on");
        return Completion.SENT;
    }

    @Override
    public Completion startTls() {
        ChannelHandlerContext ctx = channelContext();
        ByteBuf ok = ctx.alloc().buffer().writeBytes(
                (tag + " OK Begin TLS negotiation now\r\n").getBytes(StandardCharsets.US_ASCII));
        Runnable upgrade = () -> {
            StartTls.upgrade(ctx.channel(), session.config().tls(), ctx.pipeline().get(ImapFrameDecoder.class), ok);
            switched();
            ctx.channel().config().setAutoRead(true);
        };
        if (ctx.executor().inEventLoop()) {
            upgrade.run();
        } else {
            ctx.executor().execute(upgrade);
        }
        LOG.debug("starting TLS");
        return Completion.SENT;
    }
}
