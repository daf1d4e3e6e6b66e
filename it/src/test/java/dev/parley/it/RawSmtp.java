package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.SSLSocket;

/**
 * One SMTP transaction with command lines as written, for parameters Jakarta Mail does not send (ORCPT,
 * ENVID): on 2525 as another server would, or on submission (2587) with STARTTLS and AUTH PLAIN.
 */
final class RawSmtp {

    private BufferedReader in;
    private OutputStream out;

    private RawSmtp() {
    }

    /**
     * Sends {@code message} (CRLF lines, not dot-stuffed) with these MAIL and RCPT lines; returns the replies
     * to MAIL, each RCPT and the end of data. {@code user} null: no TLS, no AUTH.
     */
    static List<String> send(int port, String user, String password, String mail, List<String> rcpts, String message)
            throws Exception {
        List<String> replies = new ArrayList<>();
        try (Socket plain = new Socket(ImapMailAccounts.HOST, port)) {
            plain.setSoTimeout(20_000);
            RawSmtp c = new RawSmtp();
            c.attach(plain);
            assertTrue(c.reply().startsWith("220"));
            assertTrue(c.command("EHLO it.client.test").startsWith("250"));
            if (user != null) {
                assertTrue(c.command("STARTTLS").startsWith("220"));
                SSLSocket tls = (SSLSocket) ImapMailAccounts.trustingSuiteCertificate()
                        .createSocket(plain, "localhost", port, true);
                tls.startHandshake();
                c.attach(tls);
                assertTrue(c.command("EHLO it.client.test").startsWith("250"));
                String ir = Base64.getEncoder().encodeToString(("\0" + user + "\0" + password).getBytes(StandardCharsets.UTF_8));
                String auth = c.command("AUTH PLAIN " + ir);
                assertTrue(auth.startsWith("235"), auth);
            }
            replies.add(c.command(mail));
            for (String r : rcpts) {
                replies.add(c.command(r));
            }
            String data = c.command("DATA");
            assertTrue(data.startsWith("354"), data);
            StringBuilder body = new StringBuilder();
            String text = message.endsWith("\r\n") ? message.substring(0, message.length() - 2) : message;
            for (String line : text.split("\r\n", -1)) {
                body.append(line.startsWith(".") ? "." + line : line).append("\r\n");
            }
            c.out.write((body + ".\r\n").getBytes(StandardCharsets.UTF_8));
            c.out.flush();
            replies.add(c.reply());
            c.command("QUIT");
        }
        return replies;
    }

    private void attach(Socket s) throws Exception {
        in = new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
        out = s.getOutputStream();
    }

    private String command(String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
        out.flush();
        return reply();
    }

    /** A whole reply; multi-line replies as their first code and last text. */
    private String reply() throws Exception {
        String first = null;
        while (true) {
            String line = in.readLine();
            if (line == null) {
                throw new AssertionError("connection closed");
            }
            first = first == null ? line : first;
            if (line.length() < 4 || line.charAt(3) == ' ') {
                return first.substring(0, 4) + line.substring(4);
            }
        }
    }
}
