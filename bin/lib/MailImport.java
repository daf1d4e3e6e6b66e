// bin/parley import: appends an mbox file or a Maildir to one account over IMAP (docs/protocols.md).
// Run as a single-file program (java MailImport.java FORMAT PATH MAILBOX USER HOST PORT) with the
// password in PARLEY_IMPORT_PASSWORD (never on the command line) and, when PARLEY_IMPORT_CA names a
// PEM certificate, STARTTLS trusting exactly that certificate. No dependencies beyond the JDK.
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.CertificateFactory;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;

public class MailImport {

    record Message(byte[] raw, List<String> flags, Instant date) {
    }

    private static final DateTimeFormatter IMAP_DATE =
            DateTimeFormatter.ofPattern("dd-MMM-yyyy HH:mm:ss Z", Locale.ROOT);
    private static final Pattern FROM_LINE_DATE = Pattern.compile(
            "(\\w{3}) +(\\w{3}) +(\\d{1,2}) (\\d{1,2}):(\\d{2}):(\\d{2}) (\\d{4})");

    private Socket socket;
    private InputStream in;
    private OutputStream out;
    private int tag;

    public static void main(String[] args) throws Exception {
        if (args.length != 6) {
            System.err.println("usage: MailImport mbox|maildir PATH MAILBOX USER HOST PORT");
            System.exit(2);
        }
        Path path = Path.of(args[1]);
        List<Message> messages = switch (args[0]) {
            case "mbox" -> mbox(Files.readAllBytes(path));
            case "maildir" -> maildir(path);
            default -> throw new IllegalArgumentException("format must be mbox or maildir");
        };
        String password = System.getenv("PARLEY_IMPORT_PASSWORD");
        if (password == null || password.isEmpty()) {
            System.err.println("parley import: PARLEY_IMPORT_PASSWORD is not set");
            System.exit(2);
        }
        MailImport client = new MailImport();
        int failed = client.run(args[4], Integer.parseInt(args[5]), args[3], password, args[2], messages,
                System.getenv("PARLEY_IMPORT_CA"));
        System.out.printf("imported %d of %d message(s) into %s of %s%n", messages.size() - failed, messages.size(),
                args[2], args[3]);
        System.exit(failed == 0 ? 0 : 1);
    }

    int run(String host, int port, String user, String password, String mailbox, List<Message> messages, String ca)
            throws Exception {
        socket = new Socket(host, port);
        socket.setSoTimeout(120_000);
        in = socket.getInputStream();
        out = socket.getOutputStream();
        expectLine("* OK");
        if (ca != null && !ca.isEmpty()) {
            String ok = command("STARTTLS");
            if (!ok.startsWith("OK")) {
                throw new IOException("STARTTLS refused: " + ok);
            }
            startTls(host, port, Path.of(ca));
        }
        if (!command("LOGIN " + quoted(user), literalBytes(password)).startsWith("OK")) {
            throw new IOException("login as " + user + " failed");
        }
        if (!mailbox.equalsIgnoreCase("INBOX")) {
            command("CREATE " + quoted(mailbox)); // NO [ALREADYEXISTS] is fine
        }
        int failed = 0;
        for (Message m : messages) {
            StringBuilder cmd = new StringBuilder("APPEND ").append(quoted(mailbox));
            cmd.append(" (").append(String.join(" ", m.flags())).append(')');
            if (m.date() != null) {
                cmd.append(" \"").append(IMAP_DATE.format(ZonedDateTime.ofInstant(m.date(), ZoneOffset.UTC))).append('"');
            }
            String result = command(cmd.toString(), m.raw());
            if (!result.startsWith("OK")) {
                System.err.println("parley import: APPEND failed: " + result);
                failed++;
            }
        }
        command("LOGOUT");
        socket.close();
        return failed;
    }

    private void startTls(String host, int port, Path caFile) throws Exception {
        KeyStore trust = KeyStore.getInstance(KeyStore.getDefaultType());
        trust.load(null, null);
        try (InputStream pem = Files.newInputStream(caFile)) {
            trust.setCertificateEntry("parley", CertificateFactory.getInstance("X.509").generateCertificate(pem));
        }
        TrustManagerFactory tmf = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
        tmf.init(trust);
        SSLContext context = SSLContext.getInstance("TLS");
        context.init(null, tmf.getTrustManagers(), null);
        SSLSocket tls = (SSLSocket) context.getSocketFactory().createSocket(socket, host, port, true);
        SSLParameters params = tls.getSSLParameters();
        params.setEndpointIdentificationAlgorithm("HTTPS");
        tls.setSSLParameters(params);
        tls.startHandshake();
        socket = tls;
        in = tls.getInputStream();
        out = tls.getOutputStream();
    }

