package dev.parley.mail.testing;

import dev.parley.mail.net.TlsContexts;
import io.netty.buffer.ByteBuf;
import io.netty.channel.embedded.EmbeddedChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.handler.ssl.SslHandler;
import io.netty.handler.ssl.util.InsecureTrustManagerFactory;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyStore;
import java.util.Base64;

/**
 * TLS between two embedded channels: a test-only self-signed EC certificate for CN=localhost
 * (made with {@code keytool -genkeypair -keyalg EC -storetype PKCS12}, password {@code changeit}),
 * and a client that pumps bytes to and from a server channel. Shared by the POP3 and ManageSieve TLS tests.
 */
public final class TestTls {

    private static final String KEYSTORE = String.join("",
            "MIID7AIBAzCCA5YGCSqGSIb3DQEHAaCCA4cEggODMIIDfzCCASYGCSqGSIb3DQEHAaCCARcEggETMIIBDzCCAQsGCyqGSIb3DQEM",
            "CgECoIG9MIG6MGYGCSqGSIb3DQEFDTBZMDgGCSqGSIb3DQEFDDArBBTdYDtvOZWzbEojAjz+tTgWe7FHeAICJxACASAwDAYIKoZI",
            "hvcNAgkFADAdBglghkgBZQMEASoEEHiR3MtiUSue2MMdkwKWnz0EUJa0KUHY2wpuhcCKT4B6AlBdKcRTU5DiNWNOHNj9Q3jCxKFA",
            "ak0wN0lWVDscxjuiNzFHuXbIepf9VAgzkl2fckTISBu75hajMRaFdixFTX6bMTwwFwYJKoZIhvcNAQkUMQoeCABwAG8AcAAzMCEG",
            "CSqGSIb3DQEJFTEUBBJUaW1lIDE3OTU1NTgzMTM5NjAwggJRBgkqhkiG9w0BBwagggJCMIICPgIBADCCAjcGCSqGSIb3DQEHATBm",
            "BgkqhkiG9w0BBQ0wWTA4BgkqhkiG9w0BBQwwKwQU57pudCcZ8pIprXcBsDFNyhGVBzkCAicQAgEgMAwGCCqGSIb3DQIJBQAwHQYJ",
            "YIZIAWUDBAEqBBDucdweheFJkwIRaJpqirkRgIIBwHzgDajdNFe3u3S2uOzogiMGPsA4KfNc+fW8Hatb5ylUfdTGQIkv264BdjZ8",
            "KhBFd3579rZeaxLTPRroRhwQDuR0iNDHT/tW0Pw6GZEumTCzMQ4VI8tqJbVrsmUAVzi60W6sS9aHqkA1oO0IVO2M1Qjkhm3ovNnK",
            "UUqGjoTf3gEQfh6swPpyH+0ZvqTa9NHbKZti1LAa89IWhMMtTnsIF1DGjWNtdoSNul0NmCr5JMcytxfqIXIiYIafANdjw3rd/YQD",
            "279GzwQ7ZHW5UT22t0lqF3h/232s0X2EKU1l+dk12kYVMNX9sp45XpoItAsMIqb4HrVUsaG6blz6sOIcr+kGVSmRC3yB65xxdVK2",
            "/k6OpS/4UTqjvYkJFIvoREF2bp29rKIhAB4e6WSOW+bKO0Z9ipDi6W+GYWzwqjP0RJ2CboMHF0Yl7zMNe121jzCm8Y5mQhArFuTg",
            "iDbcV7ABD3euX1AOp/DVt1chRjjJZuwJHGfaqvly0Imxqw+wDeESsfbsGssCzUWblWiAFD2KHz0rVrz8eO/rOBkyVBO9+zLrnjXc",
            "7K4djhWFLMKQmFoIUBQWFCL7Ym6oqDKhSTp+iLcwTTAxMA0GCWCGSAFlAwQCAQUABCCFyBaEQcGB3NEJmBmuR/BhoTweht70cyAF",
            "P+skRvyW7QQUoaGh6hnRF0uhIpcIYfnO6ZXoBF0CAicQ");

    private TestTls() {
    }

    public static SslContext server() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = "changeit".toCharArray();
        store.load(new ByteArrayInputStream(Base64.getDecoder().decode(KEYSTORE)), password);
        return TlsContexts.fromKeyStore(store, password);
    }

    /** A TLS client whose plaintext side collects what the server sent. */
    public static final class Client {
        public final EmbeddedChannel channel;
        private final EmbeddedChannel server;
        private final StringBuilder received = new StringBuilder();

        public Client(EmbeddedChannel server) throws Exception {
            this.server = server;
            SslContext context = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
            channel = new EmbeddedChannel();
            channel.pipeline().addLast(new SslHandler(context.newEngine(channel.alloc(), "localhost", 0)));
            pump();
        }

        /** Moves bytes both ways until neither side has anything more to say. */
        public void pump() {
            boolean moved = true;
            while (moved) {
                moved = false;
                Object out;
                while ((out = channel.readOutbound()) != null) {
                    server.writeInbound(out);
                    server.runPendingTasks();
                    moved = true;
                }
                while ((out = server.readOutbound()) != null) {
                    channel.writeInbound(out);
                    channel.runPendingTasks();
                    moved = true;
                }
            }
            Object in;
            while ((in = channel.readInbound()) != null) {
                ByteBuf buf = (ByteBuf) in;
                received.append(buf.toString(StandardCharsets.UTF_8));
                buf.release();
            }
        }

        public String command(String line) {
            channel.writeAndFlush(channel.alloc().buffer().writeBytes((line + "\r\n").getBytes(StandardCharsets.UTF_8)));
            pump();
            return read();
        }

        public String read() {
            String text = received.toString();
            received.setLength(0);
            return text;
        }
    }
}
