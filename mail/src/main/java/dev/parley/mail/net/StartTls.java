package dev.parley.mail.net;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelHandler;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslHandler;

/**
 * The STARTTLS/STLS switch shared by IMAP, POP3, SMTP and ManageSieve.
 *
 * <p>RFC 9051 §6.2.1: the TLS negotiation begins immediately after the CRLF of the tagged OK. The
 * {@link SslHandler} therefore goes into the pipeline <em>before</em> the OK is written, in
 * start-TLS mode so that exactly that first flush leaves in plaintext; every byte read afterwards
 * is TLS. Plaintext already buffered behind the command is discarded: it cannot have come from an
 * honest client and would otherwise be executed as if protected (CVE-2011-0411).
 */
public final class StartTls {

    /** Pipeline name of the TLS handler; {@link #isActive(Channel)} looks for it. */
    public static final String HANDLER_NAME = "tls";

    private StartTls() {
    }

    /**
     * Call on the channel's event loop while handling the STARTTLS command.
     *
     * @param channel    the connection
     * @param context    server TLS context
     * @param framer     the framing decoder whose buffered plaintext is to be dropped (may be null)
     * @param okResponse the complete positive reply (e.g. a {@code ByteBuf} with
     *                   {@code "a1 OK Begin TLS negotiation now\r\n"})
     * @return the future of the plaintext reply
     */
    public static ChannelFuture upgrade(Channel channel, SslContext context, PlaintextBuffer framer, Object okResponse) {
        if (isActive(channel)) {
            throw new IllegalStateException("TLS already active");
        }
        if (framer != null) {
            framer.discardBuffered();
        }
        ChannelPipeline pipeline = channel.pipeline();
        // startTls=true: the first flush (our OK) passes unencrypted, then the handshake follows.
        SslHandler startTls = new SslHandler(context.newEngine(channel.alloc()), true);
        pipeline.addFirst(HANDLER_NAME, startTls);
        return channel.writeAndFlush(okResponse);
    }

    /** True when the connection is already protected (implicit TLS or an earlier STARTTLS). */
    public static boolean isActive(Channel channel) {
        ChannelHandler handler = channel.pipeline().get(HANDLER_NAME);
        return handler instanceof SslHandler || channel.pipeline().get(SslHandler.class) != null;
    }
}
