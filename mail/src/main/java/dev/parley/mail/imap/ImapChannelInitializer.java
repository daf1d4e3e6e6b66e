package dev.parley.mail.imap;

import dev.parley.mail.imap.backend.ImapBackend;
import dev.parley.mail.imap.command.CommandRegistry;
import dev.parley.mail.imap.parse.ImapFrameDecoder;
import dev.parley.mail.imap.session.ImapConfig;
import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.StartTls;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;

/**
 * The IMAP pipeline, in order: [implicit TLS], idle time-out, framing with literal handling, the
 * session. STARTTLS later puts TLS in front.
 */
@ChannelHandler.Sharable
public final class ImapChannelInitializer extends ChannelInitializer<Channel> {

    private final ImapBackend backend;
    private final ImapConfig config;
    private final CommandRegistry registry = CommandRegistry.standard();

    public ImapChannelInitializer(ImapBackend backend, ImapConfig config) {
        this.backend = backend;
        this.config = config;
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
