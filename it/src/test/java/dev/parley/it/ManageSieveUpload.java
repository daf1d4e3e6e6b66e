package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import javax.net.ssl.SSLSocket;

/** Makes a script a user's active one as a mail client does: PUTSCRIPT + SETACTIVE over ManageSieve (RFC 5804). */
final class ManageSieveUpload {

    static final int PORT = Integer.parseInt(System.getenv().getOrDefault("PARLEY_IT_MANAGESIEVE_PORT", "4190"));

    private ManageSieveUpload() {
    }

    /** STARTTLS, AUTHENTICATE PLAIN, PUTSCRIPT "rules", SETACTIVE "rules". */
    static void upload(String address, String password, String script) throws Exception {
        try (Socket plain = new Socket(ImapMailAccounts.HOST, PORT)) {
            plain.setSoTimeout(15_000);
            Lines c = new Lines(plain);
            c.response();
            assertTrue(c.command("STARTTLS").startsWith("OK"));
            SSLSocket tls = (SSLSocket) ImapMailAccounts.trustingSuiteCertificate()
                    .createSocket(plain, "localhost", PORT, true);
            tls.startHandshake();
            c = new Lines(tls);
            c.response();
            String ir = Base64.getEncoder().encodeToString(("\0" + address + "\0" + password)
                    .getBytes(StandardCharsets.UTF_8));
            assertTrue(c.command("AUTHENTICATE \"PLAIN\" \"" + ir + "\"").startsWith("OK"));
            int length = script.getBytes(StandardCharsets.UTF_8).length;
            String put = c.command("PUTSCRIPT \"rules\" {" + length + "+}\r\n" + script);
            assertEquals("OK\r\n", put, put);
            assertEquals("OK\r\n", c.command("SETACTIVE \"rules\""));
            c.command("LOGOUT");
        }
    }

    private static final class Lines {
        private final BufferedReader in;
        private final OutputStream out;

        Lines(Socket s) throws Exception {
            in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
            out = s.getOutputStream();
        }

        String response() throws Exception {
            StringBuilder sb = new StringBuilder();
            while (true) {
                String line = in.readLine();
                if (line == null) {
                    throw new AssertionError("closed after " + sb);
                }
                sb.append(line).append("\r\n");
                if (line.startsWith("OK") || line.startsWith("NO") || line.startsWith("BYE")) {
                    return sb.toString();
                }
            }
        }

        String command(String line) throws Exception {
            out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
            return response();
        }
    }
}
