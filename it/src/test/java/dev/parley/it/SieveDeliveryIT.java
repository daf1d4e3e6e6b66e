package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.search.SubjectTerm;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The user's Sieve script at local delivery (issue 4): uploaded over ManageSieve (4190, STARTTLS, PLAIN),
 * then mail in over MX (2525) and LMTP (2424), checked over IMAP — fileinto :create with imap4flags
 * flags, discard, reject at LMTP time, and a script that fails at run time keeping the message.
 */
class SieveDeliveryIT {

    private static final String SCRIPT = """
            require ["fileinto", "imap4flags", "mailbox", "reject", "variables"];
            if header :contains "subject" "[list]" {
              fileinto :create :flags ["\\\\Flagged", "$Label1"] "Lists/Parley";
              stop;
            }
            if header :contains "subject" "[drop]" {
              discard;
              stop;
            }
            if header :contains "subject" "[refuse]" {
              reject "no thanks";
              stop;
            }
            if header :contains "subject" "[broken]" {
              set "to" "not an address";
              redirect "${to}";
            }
            """.replace("\n", "\r\n");

    private static ImapMailAccounts accounts;
    private static String user;

    @BeforeAll
    static void account() throws Exception {
        accounts = new ImapMailAccounts();
        user = accounts.create("sieved");
        upload(user, SCRIPT);
    }

    @AfterAll
    static void cleanUp() {
        if (accounts != null) {
            accounts.close();
        }
    }

    private static void upload(String address, String script) throws Exception {
        ManageSieveUpload.upload(address, accounts.password(address), script);
    }

    private static List<String> smtp(int port, String subject, boolean lmtp) throws Exception {
        List<String> finals = new ArrayList<>();
        try (Socket socket = new Socket(ImapMailAccounts.HOST, port)) {
            socket.setSoTimeout(20_000);
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = socket.getOutputStream();
            assertTrue(reply(in).startsWith("220"));
            assertTrue(command(out, in, (lmtp ? "LHLO" : "EHLO") + " it.client.test").startsWith("250"));
            assertTrue(command(out, in, "MAIL FROM:<sender@outside.example>").startsWith("250"));
            assertTrue(command(out, in, "RCPT TO:<" + user + ">").startsWith("250"));
            assertTrue(command(out, in, "DATA").startsWith("354"));
            out.write(("From: sender@outside.example\r\nTo: " + user + "\r\nSubject: " + subject
                    + "\r\nMessage-ID: <" + UUID.randomUUID() + "@outside.example>\r\n\r\nSieve at delivery.\r\n.\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            out.flush();
            finals.add(reply(in));
            command(out, in, "QUIT");
        }
        return finals;
    }

    private static String command(OutputStream out, BufferedReader in, String line) throws Exception {
        out.write((line + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return reply(in);
    }

    private static String reply(BufferedReader in) throws Exception {
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

    /** The message with this subject in {@code folder}, waiting for asynchronous delivery; null after 15 s. */
    private static Message await(Store store, String folder, String subject) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            Folder f = store.getFolder(folder);
            if (f.exists()) {
                f.open(Folder.READ_ONLY);
                Message[] found = f.search(new SubjectTerm(subject));
                if (found.length > 0) {
                    return found[0];
                }
                f.close(false);
            }
            Thread.sleep(100);
        }
        return null;
    }

    @Test
    void fileintoCreatesTheMailboxAndSetsTheFlags() throws Exception {
        String subject = "[list] " + UUID.randomUUID();
        assertTrue(smtp(SmtpIT.SMTP, subject, false).get(0).startsWith("250"));
        try (Store store = ImapMailAccounts.imap(user, accounts.password(user))) {
            Message m = await(store, "Lists/Parley", subject);
            if (m == null) {
                fail(subject + " did not arrive in Lists/Parley");
            }
            assertTrue(m.isSet(Flags.Flag.FLAGGED), "\\Flagged from :flags");
            assertTrue(m.getFlags().contains("$Label1"), "$Label1 from :flags: " + List.of(m.getFlags().getUserFlags()));
            Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
            assertEquals(0, inbox.search(new SubjectTerm(subject)).length, "filed, not kept");
        }
    }

    @Test
    void discardDropsAndAFailingScriptKeeps() throws Exception {
        String dropped = "[drop] " + UUID.randomUUID();
        String broken = "[broken] " + UUID.randomUUID();
        assertTrue(smtp(SmtpIT.SMTP, dropped, false).get(0).startsWith("250"));
        assertTrue(smtp(SmtpIT.SMTP, broken, false).get(0).startsWith("250"));
        try (Store store = ImapMailAccounts.imap(user, accounts.password(user))) {
            // RFC 5228 §2.10.6: a run-time error keeps the message
            if (await(store, "INBOX", broken) == null) {
                fail(broken + " was not kept after the script failed");
            }
            Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
            assertEquals(0, inbox.search(new SubjectTerm(dropped)).length, "discarded (queued before the kept one)");
        }
    }

    @Test
    void rejectRefusesTheRecipientInTheLmtpReply() throws Exception {
        String reply = smtp(SmtpIT.LMTP, "[refuse] " + UUID.randomUUID(), true).get(0);
        assertTrue(reply.startsWith("550 5.7.1"), reply);
    }
}
