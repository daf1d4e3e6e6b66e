package dev.parley.mail.pop3;

import dev.parley.mail.net.BoundedLineDecoder;
import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.StartTls;
import dev.parley.mail.pop3.backend.Pop3Backend;
import dev.parley.mail.pop3.codec.Pop3RequestDecoder;
import dev.parley.mail.pop3.codec.Pop3ResponseEncoder;
import dev.parley.mail.pop3.command.Pop3Dispatcher;
import dev.parley.mail.pop3.session.Pop3Config;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.stream.ChunkedWriteHandler;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The POP3 pipeline, in order (STYLE): TLS for implicit-TLS listeners (RFC 8314, port 2995),
 * idle timer, bounded line framing, chunked writer (message bodies with back-pressure), request
 * decoder, response encoder, session. STLS later inserts TLS in front of all of them.
 */
@ChannelHandler.Sharable
public final class Pop3ChannelInitializer extends ChannelInitializer<Channel> {

    private final Pop3Config config;
    private final Pop3Backend backend;
    private final Executor worker;
    private final SslContext tls;
    private final boolean implicitTls;
    private final Pop3ResponseEncoder encoder = new Pop3ResponseEncoder();
    private final Pop3Dispatcher dispatcher = new Pop3Dispatcher();

    /**
     * @param worker      runs commands, which may block on the back end (a container-managed pool)
     * @param tls         server context; null disables STLS (and implicit TLS)
     * @param implicitTls true for the POP3S listener: TLS from the first byte
     */
    public Pop3ChannelInitializer(Pop3Config config, Pop3Backend backend, Executor worker, SslContext tls,
                                  boolean implicitTls) {
        this.config = Objects.requireNonNull(config, "config");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.worker = Objects.requireNonNull(worker, "worker");
        if (implicitTls && tls == null) {
            throw new IllegalArgumentException("implicit TLS needs a TLS context");
        }
        this.tls = tls;
        this.implicitTls = implicitTls;
    }

    @Override
    protected void initChannel(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        if (implicitTls) {
            pipeline.addLast(StartTls.HANDLER_NAME, tls.newHandler(channel.alloc()));
        }
        pipeline.addLast("idle", IdleLimit.readerIdle(config.idleTimeout()));
        BoundedLineDecoder framer = new BoundedLineDecoder(config.maxLineLength());
        pipeline.addLast("framer", framer);
        pipeline.addLast("chunked", new ChunkedWriteHandler());
        pipeline.addLast("decoder", new Pop3RequestDecoder());
        pipeline.addLast("encoder", encoder);
        pipeline.addLast("session", new Pop3SessionHandler(config, backend, worker, tls, framer, dispatcher));
    }
}
