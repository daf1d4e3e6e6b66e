package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * RFC 3501 §2.3.2 \Recent for IMAP4rev1 clients (Jakarta Mail speaks IMAP4rev1): a new message is
 * recent in the first session that selects the mailbox read-write, and in no later one; EXAMINE
 * claims nothing.
 */
class ImapRecentIT {

    private static ImapMailAccounts accounts;
    private static String erin;

    @BeforeAll
    static void accounts() {
        accounts = new ImapMailAccounts();
        erin = accounts.create("erin");
    }

    @AfterAll
    static void cleanUp() {
        accounts.close();
    }

    private static Store login() throws MessagingException {
        return ImapMailAccounts.imap(erin, accounts.password(erin));
    }

    @Test
    void aNewMessageIsRecentInTheFirstSessionOnly() throws Exception {
        try (Store s = login()) {
            MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
            m.setFrom(new InternetAddress(erin));
            m.setSubject("new");
            m.setText("x");
            m.saveChanges();
            s.getFolder("INBOX").appendMessages(new Message[] {m});
        }
        try (Store s = login()) {
            // EXAMINE claims nothing: the message stays recent for the first read-write session
            Folder inbox = ImapMailAccounts.open(s, "INBOX", Folder.READ_ONLY);
            assertEquals(1, inbox.getMessageCount());
            inbox.close(false);
        }
        try (Store first = login(); Store second = login()) {
            Folder a = ImapMailAccounts.open(first, "INBOX", Folder.READ_WRITE);
            assertEquals(1, a.getNewMessageCount());
            assertEquals(1, a.getMessageCount());
            Folder b = ImapMailAccounts.open(second, "INBOX", Folder.READ_WRITE);
            assertEquals(0, b.getNewMessageCount());
            a.close(false);
            b.close(false);
        }
        try (Store again = login()) {
            Folder inbox = ImapMailAccounts.open(again, "INBOX", Folder.READ_WRITE);
            assertEquals(0, inbox.getNewMessageCount());
            inbox.close(false);
        }
    }
}
