package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.angus.mail.iap.Response;
import org.eclipse.angus.mail.imap.ACL;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.eclipse.angus.mail.imap.IMAPStore;
import org.eclipse.angus.mail.imap.Rights;
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
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Shared mailboxes (RFC 4314 ACL, RFC 2342 other users' namespace) on the running suite, driven by
 * Jakarta Mail (Angus): alice grants bob lookup and read on one folder; bob finds it under
 * {@code Other Users/<alice>/}, reads it read-only, is refused writes, expunges and alice's other
 * folders, and loses access when alice revokes it.
 */
class ImapAclIT {

    private static ImapMailAccounts accounts;
    private static String alice;
    private static String bob;

    @BeforeAll
    static void accounts() {
        accounts = new ImapMailAccounts();
        alice = accounts.create("alice");
        bob = accounts.create("bob");
    }

    @AfterAll
    static void cleanUp() {
        accounts.close();
    }

    /**
     * Plain IMAP like {@link ImapMailAccounts#imap}, with {@code mail.imap.allowreadonlyselect}: Angus
     * otherwise refuses a SELECT the server answers {@code [READ-ONLY]} instead of using it read-only.
     */
    private static Store login(String address) throws MessagingException {
        Properties props = new Properties();
        props.put("mail.imap.connectiontimeout", "10000");
        props.put("mail.imap.timeout", "20000");
        props.put("mail.imap.allowreadonlyselect", "true");
        Store store = Session.getInstance(props).getStore("imap");
        store.connect(ImapMailAccounts.HOST, ImapMailAccounts.IMAP, address, accounts.password(address));
        return store;
    }

    private static MimeMessage message(String subject, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(alice));
        m.setRecipients(Message.RecipientType.TO, alice);
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    private static String shared(String folder) {
        return "Other Users/" + alice + "/" + folder;
    }

    /** The tagged reply of one raw command in the folder's connection. */
    private static Response raw(IMAPFolder folder, String command) throws MessagingException {
        Response[] replies = (Response[]) folder.doCommand(p -> p.command(command, null));
        return replies[replies.length - 1];
    }

    private static List<String> listed(Store store, String pattern) throws MessagingException {
        List<String> names = new ArrayList<>();
        for (Folder f : store.getDefaultFolder().list(pattern)) {
            names.add(f.getFullName());
        }
        return names;
    }

    @Test
    void bobReadsWhatAliceSharesAndNothingElse() throws Exception {
        try (Store a = login(alice)) {
            for (String name : List.of("Projects", "Private")) {
                Folder f = a.getFolder(name);
                assertTrue(f.create(Folder.HOLDS_MESSAGES));
                f.appendMessages(new Message[] {message(name + " plan", "body of " + name)});
            }
            IMAPFolder projects = (IMAPFolder) a.getFolder("Projects");
            projects.addACL(new ACL(bob, new Rights("lr")));
            ACL[] acl = projects.getACL();
            assertTrue(List.of(acl).stream().anyMatch(e -> e.getName().equals(bob) && e.getRights().toString().equals("lr")),
                    () -> List.of(acl).toString());
        }

        try (Store b = login(bob)) {
            // RFC 2342 §5: the other users' namespace, with alice's shared folder (and only it) below it
            Folder[] others = ((IMAPStore) b).getUserNamespaces(alice);
            assertEquals(1, others.length);
            assertEquals("Other Users/" + alice, others[0].getFullName());
            List<String> names = listed(b, "Other Users/*");
            assertTrue(names.contains(shared("Projects")), names::toString);
            assertFalse(names.contains(shared("Private")), names::toString);
            assertFalse(listed(b, "*").contains(shared("Private")));

            IMAPFolder projects = (IMAPFolder) b.getFolder(shared("Projects"));
            projects.open(Folder.READ_WRITE);
            // no right to change anything: [READ-ONLY] (RFC 4314 §4)
            assertEquals(Folder.READ_ONLY, projects.getMode());
            assertEquals(1, projects.getMessageCount());
            Message m = projects.getMessage(1);
            assertEquals("Projects plan", m.getSubject());
            assertEquals("body of Projects", ((String) m.getContent()).trim());
            Rights mine = projects.myRights();
            assertTrue(mine.contains(Rights.Right.LOOKUP) && mine.contains(Rights.Right.READ));
            assertFalse(mine.contains(Rights.Right.WRITE) || mine.contains(Rights.Right.INSERT));

            assertTrue(raw(projects, "STORE 1 +FLAGS (\\Deleted)").isNO());
            assertTrue(raw(projects, "EXPUNGE").isNO());
            // GETACL needs the 'a' right
            assertTrue(raw(projects, "GETACL \"" + shared("Projects") + "\"").isNO());
            MessagingException append = assertThrows(MessagingException.class,
                    () -> projects.appendMessages(new Message[] {message("intruder", "x")}));
            assertTrue(append.getMessage().contains("NOPERM") || append.getMessage().contains("ermission"),
                    append::getMessage);
            projects.close(false);

            // alice's other folders cannot be reached, and look as if they did not exist
            Folder secret = b.getFolder(shared("Private"));
            assertThrows(MessagingException.class, () -> secret.open(Folder.READ_ONLY));
            assertFalse(secret.exists());
            assertThrows(MessagingException.class, () -> b.getFolder("Other Users/" + alice + "/INBOX").open(Folder.READ_ONLY));
        }

        try (Store a = login(alice)) {
            ((IMAPFolder) a.getFolder("Projects")).removeACL(bob);
            Folder projects = ImapMailAccounts.open(a, "Projects", Folder.READ_WRITE);
            assertEquals(Folder.READ_WRITE, projects.getMode()); // the owner keeps every right
            projects.close(false);
        }

        try (Store b = login(bob)) {
            assertFalse(listed(b, "Other Users/*").contains(shared("Projects")));
            assertThrows(MessagingException.class, () -> b.getFolder(shared("Projects")).open(Folder.READ_ONLY));
        }
    }

    @Test
    void grantedInsertLetsBobAppendButNotExpunge() throws Exception {
        try (Store a = login(alice)) {
            IMAPFolder dropbox = (IMAPFolder) a.getFolder("Dropbox");
            assertTrue(dropbox.create(Folder.HOLDS_MESSAGES));
            dropbox.addACL(new ACL(bob, new Rights("lri")));
        }
        try (Store b = login(bob)) {
            IMAPFolder dropbox = (IMAPFolder) b.getFolder(shared("Dropbox"));
            dropbox.appendMessages(new Message[] {message("from bob", "hello")});
            dropbox.open(Folder.READ_WRITE);
            assertEquals(Folder.READ_WRITE, dropbox.getMode());
            assertEquals(1, dropbox.getMessageCount());
            // \Deleted needs 't', EXPUNGE needs 'e' (RFC 4314 §4): the flag is ignored, EXPUNGE refused
            assertTrue(raw(dropbox, "STORE 1 +FLAGS.SILENT (\\Deleted)").isOK());
            assertTrue(raw(dropbox, "EXPUNGE").isNO());
            assertTrue(raw(dropbox, "SETACL \"" + shared("Dropbox") + "\" " + bob + " +a").isNO());
            dropbox.close(false);
        }
        try (Store a = login(alice)) {
            Folder dropbox = ImapMailAccounts.open(a, "Dropbox", Folder.READ_ONLY);
            assertEquals(1, dropbox.getMessageCount());
            assertFalse(dropbox.getMessage(1).isSet(jakarta.mail.Flags.Flag.DELETED));
            dropbox.close(false);
        }
    }
}
