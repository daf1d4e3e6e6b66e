package dev.parley.mail.pop3;

import dev.parley.mail.pop3.session.AuthDelay;
import dev.parley.mail.pop3.session.Pop3Config;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;

import java.nio.charset.StandardCharsets;

/** A POP3 connection on an {@link EmbeddedChannel}: bytes in, bytes out, everything on the test thread. */
public final class Pop3Wire {

    public static final Pop3Config PLAINTEXT = Pop3Config.defaults().withPlaintextAuth(true).withAuthDelay(AuthDelay.NONE);

    public final EmbeddedChannel channel;

    public Pop3Wire(Pop3Config config, InMemoryPop3Backend backend) {
        this(config, backend, null, false);
    }

    public Pop3Wire(Pop3Config config, InMemoryPop3Backend backend, SslContext tls, boolean implicitTls) {
        channel = new EmbeddedChannel(new Pop3ChannelInitializer(config, backend, Runnable::run, tls, implicitTls));
    }

    /** Sends the text as one packet, exactly as given (include the CRLFs). */
    public Pop3Wire send(String text) {
        return sendBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public Pop3Wire sendBytes(byte[] bytes) {
        channel.writeInbound(Unpooled.wrappedBuffer(bytes));
        channel.runPendingTasks();
        return this;
    }

    /** Everything the server wrote since the last call. */
    public String read() {
        StringBuilder out = new StringBuilder();
        Object msg;
        while ((msg = channel.readOutbound()) != null) {
            ByteBuf buf = (ByteBuf) msg;
            out.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        return out.toString();
    }

    /** Sends one command line and returns the reply. */
    public String command(String line) {
        send(line + "\r\n");
        return read();
    }

    /** Reads the greeting and logs in with USER/PASS. */
    public Pop3Wire login(String user, String password) {
        read();
        send("USER " + user + "\r\nPASS " + password + "\r\n");
        String reply = read();
        if (!reply.startsWith("+OK send PASS\r\n+OK logged in")) {
            throw new AssertionError("login failed: " + reply);
        }
        return this;
    }
}
