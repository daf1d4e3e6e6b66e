package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * ManageSieve (RFC 5804) against the running suite over a raw socket: STARTTLS trusting exactly
 * {@code .parley/tls/cert.pem}, login as a fresh account, scripts stored, activated, listed, read
 * back, refused when bad (with the line number) or over the limits.
 */
class ManageSieveIT {

    private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PARLEY_IT_MANAGESIEVE_PORT", "4190"));
    private static ImapMailAccounts accounts;
    private static String user;

    @BeforeAll
    static void account() {
        accounts = new ImapMailAccounts();
        user = accounts.create("sieve");
    }

    @AfterAll
    static void cleanUp() {
        if (accounts != null) {
            accounts.close();
        }
    }

    /** A line-oriented client; after STARTTLS it reads and writes through TLS. */
    private static final class Client implements AutoCloseable {
        private Socket socket;
        private BufferedReader in;
        private OutputStream out;

        Client() throws Exception {
            attach(new Socket(ImapMailAccounts.HOST, PORT));
        }

        private void attach(Socket s) throws Exception {
            socket = s;
            socket.setSoTimeout(15_000);
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out = s.getOutputStream();
        }

        /** Reads lines up to and including the status line (OK/NO/BYE); literals are read whole. */
        String response() throws Exception {
            StringBuilder sb = new StringBuilder();
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    throw new AssertionError("connection closed after: " + sb);
                }
                sb.append(line).append("\r\n");
                if (line.matches("\\{\\d+}")) {
                    char[] literal = new char[Integer.parseInt(line.substring(1, line.length() - 1))];
                    int read = 0;
                    while (read < literal.length) {
                        read += in.read(literal, read, literal.length - read);
                    }
                    sb.append(literal);
                    continue;
                }
                if (line.startsWith("OK") || line.startsWith("NO") || line.startsWith("BYE")) {
                    return sb.toString();
                }
            }
        }

        String send(String raw) throws Exception {
            out.write(raw.getBytes(StandardCharsets.UTF_8));
            out.flush();
            return response();
        }

        String command(String line) throws Exception {
            return send(line + "\r\n");
        }

        void startTls() throws Exception {
            assertTrue(command("STARTTLS").startsWith("OK"));
            KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
            trust.load(null, null);
            try (InputStream pem = Files.newInputStream(Suite.home().resolve("tls/cert.pem"))) {
                trust.setCertificateEntry("parley", CertificateFactory.getInstance("X.509").generateCertificate(pem));
            }
            TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            tmf.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, tmf.getTrustManagers(), null);
            SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, "localhost", PORT, true);
            tls.startHandshake();
            attach(tls);
        }

        @Override
        public void close() throws Exception {
            socket.close();
        }
    }

    private static String literal(String content) {
        return "{" + content.getBytes(StandardCharsets.UTF_8).length + "+}\r\n" + content;
    }

    @Test
    void scriptsOverStartTls() throws Exception {
        try (Client client = new Client()) {
            String greeting = client.response();
            assertTrue(greeting.contains("\"STARTTLS\"") && greeting.contains("\"VERSION\" \"1.0\""), greeting);
            client.startTls();
            String caps = client.response();
            assertTrue(caps.contains("\"SASL\" \"PLAIN OAUTHBEARER\"") && !caps.contains("STARTTLS"), caps);
            String ir = Base64.getEncoder().encodeToString(("\0" + user + "\0" + accounts.password(user)).getBytes(StandardCharsets.UTF_8));
            assertEquals("OK \"Authenticated\"\r\n", client.command("AUTHENTICATE \"PLAIN\" \"" + ir + "\""));

            String good = "require [\"fileinto\"];\r\nif header :contains \"subject\" \"[list]\" {\r\n  fileinto \"Lists\";\r\n}\r\n";
            assertEquals("OK\r\n", client.send("PUTSCRIPT \"filters\" " + literal(good) + "\r\n"));
            String bad = "keep;\r\n\r\nfileinto \"x\";\r\n";
            String refused = client.send("PUTSCRIPT \"broken\" " + literal(bad) + "\r\n");
            assertTrue(refused.startsWith("NO \"line 3: "), refused);
            assertEquals("OK\r\n", client.command("PUTSCRIPT \"spare\" \"keep;\""));

            assertEquals("OK\r\n", client.command("SETACTIVE \"filters\""));
            assertEquals("\"filters\" ACTIVE\r\n\"spare\"\r\nOK\r\n", client.command("LISTSCRIPTS"));
            String got = client.command("GETSCRIPT \"filters\"");
            assertEquals("{" + good.length() + "}\r\n" + good + "\r\nOK\r\n", got);
            assertTrue(client.command("DELETESCRIPT \"filters\"").startsWith("NO (ACTIVE)"));
            assertTrue(client.command("HAVESPACE \"huge\" 10000000").startsWith("NO (QUOTA/MAXSIZE)"));
            assertEquals("OK\r\n", client.command("HAVESPACE \"small\" 100"));
            assertEquals("OK\r\n", client.command("RENAMESCRIPT \"spare\" \"spare2\""));
            assertEquals("OK\r\n", client.command("DELETESCRIPT \"spare2\""));
            assertEquals("OK\r\n", client.command("SETACTIVE \"\""));
            assertEquals("\"filters\"\r\nOK\r\n", client.command("LISTSCRIPTS"));
            assertEquals("OK \"Logout complete\"\r\n", client.command("LOGOUT"));
        }
    }

    @Test
    void wrongPasswordIsRefused() throws Exception {
        try (Client client = new Client()) {
            client.response();
            client.startTls();
            client.response();
            String ir = Base64.getEncoder().encodeToString(("\0" + user + "\0wrong").getBytes(StandardCharsets.UTF_8));
            String r = client.command("AUTHENTICATE \"PLAIN\" \"" + ir + "\"");
            assertTrue(r.startsWith("NO"), r);
        }
    }
}
