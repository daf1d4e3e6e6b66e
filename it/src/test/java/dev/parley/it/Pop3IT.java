package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Properties;
import java.util.Set;
import org.eclipse.angus.mail.pop3.POP3Folder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** POP3 served by the running suite (port 2110, STLS, POP3S 2995) over the account's INBOX, driven by Angus. */
class Pop3IT {

    private static ImapMailAccounts accounts;

    @BeforeAll
    static void accounts() {
        accounts = new ImapMailAccounts();
    }

    @AfterAll
    static void cleanUp() {
        accounts.close();
    }

    private static Properties props() {
        Properties props = new Properties();
        props.put("mail.pop3.connectiontimeout", "10000");
        props.put("mail.pop3.timeout", "20000");
        return props;
    }

    private static Store pop3(String address) throws MessagingException {
        Store store = Session.getInstance(props()).getStore("pop3");
        store.connect(ImapMailAccounts.HOST, ImapMailAccounts.POP3, address, accounts.password(address));
        return store;
    }

    /** Three messages in the INBOX, appended over IMAP. */
    private static void fill(String address) throws Exception {
        try (Store imap = ImapMailAccounts.imap(address, accounts.password(address))) {
            Message[] messages = new Message[3];
            for (int i = 0; i < 3; i++) {
                MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
                m.setFrom(new InternetAddress("sender@example.net"));
                m.setSubject("pop message " + (i + 1));
                m.setText("line one\r\n.starts with a dot\r\nmessage " + (i + 1) + "\r\n");
                m.saveChanges();
                messages[i] = m;
            }
            imap.getFolder("INBOX").appendMessages(messages);
        }
    }

    @Test
    void statListUidlRetrDeleQuit() throws Exception {
        String user = accounts.create("popper");
        fill(user);
        Set<String> uids = new HashSet<>();
        try (Store store = pop3(user)) {
            POP3Folder inbox = (POP3Folder) store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            assertEquals(3, inbox.getMessageCount(), "STAT");
            for (int i = 1; i <= 3; i++) {
                Message m = inbox.getMessage(i);
                assertTrue(m.getSize() > 0, "LIST size " + m.getSize());
                uids.add(inbox.getUID(m));
                assertEquals("pop message " + i, m.getSubject(), "RETR");
                assertTrue(((String) m.getContent()).contains(".starts with a dot"), "dot-stuffing undone");
            }
            assertEquals(3, uids.size(), "UIDL unique");
            inbox.getMessage(2).setFlag(Flags.Flag.DELETED, true);
            inbox.close(true); // DELE 2, QUIT
        }
        try (Store store = pop3(user)) {
            POP3Folder inbox = (POP3Folder) store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(2, inbox.getMessageCount());
            assertEquals("pop message 1", inbox.getMessage(1).getSubject());
            assertEquals("pop message 3", inbox.getMessage(2).getSubject());
            assertTrue(uids.contains(inbox.getUID(inbox.getMessage(2))), "UIDL stable across sessions");
            inbox.close(false);
        }
        try (Store imap = ImapMailAccounts.imap(user, accounts.password(user))) {
            assertEquals(2, imap.getFolder("INBOX").getMessageCount(), "deletion reached the store");
        }
    }

    @Test
    void deletionsOnlyHappenAtQuit() throws Exception {
        String user = accounts.create("quitter");
        fill(user);
        try (Store store = pop3(user)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_WRITE);
            inbox.getMessage(1).setFlag(Flags.Flag.DELETED, true);
            inbox.close(false); // RSET + QUIT in Angus: nothing deleted
        }
        try (Store imap = ImapMailAccounts.imap(user, accounts.password(user))) {
            assertEquals(3, imap.getFolder("INBOX").getMessageCount());
        }
    }

    @Test
    void maildropIsLockedWhileASessionHoldsIt() throws Exception {
        String user = accounts.create("locked");
        fill(user);
        try (Socket first = new Socket(ImapMailAccounts.HOST, ImapMailAccounts.POP3)) {
            BufferedReader in = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.US_ASCII));
            OutputStream out = first.getOutputStream();
            assertTrue(in.readLine().startsWith("+OK"));
            out.write(("USER " + user + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(in.readLine().startsWith("+OK"));
            out.write(("PASS " + accounts.password(user) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            assertTrue(in.readLine().startsWith("+OK"), "first session holds the maildrop");

            MessagingException second = assertThrows(MessagingException.class, () -> {
                try (Store store = pop3(user)) {
                    store.getFolder("INBOX").open(Folder.READ_ONLY);
                }
            });
            assertTrue(String.valueOf(second.getMessage()).contains("IN-USE"), second.getMessage());

            out.write("QUIT\r\n".getBytes(StandardCharsets.US_ASCII));
            assertTrue(in.readLine().startsWith("+OK"));
        }
        try (Store store = pop3(user)) {
            Folder inbox = store.getFolder("INBOX");
            inbox.open(Folder.READ_ONLY);
            assertEquals(3, inbox.getMessageCount(), "lock released at QUIT");
            inbox.close(false);
        }
    }

    @Test
    void wrongPasswordIsRefused() {
        String user = accounts.create("wrongpw");
        assertThrows(AuthenticationFailedException.class, () -> {
            try (Store store = Session.getInstance(props()).getStore("pop3")) {
                store.connect(ImapMailAccounts.HOST, ImapMailAccounts.POP3, user, "not-the-password");
            }
        });
    }

    @Test
    void stlsAndPop3sWithTheSuiteCertificate() throws Exception {
        String user = accounts.create("secure");
        fill(user);
        Properties props = props();
        props.put("mail.pop3.starttls.enable", "true");
        props.put("mail.pop3.starttls.required", "true");
        props.put("mail.pop3.ssl.socketFactory", ImapMailAccounts.trustingSuiteCertificate());
        props.put("mail.pop3.ssl.checkserveridentity", "true");
        props.put("mail.pop3s.ssl.socketFactory", ImapMailAccounts.trustingSuiteCertificate());
        props.put("mail.pop3s.ssl.checkserveridentity", "true");
        Session session = Session.getInstance(props);
        for (String[] way : new String[][] {{"pop3", String.valueOf(ImapMailAccounts.POP3)},
                {"pop3s", String.valueOf(ImapMailAccounts.POP3S)}}) {
            try (Store store = session.getStore(way[0])) {
                store.connect(ImapMailAccounts.HOST, Integer.parseInt(way[1]), user, accounts.password(user));
                Folder inbox = store.getFolder("INBOX");
                inbox.open(Folder.READ_ONLY);
                assertEquals(3, inbox.getMessageCount(), way[0]);
                assertNotEquals(null, inbox.getMessage(1).getSubject());
                inbox.close(false);
            }
        }
    }
}
