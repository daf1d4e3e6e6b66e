package dev.parley.mail.imap;

import dev.parley.mail.imap.memory.MemoryAccount;
import dev.parley.mail.imap.memory.MemoryBackend;
import dev.parley.mail.imap.session.ImapConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;

import java.nio.charset.StandardCharsets;

/**
 * Drives one IMAP connection through an {@link EmbeddedChannel}, byte for byte, against the
 * in-memory back end. Commands run on the test thread (direct executor).
 */
final class ImapHarness {

    static final String CRLF = "\r\n";

    final MemoryBackend backend;
    final EmbeddedChannel channel;

    ImapHarness(MemoryBackend backend, ImapConfig config) {
        this.backend = backend;
        this.channel = new EmbeddedChannel(new ImapChannelInitializer(backend, config));
    }

    ImapHarness(MemoryBackend backend) {
        this(backend, ImapConfig.defaults());
    }

    static MemoryBackend backendWithAlice() {
        MemoryBackend backend = new MemoryBackend(1024 * 1024);
        backend.addUser("alice", "wonderland");
        backend.addToken("token-alice", "alice");
        return backend;
    }

    MemoryAccount alice() {
        return backend.account("alice");
    }

    /** Sends raw bytes (may be part of a line). */
    ImapHarness write(String data) {
        return write(data.getBytes(StandardCharsets.UTF_8));
    }

    ImapHarness write(byte[] data) {
        channel.writeInbound(Unpooled.wrappedBuffer(data));
        channel.runPendingTasks();
        return this;
    }

    /** Everything the server wrote since the last call. */
    String read() {
        StringBuilder sb = new StringBuilder();
        ByteBuf buf;
        while ((buf = channel.readOutbound()) != null) {
            sb.append(buf.toString(StandardCharsets.UTF_8));
            buf.release();
        }
        return sb.toString();
    }

    /** Sends {@code line + CRLF} and returns the server's output. */
    String send(String line) {
        write(line + CRLF);
        return read();
    }

    /** The greeting, then LOGIN as alice. */
    ImapHarness loggedIn() {
        read();
        String out = send("L1 LOGIN alice wonderland");
        if (!out.contains("L1 OK")) {
            throw new AssertionError("login failed: " + out);
        }
        return this;
    }

    ImapHarness selected(String mailbox) {
        String out = send("S1 SELECT " + mailbox);
        if (!out.contains("S1 OK")) {
            throw new AssertionError("select failed: " + out);
        }
        return this;
    }

    static String message(String subject, String body) {
        return "From: Bob <bob@example.org>\r\nTo: alice@example.org\r\nSubject: " + subject
                + "\r\nDate: Mon, 7 Feb 1994 21:52:25 -0800\r\nMessage-ID: <" + subject.hashCode() + "@example.org>\r\n\r\n"
                + body + "\r\n";
    }

    void deliver(String mailbox, String message) {
        try {
            alice().deliver(dev.parley.mail.imap.backend.MailboxPath.of(mailbox), message.getBytes(StandardCharsets.UTF_8));
        } catch (dev.parley.mail.imap.backend.BackendException e) {
            throw new AssertionError(e);
        }
        channel.runPendingTasks();
    }
}
