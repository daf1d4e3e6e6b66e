package dev.parley.mail.smtp.client;

import dev.parley.mail.smtp.codec.Xtext;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * One client connection to an SMTP server (RFC 5321), blocking, on a plain socket (ADR 0041): greeting,
 * EHLO (HELO when EHLO is refused, §4.1.4), opportunistic STARTTLS (RFC 3207; certificates are not
 * checked, as RFC 7435 opportunistic security allows), AUTH PLAIN/LOGIN for a smarthost (RFC 4954), then
 * any number of transactions ({@link #send}) until {@link #close}. Not thread-safe: one owner at a time.
 */
public final class SmtpConnection implements Closeable {

    private final SmtpClientSettings settings;
    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private final Set<String> extensions = new HashSet<>();
    private long maxSize;
    private boolean tls;
    private boolean broken;

    private SmtpConnection(SmtpClientSettings settings) {
        this.settings = settings;
    }

    /**
     * Opens a connection and gets it ready for MAIL.
     *
     * @throws SmtpException with the server's reply when it refuses us (greeting, EHLO/HELO, AUTH), or a
     *                       made-up 421 for connection failures
     */
    public static SmtpConnection open(String host, int port, SmtpClientSettings settings) throws SmtpException {
        SmtpConnection c = new SmtpConnection(settings);
        try {
            c.socket = new Socket();
            c.socket.connect(new InetSocketAddress(host, port), (int) settings.connectTimeout().toMillis());
            c.socket.setSoTimeout((int) settings.readTimeout().toMillis());
            c.streams();
            SmtpReply greeting = c.read();
            if (!greeting.positive()) {
                throw new SmtpException(greeting);
            }
            c.hello();
            if (c.extensions.contains("STARTTLS")) {
                SmtpReply r = c.command("STARTTLS");
                if (r.positive()) {
                    c.startTls(host, port);
                    c.hello(); // RFC 3207 §4.2: forget what was learnt before TLS
                } else if (settings.requireTls()) {
                    throw new SmtpException(new SmtpReply(421, List.of("4.7.0 STARTTLS refused: " + r.text())));
                }
            } else if (settings.requireTls()) {
                throw new SmtpException(new SmtpReply(421, List.of("4.7.0 " + host + " offers no STARTTLS")));
            }
            if (settings.authenticates()) {
                c.authenticate();
            }
            return c;
        } catch (IOException e) {
            c.close();
            throw new SmtpException(SmtpReply.connectionFailure(host + ":" + port + ": " + e.getMessage()));
        } catch (SmtpException e) {
            c.close();
            throw e;
        }
    }

    private void streams() throws IOException {
        in = new BufferedInputStream(socket.getInputStream());
        out = new BufferedOutputStream(socket.getOutputStream(), 16 * 1024);
    }

    private void hello() throws IOException, SmtpException {
        extensions.clear();
        maxSize = 0;
        SmtpReply r = command("EHLO " + settings.heloName());
        if (r.positive()) {
            for (String line : r.lines().subList(1, r.lines().size())) {
                String[] words = line.trim().split("\\s+");
                String kw = words[0].toUpperCase(Locale.ROOT);
                extensions.add(kw);
                if (kw.equals("SIZE") && words.length > 1) {
                    try {
                        maxSize = Long.parseLong(words[1]);
                    } catch (NumberFormatException ignored) {
                        maxSize = 0;
                    }
                } else if (kw.equals("AUTH")) {
                    for (int i = 1; i < words.length; i++) {
                        extensions.add("AUTH=" + words[i].toUpperCase(Locale.ROOT));
                    }
                }
            }
            return;
        }
        r = command("HELO " + settings.heloName());
        if (!r.positive()) {
            throw new SmtpException(r);
        }
    }

    private void startTls(String host, int port) throws IOException {
        try {
            SSLContext ctx = SSLContext.getInstance("TLS");
            ctx.init(null, new TrustManager[] {new AnyCertificate()}, new SecureRandom());
            SSLSocket s = (SSLSocket) ctx.getSocketFactory().createSocket(socket, host, port, true);
            s.setUseClientMode(true);
            s.startHandshake();
            socket = s;
            streams();
            tls = true;
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("TLS: " + e.getMessage(), e);
        }
    }

    /** RFC 4954: PLAIN when offered (one round trip), else LOGIN. */
    private void authenticate() throws IOException, SmtpException {
        String user = settings.username();
        String pass = settings.password() == null ? "" : settings.password();
        SmtpReply r;
        if (extensions.contains("AUTH=PLAIN") || !extensions.contains("AUTH=LOGIN")) {
            r = command("AUTH PLAIN " + b64("\0" + user + "\0" + pass));
        } else {
            r = command("AUTH LOGIN");
            if (r.intermediate()) {
                r = command(b64(user));
            }
            if (r.intermediate()) {
                r = command(b64(pass));
            }
        }
        if (!r.positive()) {
            throw new SmtpException(r);
        }
    }

    private static String b64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    public boolean tls() {
        return tls;
    }

    public boolean offers(String extension) {
        return extensions.contains(extension.toUpperCase(Locale.ROOT));
    }

    /** Whether the connection can carry another transaction. */
    public boolean usable() {
        return !broken && socket != null && !socket.isClosed();
    }

    /**
     * One mail transaction: MAIL, RCPT for each recipient, DATA with the message (dot-stuffed here), in one
     * pipelined burst when the server offers PIPELINING (RFC 2920). Per-recipient outcomes in the order of
     * {@code env.recipients()}: the RCPT reply when it refused, else the reply to the end of data.
     * Connection failures come back as made-up 421 replies for every recipient (and the connection is then
     * unusable).
     */
    public List<SmtpReply> send(Envelope env, InputStream message) {
        int n = env.recipients().size();
        try {
            if (maxSize > 0 && env.size() > maxSize) {
                // RFC 1870 §6.1: do not send what the server told us it will not take
                return repeat(new SmtpReply(552, List.of("5.3.4 message size " + env.size() + " exceeds fixed limit "
                        + maxSize + " of the receiving server")), n);
            }
            StringBuilder mail = new StringBuilder("MAIL FROM:<").append(env.from()).append('>');
            if (offers("SIZE") && env.size() > 0) {
                mail.append(" SIZE=").append(env.size());
            }
            if (env.eightBit() && offers("8BITMIME")) {
                mail.append(" BODY=8BITMIME");
            }
            if (offers("DSN")) { // RFC 3461 §4: a DSN-capable next hop gets RET and ENVID as we received them
                if (env.ret() != null) {
                    mail.append(" RET=").append(env.ret().toUpperCase(Locale.ROOT));
                }
                if (env.envId() != null) {
                    mail.append(" ENVID=").append(Xtext.encode(env.envId()));
                }
            }
            List<String> rcpts = new ArrayList<>();
            for (Envelope.Rcpt r : env.recipients()) {
                StringBuilder s = new StringBuilder("RCPT TO:<").append(r.address()).append('>');
                if (offers("DSN")) { // RFC 3461 §5.2: pass the parameters on
                    if (r.notifyOn() != null) {
                        s.append(" NOTIFY=").append(r.notifyOn());
                    }
                    if (r.orcpt() != null) { // §4.2: addr-type ";" xtext
                        int semi = r.orcpt().indexOf(';');
                        s.append(" ORCPT=").append(semi < 0 ? "rfc822" : r.orcpt().substring(0, semi)).append(';')
                                .append(Xtext.encode(r.orcpt().substring(semi + 1)));
                    }
                }
                rcpts.add(s.toString());
            }
            SmtpReply mailReply;
            List<SmtpReply> rcptReplies = new ArrayList<>();
            SmtpReply dataReply;
            if (offers("PIPELINING")) {
                write(mail.toString());
                for (String s : rcpts) {
                    write(s);
                }
                write("DATA");
                out.flush();
                mailReply = read();
                for (int i = 0; i < n; i++) {
                    rcptReplies.add(read());
                }
                dataReply = read();
            } else {
                mailReply = command(mail.toString());
                if (!mailReply.positive()) {
                    return repeat(mailReply, n);
                }
                for (String s : rcpts) {
                    rcptReplies.add(command(s));
                }
                dataReply = rcptReplies.stream().anyMatch(SmtpReply::positive) ? command("DATA") : null;
            }
            if (!mailReply.positive()) {
                if (dataReply != null && dataReply.intermediate()) {
                    abortData();
                }
                reset();
                return repeat(mailReply, n);
            }
            if (dataReply == null || !dataReply.intermediate()) {
                reset();
                return rcptReplies.stream().map(r -> r.positive() ? new SmtpReply(451,
                        List.of("4.3.0 no valid recipients to send to")) : r).toList();
            }
            if (rcptReplies.stream().noneMatch(SmtpReply::positive)) {
                abortData(); // RFC 2920 §3.1: DATA accepted although every RCPT failed
                return rcptReplies;
            }
            writeData(message);
            SmtpReply end = read();
            List<SmtpReply> result = new ArrayList<>(n);
            for (SmtpReply r : rcptReplies) {
                result.add(r.positive() ? end : r);
            }
            return result;
        } catch (IOException | SmtpException e) {
            broken = true;
            close();
            return repeat(e instanceof SmtpException se ? se.reply() : SmtpReply.connectionFailure(e.getMessage()), n);
        }
    }

    private void abortData() throws IOException, SmtpException {
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        read();
    }

    private void reset() throws IOException, SmtpException {
        SmtpReply r = command("RSET");
        if (!r.positive()) {
            broken = true;
        }
    }

    private static List<SmtpReply> repeat(SmtpReply r, int n) {
        List<SmtpReply> l = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            l.add(r);
        }
        return l;
    }

    /** RFC 5321 §4.5.2: a line starting with '.' gets one more; lines end in CRLF; then {@code .CRLF}. */
    private void writeData(InputStream message) throws IOException {
        byte[] buf = new byte[16 * 1024];
        boolean lineStart = true;
        int prev = -1;
        int n;
        while ((n = message.read(buf)) > 0) {
            for (int i = 0; i < n; i++) {
                int b = buf[i] & 0xff;
                if (lineStart && b == '.') {
                    out.write('.');
                }
                if (b == '\n' && prev != '\r') {
                    out.write('\r'); // bare LF: send CRLF
                }
                out.write(b);
                lineStart = b == '\n';
                prev = b;
            }
        }
        if (!lineStart) {
            out.write('\r');
            out.write('\n');
        }
        out.write(".\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    private SmtpReply command(String line) throws IOException, SmtpException {
        write(line);
        out.flush();
        return read();
    }

    private void write(String line) throws IOException {
        out.write((line + "\r\n").getBytes(StandardCharsets.UTF_8));
    }

    /** Reads one reply, multi-line included ({@code 250-…} … {@code 250 …}). */
    private SmtpReply read() throws IOException, SmtpException {
        List<String> lines = new ArrayList<>();
        while (true) {
            String line = readLine();
            if (line == null) {
                throw new SmtpException(SmtpReply.connectionFailure("connection closed by the server"));
            }
            if (line.length() < 3 || !Character.isDigit(line.charAt(0)) || !Character.isDigit(line.charAt(1))
                    || !Character.isDigit(line.charAt(2))) {
                throw new SmtpException(new SmtpReply(421, List.of("4.5.0 malformed reply: " + line)));
            }
            int code = Integer.parseInt(line.substring(0, 3));
            lines.add(line.length() > 4 ? line.substring(4) : "");
            if (line.length() == 3 || line.charAt(3) != '-') {
                return new SmtpReply(code, lines);
            }
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream(80);
        int c;
        while ((c = in.read()) >= 0) {
            if (c == '\n') {
                byte[] a = b.toByteArray();
                int len = a.length > 0 && a[a.length - 1] == '\r' ? a.length - 1 : a.length;
                return new String(a, 0, len, StandardCharsets.UTF_8);
            }
            if (b.size() > 4096) {
                throw new IOException("reply line too long");
            }
            b.write(c);
        }
        return null;
    }

    /** QUIT (when the connection is still good) and close. */
    @Override
    public void close() {
        if (socket == null) {
            return;
        }
        try {
            if (!broken && !socket.isClosed()) {
                socket.setSoTimeout(5000);
                command("QUIT");
            }
        } catch (IOException | SmtpException ignored) {
            // closing anyway
        }
        try {
            socket.close();
        } catch (IOException ignored) {
            // nothing to do
        }
        broken = true;
    }

    /** Opportunistic TLS (RFC 7435): encryption without authentication of the server. */
    private static final class AnyCertificate implements X509TrustManager {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
            return new X509Certificate[0];
        }
    }
}
