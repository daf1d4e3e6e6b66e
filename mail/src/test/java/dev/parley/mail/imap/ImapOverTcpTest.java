package dev.parley.mail.imap;

import dev.parley.mail.imap.memory.MemoryBackend;
import dev.parley.mail.imap.session.ImapConfig;
import dev.parley.mail.net.ConnectionLimiter;
import dev.parley.mail.net.ProtocolServer;
import io.netty.channel.nio.NioEventLoopGroup;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The engine on a real socket with commands on a thread pool, as the EAR runs it. */
class ImapOverTcpTest {

    private NioEventLoopGroup group;
    private ExecutorService pool;
    private ProtocolServer server;
    private InetSocketAddress address;

    @BeforeEach
    void start() throws Exception {
        group = new NioEventLoopGroup(2);
        pool = Executors.newFixedThreadPool(4);
        MemoryBackend backend = ImapHarness.backendWithAlice();
        ImapConfig config = ImapConfig.defaults().withExecutor(pool);
        server = new ProtocolServer("imap", new InetSocketAddress("127.0.0.1", 0), group, group,
                new ConnectionLimiter(100, 10, "* BYE Too many connections\r\n"), new ImapChannelInitializer(backend, config));
        address = server.start();
    }

    @AfterEach
    void stop() throws Exception {
        server.stop(5, TimeUnit.SECONDS);
        pool.shutdownNow();
        group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }

    /** A line-oriented test client. */
    private final class Client implements AutoCloseable {
        final Socket socket = new Socket(address.getAddress(), address.getPort());
        final BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
        final OutputStream out = socket.getOutputStream();

        Client() throws Exception {
            socket.setSoTimeout(5000);
            assertTrue(in.readLine().startsWith("* OK [CAPABILITY"));
        }

        void write(String s) throws Exception {
            out.write(s.getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        /** Sends a command and reads up to its tagged reply. */
        String command(String tag, String command) throws Exception {
            write(tag + " " + command + "\r\n");
            return until(tag + " ");
        }

        String until(String prefix) throws Exception {
            StringBuilder sb = new StringBuilder();
            String line;
            do {
                line = in.readLine();
                sb.append(line).append('\n');
            } while (!line.startsWith(prefix));
            return sb.toString();
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }

    @Test
    void sessionOverTcpWithIdleWakeUp() throws Exception {
        try (Client a = new Client(); Client b = new Client()) {
            assertTrue(a.command("a1", "LOGIN alice wonderland").contains("a1 OK"));
            assertTrue(b.command("b1", "LOGIN alice wonderland").contains("b1 OK"));
            assertTrue(a.command("a2", "SELECT INBOX").contains("a2 OK [READ-WRITE]"));
            a.write("a3 IDLE\r\n");
            assertEquals("+ idling", a.in.readLine());
            b.write("b2 APPEND INBOX {20}\r\n");
            assertEquals("+ Ready for literal data", b.in.readLine());
            b.write("Subject: hi\r\n\r\nhello\r\n");
            assertTrue(b.until("b2 ").contains("b2 OK [APPENDUID"));
            assertEquals("* 1 EXISTS", a.in.readLine());
            assertEquals("* 1 RECENT", a.in.readLine());
            a.write("DONE\r\n");
            assertEquals("a3 OK IDLE terminated", a.in.readLine());
            String fetch = a.command("a4", "FETCH 1 (FLAGS BODY[HEADER.FIELDS (SUBJECT)])");
            assertTrue(fetch.startsWith("* 1 FETCH (FLAGS (\\Seen \\Recent) BODY[HEADER.FIELDS (SUBJECT)] {15}\n"), fetch);
            // pipelined commands keep their order across pool threads
            a.write("p1 NOOP\r\np2 NOOP\r\np3 NOOP\r\np4 NOOP\r\n");
            assertEquals("p1 OK NOOP completed", a.in.readLine());
            assertEquals("p2 OK NOOP completed", a.in.readLine());
            assertEquals("p3 OK NOOP completed", a.in.readLine());
            assertEquals("p4 OK NOOP completed", a.in.readLine());
            assertTrue(a.command("a5", "LOGOUT").contains("* BYE"));
        }
    }
}
