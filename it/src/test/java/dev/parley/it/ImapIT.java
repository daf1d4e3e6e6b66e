package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.FolderNotFoundException;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.Session;
import jakarta.mail.Store;
import jakarta.mail.event.MessageCountAdapter;
import jakarta.mail.event.MessageCountEvent;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.search.BodyTerm;
import jakarta.mail.search.FromStringTerm;
import jakarta.mail.search.SubjectTerm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.eclipse.angus.mail.imap.IMAPFolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * IMAP served by the running suite (port 2143, STARTTLS, IMAPS 2993) over the message store, driven by
 * Jakarta Mail (Angus). Every test uses fresh accounts of its own domain.
 */
class ImapIT {

    private static ImapMailAccounts accounts;
    private static String carol;
    private static String dave;

    @BeforeAll
    static void accounts() {
        accounts = new ImapMailAccounts();
        carol = accounts.create("carol");
        dave = accounts.create("dave");
    }

    @AfterAll
    static void cleanUp() {
        accounts.close();
    }

    private static Store login(String address) throws MessagingException {
        return ImapMailAccounts.imap(address, accounts.password(address));
    }

    private static MimeMessage message(String from, String subject, String text) throws MessagingException {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress(from));
        m.setRecipients(Message.RecipientType.TO, carol);
        m.setSubject(subject, "UTF-8");
        m.setText(text, "UTF-8");
        m.saveChanges();
        return m;
    }

    @Test
    void demoUserLogsInAndSeesTheSpecialUseFolders() throws Exception {
        try (Store store = ImapMailAccounts.imap("alice@" + Suite.DEMO_DOMAIN, Suite.demoPassword())) {
            Set<String> names = Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName)
                    .collect(Collectors.toSet());
            assertTrue(names.containsAll(List.of("INBOX", "Drafts", "Sent", "Trash", "Junk", "Archive")), names::toString);
        }
    }

    @Test
    void listShowsSpecialUseAttributes() throws Exception {
        try (Store store = login(carol)) {
            for (String[] expected : new String[][] {{"Sent", "\\Sent"}, {"Drafts", "\\Drafts"}, {"Trash", "\\Trash"},
                    {"Junk", "\\Junk"}, {"Archive", "\\Archive"}}) {
                IMAPFolder folder = (IMAPFolder) store.getFolder(expected[0]);
                List<String> attributes = Arrays.asList(folder.getAttributes());
                assertTrue(attributes.stream().anyMatch(a -> a.equalsIgnoreCase(expected[1])),
                        expected[0] + " has " + attributes);
            }
        }
    }

    @Test
    void createRenameDeleteFolder() throws Exception {
        try (Store store = login(carol)) {
            Folder projects = store.getFolder("Projects/2025");
            assertTrue(projects.create(Folder.HOLDS_MESSAGES));
            assertTrue(store.getFolder("Projects").exists(), "parent created too");
            Folder renamed = store.getFolder("Projects/Done");
            assertTrue(projects.renameTo(renamed));
            assertFalse(store.getFolder("Projects/2025").exists());
            assertTrue(store.getFolder("Projects/Done").exists());
            assertTrue(store.getFolder("Projects/Done").delete(false));
            assertTrue(store.getFolder("Projects").delete(false));
            assertFalse(store.getFolder("Projects").exists());
        }
    }

    @Test
    void appendWithFlagsThenFetchEnvelopeStructureAndParts() throws Exception {
        MimeMessage m = new MimeMessage(Session.getInstance(new Properties()));
        m.setFrom(new InternetAddress("Erin Example <erin@example.net>"));
        m.setRecipients(Message.RecipientType.TO, carol);
        m.setSubject("Quarterly report \u00e9t\u00e9", "UTF-8");
        MimeMultipart mixed = new MimeMultipart("mixed");
        MimeBodyPart text = new MimeBodyPart();
        text.setText("Numbers are up.\r\nSee attachment.\r\n", "UTF-8");
        mixed.addBodyPart(text);
        MimeBodyPart attachment = new MimeBodyPart();
        attachment.setContent(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, "application/octet-stream");
        attachment.setFileName("report.bin");
        mixed.addBodyPart(attachment);
        m.setContent(mixed);
        m.setFlags(new Flags(Flags.Flag.FLAGGED), true);
        m.saveChanges();

        try (Store store = login(carol)) {
            IMAPFolder folder = (IMAPFolder) ImapMailAccounts.open(store, "INBOX", Folder.READ_WRITE);
            var uids = folder.appendUIDMessages(new Message[] {m});
            assertNotNull(uids[0], "APPENDUID");
            Message stored = folder.getMessageByUID(uids[0].uid);
            assertTrue(stored.isSet(Flags.Flag.FLAGGED));
            assertEquals("Quarterly report \u00e9t\u00e9", stored.getSubject());
            assertEquals("erin@example.net", ((InternetAddress) stored.getFrom()[0]).getAddress());
            assertEquals("Erin Example", ((InternetAddress) stored.getFrom()[0]).getPersonal());
            assertTrue(stored.isMimeType("multipart/mixed"));
            Multipart parts = (Multipart) stored.getContent();
            assertEquals(2, parts.getCount());
            assertTrue(parts.getBodyPart(0).isMimeType("text/plain"));
            assertEquals("Numbers are up.\r\nSee attachment.\r\n", parts.getBodyPart(0).getContent());
            Part bin = parts.getBodyPart(1);
            assertEquals("report.bin", bin.getFileName());
            assertArrayEquals(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}, bin.getInputStream().readAllBytes());
            folder.close(false);
        }
    }

    @Test
    void searchByHeaderAndBodyText() throws Exception {
        try (Store store = login(carol)) {
            Folder archive = ImapMailAccounts.open(store, "Archive", Folder.READ_WRITE);
            archive.appendMessages(new Message[] {
                    message("frank@example.net", "Lunch on Friday", "The cafeteria serves asparagus risotto."),
                    message("grace@example.net", "Build broken", "The nightly pipeline failed at the linker."),
            });
            assertEquals(1, archive.search(new SubjectTerm("lunch")).length);
            assertEquals("Build broken", archive.search(new FromStringTerm("grace@example.net"))[0].getSubject());
            Message[] byBody = archive.search(new BodyTerm("asparagus"));
            assertEquals(1, byBody.length);
            assertEquals("Lunch on Friday", byBody[0].getSubject());
            assertEquals(0, archive.search(new BodyTerm("zeppelin")).length);
            archive.close(false);
        }
    }

    /** RFC 5256 §3: replies nest under their parent by References / In-Reply-To, over the store. */
    @Test
    void threadReferencesNestsRepliesUnderTheirParent() throws Exception {
        try (Store store = login(carol)) {
            store.getFolder("Threads").create(Folder.HOLDS_MESSAGES);
            IMAPFolder folder = (IMAPFolder) ImapMailAccounts.open(store, "Threads", Folder.READ_WRITE);
            MimeMessage root = message("frank@example.net", "Release plan", "Shall we ship on Monday?");
            root.setHeader("Message-ID", "<root.1@example.net>");
            root.setSentDate(new java.util.Date(1_700_000_000_000L));
            MimeMessage unrelated = message("grace@example.net", "Parking", "The garage closes early.");
            unrelated.setHeader("Message-ID", "<other.2@example.net>");
            unrelated.setSentDate(new java.util.Date(1_700_000_100_000L));
            MimeMessage reply = message("grace@example.net", "Re: Release plan", "Monday works.");
            reply.setHeader("Message-ID", "<reply.3@example.net>");
            reply.setHeader("In-Reply-To", "<root.1@example.net>");
            reply.setSentDate(new java.util.Date(1_700_000_200_000L));
            MimeMessage second = message("frank@example.net", "Re: Release plan", "Then Monday it is.");
            second.setHeader("Message-ID", "<reply.4@example.net>");
            second.setHeader("References", "<root.1@example.net> <reply.3@example.net>");
            second.setSentDate(new java.util.Date(1_700_000_300_000L));
            // message() already saved each message: the headers set afterwards are written as they are
            folder.appendMessages(new Message[] {root, unrelated, reply, second});
            String threads = (String) folder.doCommand(protocol -> {
                for (org.eclipse.angus.mail.iap.Response r : protocol.command("THREAD REFERENCES UTF-8 ALL", null)) {
                    if (r.isUnTagged() && r.toString().startsWith("* THREAD")) {
                        return r.toString();
                    }
                }
                return null;
            });
            // messages 1..4 in append order: 1 <- 3 <- 4, and 2 alone
            assertEquals("* THREAD (1 3 4)(2)", threads);
            folder.close(false);
            store.getFolder("Threads").delete(true);
        }
    }

    @Test
    void moveThenExpunge() throws Exception {
        try (Store store = login(carol)) {
            store.getFolder("Work").create(Folder.HOLDS_MESSAGES);
            IMAPFolder work = (IMAPFolder) ImapMailAccounts.open(store, "Work", Folder.READ_WRITE);
            work.appendMessages(new Message[] {message("h@example.net", "move me", "one"),
                    message("h@example.net", "keep me", "two"), message("h@example.net", "delete me", "three")});
            assertEquals(3, work.getMessageCount());
            Message moveMe = work.search(new SubjectTerm("move me"))[0];
            work.moveMessages(new Message[] {moveMe}, store.getFolder("Trash"));
            assertEquals(0, work.search(new SubjectTerm("move me")).length);
            Message deleteMe = work.search(new SubjectTerm("delete me"))[0];
            deleteMe.setFlag(Flags.Flag.DELETED, true);
            Message[] expunged = work.expunge();
            // Jakarta Mail also reports here the message the MOVE expunged (RFC 6851 §4.3 EXPUNGE)
            assertTrue(Arrays.asList(expunged).contains(deleteMe));
            work.close(false);
            assertEquals(1, store.getFolder("Work").getMessageCount(), "STATUS after move and expunge");
            // Jakarta Mail keeps messages another command expunged (MOVE) as holes until reopened
            Folder again = ImapMailAccounts.open(store, "Work", Folder.READ_ONLY);
            assertEquals(1, again.getMessageCount());
            assertEquals("keep me", again.getMessage(1).getSubject());
            again.close(false);
            Folder trash = ImapMailAccounts.open(store, "Trash", Folder.READ_ONLY);
            assertEquals(1, trash.search(new SubjectTerm("move me")).length);
            trash.close(false);
        }
    }

    @Test
    void idleSeesAnotherSessionsAppendWithinASecond() throws Exception {
        try (Store watcher = login(dave); Store writer = login(dave)) {
            IMAPFolder inbox = (IMAPFolder) ImapMailAccounts.open(watcher, "INBOX", Folder.READ_WRITE);
            int before = inbox.getMessageCount();
            CountDownLatch arrived = new CountDownLatch(1);
            inbox.addMessageCountListener(new MessageCountAdapter() {
                @Override
                public void messagesAdded(MessageCountEvent e) {
                    arrived.countDown();
                }
            });
            Thread idler = new Thread(() -> {
                try {
                    inbox.idle(true);
                } catch (MessagingException e) {
                    // the folder closes at the end of the test
                }
            });
            idler.start();
            Thread.sleep(500); // IDLE is in progress
            Folder other = writer.getFolder("INBOX");
            long appended;
            other.appendMessages(new Message[] {message("ivan@example.net", "ping", "idle test")});
            appended = System.nanoTime();
            assertTrue(arrived.await(5, TimeUnit.SECONDS), "no EXISTS during IDLE");
            long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - appended);
            assertTrue(millis < 1000, "IDLE notification took " + millis + " ms");
            idler.join(5000);
            assertEquals(before + 1, inbox.getMessageCount());
            inbox.close(false);
        }
    }

    @Test
    void startTlsAndImapsWithTheSuiteCertificate() throws Exception {
        Properties props = new Properties();
        props.put("mail.imap.starttls.enable", "true");
        props.put("mail.imap.starttls.required", "true");
        props.put("mail.imap.ssl.socketFactory", ImapMailAccounts.trustingSuiteCertificate());
        props.put("mail.imap.ssl.checkserveridentity", "true");
        props.put("mail.imaps.ssl.socketFactory", ImapMailAccounts.trustingSuiteCertificate());
        props.put("mail.imaps.ssl.checkserveridentity", "true");
        Session session = Session.getInstance(props);
        try (Store store = session.getStore("imap")) {
            store.connect(ImapMailAccounts.HOST, ImapMailAccounts.IMAP, carol, accounts.password(carol));
            assertTrue(store.getFolder("INBOX").exists());
        }
        try (Store store = session.getStore("imaps")) {
            store.connect(ImapMailAccounts.HOST, ImapMailAccounts.IMAPS, carol, accounts.password(carol));
            assertTrue(store.getFolder("INBOX").exists());
        }
    }

    @Test
    void oneUserCannotReachAnothersMailbox() throws Exception {
        String secret = "for carol only " + System.nanoTime();
        try (Store store = login(carol)) {
            store.getFolder("Private").create(Folder.HOLDS_MESSAGES);
            store.getFolder("Private").appendMessages(new Message[] {message("k@example.net", secret, "x")});
        }
        try (Store store = login(dave)) {
            for (String name : List.of("Private", carol + "/INBOX", "user/carol/INBOX", "#shared/carol", "../carol/INBOX")) {
                Folder folder = store.getFolder(name);
                assertThrows(MessagingException.class, () -> folder.open(Folder.READ_ONLY), name);
            }
            Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
            assertEquals(0, inbox.search(new SubjectTerm(secret)).length);
            inbox.close(false);
            Set<String> names = Arrays.stream(store.getDefaultFolder().list("*")).map(Folder::getFullName)
                    .collect(Collectors.toSet());
            assertFalse(names.contains("Private"), names::toString);
        }
    }

    @Test
    void wrongPasswordIsAuthenticationFailed() {
        AuthenticationFailedException e = assertThrows(AuthenticationFailedException.class,
                () -> ImapMailAccounts.imap(dave, "not-the-password"));
        assertTrue(String.valueOf(e.getMessage()).contains("[AUTHENTICATIONFAILED]"), e.getMessage());
    }

    @Test
    void appendOverQuotaIsRefused() throws Exception {
        String small = accounts.create("small", 2048L);
        try (Store store = ImapMailAccounts.imap(small, accounts.password(small))) {
            Folder inbox = store.getFolder("INBOX");
            inbox.appendMessages(new Message[] {message("l@example.net", "fits", "tiny")});
            String big = "x".repeat(4096);
            MessagingException e = assertThrows(MessagingException.class,
                    () -> inbox.appendMessages(new Message[] {message("l@example.net", "too big", big)}));
            assertTrue(String.valueOf(e.getMessage()).contains("OVERQUOTA"), e.getMessage());
            inbox.open(Folder.READ_ONLY);
            assertEquals(1, inbox.getMessageCount());
            inbox.close(false);
        }
    }

    @Test
    void concurrentSessionsSeeEachOthersFlagChanges() throws Exception {
        try (Store a = login(dave); Store b = login(dave)) {
            Folder one = ImapMailAccounts.open(a, "Drafts", Folder.READ_WRITE);
            one.appendMessages(new Message[] {message("m@example.net", "shared state", "s")});
            Folder two = ImapMailAccounts.open(b, "Drafts", Folder.READ_WRITE);
            Message mine = one.search(new SubjectTerm("shared state"))[0];
            mine.setFlag(Flags.Flag.SEEN, true);
            Message theirs = two.search(new SubjectTerm("shared state"))[0];
            two.getMessageCount(); // NOOP: pick up the change
            assertTrue(((IMAPFolder) two).getMessageByUID(((IMAPFolder) two).getUID(theirs)).isSet(Flags.Flag.SEEN));
            assertEquals("shared state", new String(theirs.getSubject().getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
            one.close(false);
            two.close(false);
        }
    }
}
