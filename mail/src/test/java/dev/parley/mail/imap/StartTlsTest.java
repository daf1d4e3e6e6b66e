package dev.parley.mail.imap;

import dev.parley.mail.net.TestCertificates;
import dev.parley.mail.net.TlsContexts;
import dev.parley.mail.imap.session.ImapConfig;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** RFC 9051 §6.2.1 STARTTLS through two EmbeddedChannels with a real TLS handshake. */
class StartTlsTest {

    private static SslContext serverContext;

    @BeforeAll
    static void certificate() throws Exception {
        char[] password = "changeit".toCharArray();
        serverContext = TlsContexts.fromKeyStore(TestCertificates.keyStore("localhost", password), password);
    }

    @Test
    void upgradeDiscardsInjectedPlaintextAndThenSpeaksTls() throws Exception {
        ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice(),
                ImapConfig.defaults().withTls(serverContext).withPlaintextLogin(false));
        String greeting = imap.read();
        assertTrue(greeting.contains(" STARTTLS ") && greeting.contains("LOGINDISABLED"), greeting);
        // CVE-2011-0411: a command pipelined in the same packet must not run.
        String ok = imap.send("a STARTTLS\r\nb LOGIN alice wonderland");
        assertEquals("a OK Begin TLS negotiation now\r\n", ok);

        SslContext clientContext = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
        EmbeddedChannel client = new EmbeddedChannel(new SslHandler(clientContext.newEngine(Unpooled.EMPTY_BUFFER.alloc())));
        pump(client, imap.channel);
        client.writeOutbound(Unpooled.copiedBuffer("c CAPABILITY\r\nd LOGIN alice wonderland\r\n", StandardCharsets.US_ASCII));
        pump(client, imap.channel);
        String plain = readInbound(client);
        assertTrue(plain.startsWith("* CAPABILITY IMAP4rev2 IMAP4rev1 AUTH=PLAIN"), plain);
        assertFalse(plain.contains("STARTTLS"), plain);
        assertTrue(plain.contains("c OK CAPABILITY completed\r\nd OK [CAPABILITY"), plain);
    }

    @Test
    void startTlsTwiceOrWithoutContextIsBad() {
        ImapHarness plain = new ImapHarness(ImapHarness.backendWithAlice());
        plain.read();
        assertEquals("a BAD STARTTLS is not offered\r\n", plain.send("a STARTTLS"));
        ImapHarness loggedIn = new ImapHarness(ImapHarness.backendWithAlice(), ImapConfig.defaults().withTls(serverContext))
                .loggedIn();
        assertEquals("b BAD STARTTLS is not valid in the authenticated state\r\n", loggedIn.send("b STARTTLS"));
    }

    /** Moves bytes both ways until both sides are quiet. */
    private static void pump(EmbeddedChannel client, EmbeddedChannel server) {
        for (int round = 0; round < 50; round++) {
            boolean moved = false;
            ByteBuf buf;
            while ((buf = client.readOutbound()) != null) {
                server.writeInbound(buf);
                moved = true;
            }
            server.runPendingTasks();
            while ((buf = server.readOutbound()) != null) {
                client.writeInbound(buf);
                moved = true;
            }
            client.runPendingTasks();
            if (!moved) {
                return;
            }
        }
    }

    private static String readInbound(EmbeddedChannel client) {
        StringBuilder sb = new StringBuilder();
        ByteBuf buf;
        while ((buf = client.readInbound()) != null) {
            sb.append(buf.toString(StandardCharsets.US_ASCII));
            buf.release();
        }
        return sb.toString();
    }
}
