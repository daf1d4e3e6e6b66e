package dev.parley.mail.smtp;

import dev.parley.mail.net.IdleLimit;
import dev.parley.mail.net.StartTls;
import dev.parley.mail.smtp.backend.SmtpBackend;
import dev.parley.mail.smtp.codec.SmtpFramer;
import dev.parley.mail.smtp.command.SmtpDispatcher;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;

import java.util.Objects;
import java.util.concurrent.Executor;

/**
 * The SMTP/submission/LMTP pipeline, in order (STYLE): TLS for implicit-TLS submission (RFC 8314,
 * port 2465), idle timer, the mode-switching framer (command lines, DATA, BDAT chunks), session.
 * STARTTLS later inserts TLS in front of all of them. Replies are written as bytes by the session.
 */
@ChannelHandler.Sharable
public final class SmtpChannelInitializer extends ChannelInitializer<Channel> {

    private final SmtpConfig config;
    private final SmtpBackend backend;
    private final Executor worker;
    private final SslContext tls;
    private final boolean implicitTls;
    private final SmtpDispatcher dispatcher = new SmtpDispatcher();
    private final SmtpThrottle throttle;

    /**
     * @param worker      runs commands, which may block on the back end (a container-managed pool)
     * @param tls         server context; null disables STARTTLS (and implicit TLS)
     * @param implicitTls TLS from the first byte (submissions on 2465)
     */
    public SmtpChannelInitializer(SmtpConfig config, SmtpBackend backend, Executor worker, SslContext tls,
                                  boolean implicitTls) {
        this(config, backend, worker, tls, implicitTls, SmtpThrottle.defaults());
    }

    /** @param throttle connection rate per address and delay on error replies, shared by the listener's sessions */
    public SmtpChannelInitializer(SmtpConfig config, SmtpBackend backend, Executor worker, SslContext tls,
                                  boolean implicitTls, SmtpThrottle throttle) {
        this.throttle = Objects.requireNonNull(throttle, "throttle");
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
        SmtpFramer framer = new SmtpFramer(config.maxLineLength());
        pipeline.addLast("framer", framer);
        pipeline.addLast("session", new SmtpSessionHandler(config, backend, worker, tls, framer, dispatcher, throttle));
    }
}
