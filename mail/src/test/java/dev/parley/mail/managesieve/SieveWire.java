package dev.parley.mail.managesieve;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;

import java.nio.charset.StandardCharsets;

/** A server connection on an {@link EmbeddedChannel}; commands run on the calling thread. */
final class SieveWire {

    final EmbeddedChannel channel;
    final InMemorySieveBackend backend;

    SieveWire(InMemorySieveBackend backend, ManageSieveConfig config, SslContext tls) {
        this.backend = backend;
        this.channel = new EmbeddedChannel(new ManageSieveChannelInitializer(config, backend, tls));
    }

    static SieveWire plain() {
        return new SieveWire(new InMemorySieveBackend(), config(), null);
    }

    static ManageSieveConfig config() {
        return ManageSieveConfig.defaults(Runnable::run).withPlaintextAuth(true).withMaxLiteral(4096);
    }

    /** Sends raw bytes (CRLF added by the caller) and returns what the server wrote. */
    String send(String raw) {
        channel.writeInbound(Unpooled.wrappedBuffer(raw.getBytes(StandardCharsets.UTF_8)));
        channel.runPendingTasks();
        return read();
    }

    String command(String line) {
        return send(line + "\r\n");
    }

    String read() {
        StringBuilder sb = new StringBuilder();
        Object out;
        while ((out = channel.readOutbound()) != null) {
            ByteBuf buf = (ByteBuf) out;
            sb.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        return sb.toString();
    }

    SieveWire login() {
        read();
        String r = command("AUTHENTICATE \"PLAIN\" \"" + java.util.Base64.getEncoder()
                .encodeToString("\0alice@example.test\0secret".getBytes(StandardCharsets.UTF_8)) + "\"");
        if (!r.startsWith("OK")) {
            throw new AssertionError(r);
        }
        return this;
    }
}
