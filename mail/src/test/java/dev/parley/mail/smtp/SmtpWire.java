package dev.parley.mail.smtp;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;

import java.nio.charset.StandardCharsets;

/** An SMTP connection on an {@link EmbeddedChannel}: bytes in, bytes out, all on the test thread. */
final class SmtpWire {

    static final String HOST = "mx.example.org";

    final EmbeddedChannel channel;

    SmtpWire(SmtpConfig config, InMemorySmtpBackend backend) {
        this(config, backend, null, false);
    }

    /** No throttling: the engine tests send many errors on purpose ({@link SmtpThrottleTest} tests throttling). */
    static final SmtpThrottle LENIENT = new SmtpThrottle(1_000_000, 1_000_000, 2_000_000, java.time.Duration.ZERO,
            java.time.Duration.ZERO);

    SmtpWire(SmtpConfig config, InMemorySmtpBackend backend, SslContext tls, boolean implicitTls) {
        this(config, backend, tls, implicitTls, LENIENT);
    }

    SmtpWire(SmtpConfig config, InMemorySmtpBackend backend, SslContext tls, boolean implicitTls, SmtpThrottle throttle) {
        channel = new EmbeddedChannel(new SmtpChannelInitializer(config, backend, Runnable::run, tls, implicitTls, throttle));
    }

    static SmtpConfig mx() {
        return SmtpConfig.defaults(HOST, SmtpMode.MX);
    }

    /** Sends the text as one packet, exactly as given (include the CRLFs). */
    SmtpWire send(String text) {
        return sendBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    SmtpWire sendBytes(byte[] bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        channel.runPendingTasks();
        return this;
    }

    /** Everything the server wrote since the last call. */
    String read() {
        channel.runPendingTasks();
        StringBuilder out = new StringBuilder();
        Object msg;
        while ((msg = channel.readOutbound()) != null) {
            ByteBuf buf = (ByteBuf) msg;
            out.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        return out.toString();
    }

    String command(String line) {
        send(line + "\r\n");
        return read();
    }

    /** Reads the greeting and sends EHLO, returning this wire. */
    SmtpWire ehlo() {
        read();
        command("EHLO client.example.com");
        return this;
    }
}
