package dev.parley.mail.imap;

import dev.parley.mail.imap.backend.ImapBackend;
import dev.parley.mail.imap.command.CommandRegistry;
import dev.parley.mail.imap.parse.ImapFrameDecoder;
import dev.parley.mail.imap.session.ImapConfig;
import dev.parley.mail.net.BoundedExecutor;
import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.StartTls;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

/**
 * The IMAP pipeline, in order: [implicit TLS], idle time-out, framing with literal handling, the
 * session. STARTTLS later puts TLS in front.
 *
 * <p>All sessions of one initializer (one listener) share a {@link BoundedExecutor} over the configured
 * executor: at most {@link #DEFAULT_MAX_RUNNING} commands or change wake-ups run at once, however many
 * sessions a new message wakes (each session stays serialised on top of it).
 */
@ChannelHandler.Sharable
public final class ImapChannelInitializer extends ChannelInitializer<Channel> {

    private final ImapBackend backend;
    private final ImapConfig config;
    private final CommandRegistry registry = CommandRegistry.standard();

    /** Commands running at once per listener: about twice a JDBC pool of 32, so no thread waits for long. */
    public static final int DEFAULT_MAX_RUNNING = 64;

    public ImapChannelInitializer(ImapBackend backend, ImapConfig config) {
        this(backend, config, DEFAULT_MAX_RUNNING);
    }

    /** @param maxRunning commands and change wake-ups of this listener's sessions running at once */
    public ImapChannelInitializer(ImapBackend backend, ImapConfig config, int maxRunning) {
        this.backend = backend;
        this.config = config.withExecutor(new BoundedExecutor(config.executor(), maxRunning));
    }

    @Override
    protected void initChannel(Channel ch) {
        if (config.implicitTls()) {
            if (config.tls() == null) {
                throw new IllegalStateException("implicit TLS needs a TLS context");
            }
            ch.pipeline().addLast(StartTls.HANDLER_NAME, config.tls().newHandler(ch.alloc()));
        }
        ch.pipeline().addLast("idle", IdleLimit.readerIdle(config.idleTimeout()));
        ch.pipeline().addLast("framer", newFramer(config));
        ch.pipeline().addLast("session", new ImapServerHandler(backend, registry, config));
    }

    static ImapFrameDecoder newFramer(ImapConfig config) {
        return new ImapFrameDecoder(config.maxLine(), config.maxLiteral(), config.appendLimit(), config.maxCommand());
    }
}
