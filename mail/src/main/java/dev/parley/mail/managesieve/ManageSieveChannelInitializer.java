package dev.parley.mail.managesieve;

import dev.parley.mail.managesieve.backend.SieveBackend;
import dev.parley.mail.managesieve.codec.ManageSieveDecoder;
import dev.parley.mail.managesieve.command.ManageSieveDispatcher;
import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.sieve.Sieve;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;

import java.util.Objects;

/**
 * The ManageSieve pipeline (RFC 5804), in order (STYLE): idle timer, bounded command decoder
 * (lines and literals), session. STARTTLS later inserts TLS in front of all of them.
 */
@ChannelHandler.Sharable
public final class ManageSieveChannelInitializer extends ChannelInitializer<Channel> {

    private final ManageSieveConfig config;
    private final SieveBackend backend;
    private final SslContext tls;
    private final Sieve sieve;
    private final ManageSieveDispatcher dispatcher = new ManageSieveDispatcher();

    /** @param tls server context for STARTTLS; null when no certificate is configured */
    public ManageSieveChannelInitializer(ManageSieveConfig config, SieveBackend backend, SslContext tls) {
        this.config = Objects.requireNonNull(config, "config");
        this.backend = Objects.requireNonNull(backend, "backend");
        this.tls = tls;
        this.sieve = config.sieve();
    }

    @Override
    protected void initChannel(Channel channel) {
        ChannelPipeline pipeline = channel.pipeline();
        pipeline.addLast("idle", IdleLimit.readerIdle(config.idleTimeout()));
        ManageSieveDecoder decoder = new ManageSieveDecoder(config.maxLine(), config.maxLiteral());
        pipeline.addLast("decoder", decoder);
        pipeline.addLast("session", new ManageSieveSessionHandler(config, backend, sieve, tls, decoder, dispatcher));
    }
}
