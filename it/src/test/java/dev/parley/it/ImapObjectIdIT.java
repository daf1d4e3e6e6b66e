package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 8474 OBJECTID against the running suite with Angus (Jakarta Mail): MAILBOXID from CREATE, SELECT
 * and STATUS, kept across RENAME; EMAILID and THREADID in FETCH, the same EMAILID after MOVE, replies
 * in their parent's thread; SEARCH EMAILID / THREADID; a malformed object id is a BAD.
 */
class ImapObjectIdIT {

    private static ImapMailAccounts accounts;
    private static String fay;

    @BeforeAll
    static void accounts() {
        accounts = new ImapMailAccounts();
        fay = accounts.create("fay");
    }

    @AfterAll
    static void cleanUp() {
        accounts.close();
    }

    static MimeMessage message(String subject, String messageId, String inReplyTo) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("gil@example.net"));
        m.setSubject(subject);
        m.setText("body of " + subject);
        m.saveChanges();
        m.setHeader("Message-ID", messageId);
        if (inReplyTo != null) {
            m.setHeader("In-Reply-To", inReplyTo);
            m.setHeader("References", inReplyTo);
        }
        return m;
    }

    /**
     * A second, plain connection for the RFC 8474 items Jakarta Mail has no API for: one command at a
     * time, every line up to the tagged completion.
     */
    static final class Raw implements AutoCloseable {
        private final java.net.Socket socket;
        private final java.io.BufferedReader in;
        private final java.io.Writer out;
        private int tag;

        Raw(String user, String password) throws java.io.IOException {
            socket = new java.net.Socket(ImapMailAccounts.HOST, ImapMailAccounts.IMAP);
            socket.setSoTimeout(30_000);
            in = new java.io.BufferedReader(new java.io.InputStreamReader(socket.getInputStream(), java.nio.charset.StandardCharsets.UTF_8));
            out = new java.io.OutputStreamWriter(socket.getOutputStream(), java.nio.charset.StandardCharsets.UTF_8);
            in.readLine(); // greeting
            List<String> login = cmd("LOGIN \"" + user + "\" \"" + password + "\"");
            assertTrue(login.get(login.size() - 1).contains(" OK"), login.toString());
        }

        List<String> cmd(String command) throws java.io.IOException {
            String t = "R" + (++tag);
            out.write(t + " " + command + "\r\n");
            out.flush();
            List<String> lines = new ArrayList<>();
            String line;
            do {
                line = in.readLine();
                if (line == null) {
                    throw new java.io.EOFException("connection closed after " + lines);
                }
                lines.add(line);
            } while (!line.startsWith(t + " "));
            return lines;
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    static String group(List<String> lines, String regex) {
        Pattern p = Pattern.compile(regex);
        for (String line : lines) {
            Matcher m = p.matcher(line);
            if (m.find()) {
                return m.group(1);
            }
        }
        throw new AssertionError("no " + regex + " in " + lines);
    }

    @Test
    void objectIdsOfMailboxesMessagesAndThreads() throws Exception {
        try (Store store = ImapMailAccounts.imap(fay, accounts.password(fay)); Raw raw = new Raw(fay, accounts.password(fay))) {
            assertTrue(((IMAPStore) store).hasCapability("OBJECTID"));
            String mailboxId = group(raw.cmd("CREATE Ids"), "OK \\[MAILBOXID \\(([A-Za-z0-9_-]+)\\)\\]");
            IMAPFolder ids = (IMAPFolder) ImapMailAccounts.open(store, "Ids", Folder.READ_WRITE);
            ids.appendMessages(new Message[] {
                message("Plan", "<plan.1@example.net>", null),
                message("Re: Plan", "<plan.2@example.net>", "<plan.1@example.net>"),
                message("Lunch", "<lunch.3@example.net>", null)});

            assertEquals(mailboxId, group(raw.cmd("SELECT Ids"), "OK \\[MAILBOXID \\(([A-Za-z0-9_-]+)\\)\\]"), "RFC 8474 §4.1");
            List<String> fetched = raw.cmd("FETCH 1:3 (EMAILID THREADID)");
            String email1 = group(fetched, "\\* 1 FETCH \\(.*EMAILID \\((M[0-9a-f]+)\\)");
            String email2 = group(fetched, "\\* 2 FETCH \\(.*EMAILID \\((M[0-9a-f]+)\\)");
            String thread1 = group(fetched, "\\* 1 FETCH \\(.*THREADID \\((T[0-9]+)\\)");
            String thread2 = group(fetched, "\\* 2 FETCH \\(.*THREADID \\((T[0-9]+)\\)");
            String thread3 = group(fetched, "\\* 3 FETCH \\(.*THREADID \\((T[0-9]+)\\)");
            assertNotEquals(email1, email2);
            assertEquals(thread1, thread2, "the reply is in its parent's thread: " + fetched);
            assertNotEquals(thread1, thread3);

            // RFC 8474 §6
            assertEquals("2", group(raw.cmd("UID SEARCH EMAILID " + email2), "\\* SEARCH ([0-9 ]+)").strip());
            assertEquals("1 2", group(raw.cmd("UID SEARCH THREADID " + thread1), "\\* SEARCH ([0-9 ]+)").strip());
            assertTrue(raw.cmd("UID SEARCH EMAILID M000000000000000000000000").contains("* SEARCH"), "an unknown id matches nothing");
            assertTrue(raw.cmd("SEARCH EMAILID bad!id").stream().anyMatch(l -> l.contains(" BAD ")), "objectid syntax");
            raw.cmd("UNSELECT");

            // MOVE (Jakarta Mail) keeps the EMAILID (§5.1)
            ids.close(false);
            ids = (IMAPFolder) ImapMailAccounts.open(store, "Ids", Folder.READ_WRITE);
            ids.moveMessages(new Message[] {ids.getMessage(1)}, store.getFolder("INBOX"));
            ids.close(false);
            raw.cmd("SELECT INBOX");
            List<String> moved = raw.cmd("FETCH 1:* (EMAILID)");
            assertTrue(moved.stream().anyMatch(l -> l.contains("EMAILID (" + email1 + ")")), "same EMAILID after MOVE: " + moved);
            raw.cmd("UNSELECT");

            // MAILBOXID from STATUS, kept across RENAME (§4)
            assertEquals(mailboxId, group(raw.cmd("STATUS Ids (MAILBOXID)"), "MAILBOXID \\(([A-Za-z0-9_-]+)\\)"));
            assertTrue(raw.cmd("RENAME Ids Ids2").stream().anyMatch(l -> l.startsWith("R") && l.contains(" OK ")));
            assertEquals(mailboxId, group(raw.cmd("STATUS Ids2 (MAILBOXID)"), "MAILBOXID \\(([A-Za-z0-9_-]+)\\)"));
            assertNotEquals(mailboxId, group(raw.cmd("STATUS INBOX (MAILBOXID)"), "MAILBOXID \\(([A-Za-z0-9_-]+)\\)"));
            raw.cmd("DELETE Ids2");
        }
    }
}