    /** Sends a command whose text ends in literals (each a synchronising literal) and returns the tagged result text. */
    private String command(String text, byte[]... literals) throws IOException {
        String t = "i" + (++tag);
        out.write((t + " " + text).getBytes(StandardCharsets.UTF_8));
        for (byte[] literal : literals) {
            out.write((" {" + literal.length + "}\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String line;
            do {
                line = readLine();
                if (line.startsWith(t + " ")) {
                    return line.substring(t.length() + 1);
                }
            } while (!line.startsWith("+"));
            out.write(literal);
        }
        out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();
        while (true) {
            String line = readLine();
            if (line.startsWith(t + " ")) {
                return line.substring(t.length() + 1);
            }
        }
    }

    private void expectLine(String prefix) throws IOException {
        String line = readLine();
        if (!line.startsWith(prefix)) {
            throw new IOException("unexpected server reply: " + line);
        }
    }

    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            if (b == '\n') {
                break;
            }
            if (b != '\r') {
                line.write(b);
            }
        }
        if (b == -1 && line.size() == 0) {
            throw new IOException("connection closed by the server");
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private static byte[] literalBytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String quoted(String s) {
        return '"' + s.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }

    /**
     * mbox: a message starts at a line "From " at the start of the file or after a blank line; the
     * blank line before the next From_ line is the separator, not content. Lines ">From ", ">>From ",
     * … lose one '>' (mboxrd, which also reads mboxo files correctly except for bodies that really
     * began with ">From "). Status/X-Status give \Seen, \Answered, \Flagged, \Draft.
     */
    static List<Message> mbox(byte[] file) {
        String text = new String(file, StandardCharsets.ISO_8859_1); // byte-preserving
        String[] lines = text.split("\r?\n", -1);
        List<Message> messages = new ArrayList<>();
        List<String> current = null;
        String fromLine = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean boundary = line.startsWith("From ") && (i == 0 || lines[i - 1].isEmpty());
            if (boundary) {
                if (current != null) {
                    messages.add(mboxMessage(current, fromLine));
                }
                current = new ArrayList<>();
                fromLine = line;
            } else if (current != null) {
                current.add(line.matches("^>+From .*") ? line.substring(1) : line);
            }
        }
        if (current != null) {
            messages.add(mboxMessage(current, fromLine));
        }
        return messages;
    }

    private static Message mboxMessage(List<String> lines, String fromLine) {
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isEmpty()) {
            lines.remove(lines.size() - 1); // separator blank line(s) and the file's final newline
        }
        List<String> flags = new ArrayList<>();
        for (String line : lines) {
            if (line.isEmpty()) {
                break; // end of header
            }
            String lower = line.toLowerCase(Locale.ROOT);
            if (lower.startsWith("status:") && line.substring(7).contains("R")) {
                flags.add("\\Seen");
            } else if (lower.startsWith("x-status:")) {
                String v = line.substring(9);
                if (v.contains("A")) flags.add("\\Answered");
                if (v.contains("F")) flags.add("\\Flagged");
                if (v.contains("T")) flags.add("\\Draft");
            }
        }
        StringBuilder raw = new StringBuilder();
        for (String line : lines) {
            raw.append(line).append("\r\n");
        }
        return new Message(raw.toString().getBytes(StandardCharsets.ISO_8859_1), flags, fromLineDate(fromLine));
    }

    private static Instant fromLineDate(String fromLine) {
        Matcher m = FROM_LINE_DATE.matcher(fromLine == null ? "" : fromLine);
        if (!m.find()) {
            return null;
        }
        try {
            String normal = String.format(Locale.ROOT, "%s %02d %s %02d:%s:%s", m.group(2), Integer.parseInt(m.group(3)),
                    m.group(7), Integer.parseInt(m.group(4)), m.group(5), m.group(6));
            return java.time.LocalDateTime.parse(normal, DateTimeFormatter.ofPattern("MMM dd yyyy HH:mm:ss", Locale.ROOT))
                    .toInstant(ZoneOffset.UTC);
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** Maildir: new/ and cur/, oldest first by file time; flags from ":2,FLAGS" (D F R S T). */
    static List<Message> maildir(Path dir) throws IOException {
        List<Path> files = new ArrayList<>();
        for (String sub : List.of("cur", "new")) {
            Path d = dir.resolve(sub);
            if (Files.isDirectory(d)) {
                try (Stream<Path> s = Files.list(d)) {
                    s.filter(Files::isRegularFile).forEach(files::add);
                }
            }
        }
        if (files.isEmpty() && !Files.isDirectory(dir.resolve("cur")) && !Files.isDirectory(dir.resolve("new"))) {
            throw new IOException(dir + " is not a Maildir (no cur/ or new/)");
        }
        files.sort(Comparator.comparing((Path p) -> p.toFile().lastModified()).thenComparing(Path::toString));
        List<Message> messages = new ArrayList<>();
        for (Path f : files) {
            String name = f.getFileName().toString();
            List<String> flags = new ArrayList<>();
            int info = name.indexOf(":2,");
            if (info >= 0) {
                String letters = name.substring(info + 3);
                if (letters.contains("D")) flags.add("\\Draft");
                if (letters.contains("F")) flags.add("\\Flagged");
                if (letters.contains("R")) flags.add("\\Answered");
                if (letters.contains("S")) flags.add("\\Seen");
                if (letters.contains("T")) flags.add("\\Deleted");
            }
            byte[] raw = Files.readAllBytes(f);
            messages.add(new Message(crlf(raw), flags, Instant.ofEpochMilli(f.toFile().lastModified())));
        }
        return messages;
    }

    private static byte[] crlf(byte[] raw) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(raw.length + raw.length / 40);
        for (int i = 0; i < raw.length; i++) {
            if (raw[i] == '\n' && (i == 0 || raw[i - 1] != '\r')) {
                out.write('\r');
            }
            out.write(raw[i]);
        }
        return out.toByteArray();
    }
}
