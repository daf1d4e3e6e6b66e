package dev.parley.mail.smtp;

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
 * TLS for the SMTP tests: this package's own self-signed EC certificate for CN=localhost (made with
 * {@code keytool -genkeypair -keyalg EC -storetype PKCS12}, password {@code changeit}), and a client
 * channel that pumps bytes to and from a server {@link EmbeddedChannel}.
 */
final class SmtpTls {

    private static final String KEYSTORE = String.join("",
            "MIID7AIBAzCCA5YGCSqGSIb3DQEHAaCCA4cEggODMIIDfzCCASYGCSqGSIb3DQEHAaCCARcEggETMIIBDzCCAQsGCyqGSIb3DQEM",
            "CgECoIG9MIG6MGYGCSqGSIb3DQEFDTBZMDgGCSqGSIb3DQEFDDArBBRXEXV/CDLLI+ozkx2A/2+b36SXUwICJxACASAwDAYIKoZI",
            "hvcNAgkFADAdBglghkgBZQMEASoEEFw+O1mN7czBgV8tkDkz6ngEUC+YqWVEirr6PdM+J1fYTCvRvc7eK6gdXUwu8V22iy7dzRl3",
            "KodHul9MR4Blh8l3BmX1ocZX7sMxisQ5ldWZQq/Pl1P7UZV6maZQEKJ+fFuCMTwwFwYJKoZIhvcNAQkUMQoeCABzAG0AdABwMCEG",
            "CSqGSIb3DQEJFTEUBBJUaW1lIDE3OTU1NTk5MzI4ODkwggJRBgkqhkiG9w0BBwagggJCMIICPgIBADCCAjcGCSqGSIb3DQEHATBm",
            "BgkqhkiG9w0BBQ0wWTA4BgkqhkiG9w0BBQwwKwQUk7esw9dUv0pv2IXQ0bWh8nGI6VkCAicQAgEgMAwGCCqGSIb3DQIJBQAwHQYJ",
            "YIZIAWUDBAEqBBDV2BGUQMhNKPslXLXSEoERgIIBwEaDFiwx2lZYf4HL/0eVJ5X+3J9GWyi5RW0DQ24ibDcX0RCszR8/owTxXihh",
            "TcW/L9+XqwUFBQy8NUn2Q+2b0GSfyRUgAvATexuL66OR/3KoaR/MhpXHaZKPprbgACDibZMTDhsZRZ+Zfl3wRtSwsw4oVbSIOWvQ",
            "BzcyovuRKkmARDqTrDHUilY7b6FN7Eb+S8PbZY3HNvntXmP8a/VGCH5cWMITWT4m13Ej0TfcHzQKqmS8YKaGeV2ckdVL0vIJqkCy",
            "IsN5ADSvOBnk51VMS7vq3OYPzEx57OlILrXAURBvxMdNyMLhY18sjdlBBR+yKQQZgKNihGklzD9NT9Hyf19KGxlLVVDtU3J7h8i5",
            "Ufgi+28glPWaY2BfXZOrZidCoD8TgdgdXAjPawoi5/d/7O9sqjFfdZtORcL0CsWWZHMHUipevWaUCjYnjovkpTTAZOH4qzbQplZU",
            "5iFtPf3NEx9UXAGINNwfLgWd6PdBJpn/U3TSH/eps9TQXQVlyuhdVljbrD82WyCtSvmlEUqD2M1LSoG1ZNodcmjWEkkmN5yO2m7x",
            "5vh4kNuetqJXtZRxcIwRhmdqiuh2NQqcOkT9HM8wTTAxMA0GCWCGSAFlAwQCAQUABCDAcblJDW13fXpstiMh7i6X2yskDc+sXy/N",
            "iAxW2s75AwQUmixnuM0X3UCPQ25Yv2Llc5ZAkigCAicQ");

    private SmtpTls() {
    }

    static SslContext server() throws Exception {
        KeyStore store = KeyStore.getInstance("PKCS12");
        char[] password = "changeit".toCharArray();
        store.load(new ByteArrayInputStream(Base64.getDecoder().decode(KEYSTORE)), password);
        return TlsContexts.fromKeyStore(store, password);
    }

    /** A TLS client whose plaintext side collects what the server sent. */
    static final class Client {
        private final EmbeddedChannel channel;
        private final EmbeddedChannel server;
        private final StringBuilder received = new StringBuilder();

        Client(EmbeddedChannel server) throws Exception {
            this.server = server;
            SslContext context = SslContextBuilder.forClient().trustManager(InsecureTrustManagerFactory.INSTANCE).build();
            channel = new EmbeddedChannel();
            channel.pipeline().addLast(new SslHandler(context.newEngine(channel.alloc(), "localhost", 2587)));
            pump();
        }

        private void pump() {
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

        String send(String text) {
            channel.writeAndFlush(channel.alloc().buffer().writeBytes(text.getBytes(StandardCharsets.UTF_8)));
            pump();
            return read();
        }

        String command(String line) {
            return send(line + "\r\n");
        }

        String read() {
            pump();
            String text = received.toString();
            received.setLength(0);
            return text;
        }
    }
}
