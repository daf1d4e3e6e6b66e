package dev.parley.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.mail.Flags;
import jakarta.mail.Folder;
import jakarta.mail.Message;
import jakarta.mail.Store;
import jakarta.mail.search.SubjectTerm;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bin/parley import mbox|maildir} against the running suite, checked over IMAP. */
class ImapImportIT {

    private static ImapMailAccounts accounts;

    @TempDir
    Path tmp;

    @BeforeAll
    static void accounts() {
        accounts = new ImapMailAccounts();
    }

    @AfterAll
    static void cleanUp() {
        accounts.close();
    }

    private static Path parley() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.isExecutable(dir.resolve("bin/parley"))) {
            dir = dir.getParent();
        }
        if (dir == null) {
            throw new IllegalStateException("no bin/parley above " + Path.of("").toAbsolutePath());
        }
        return dir.resolve("bin/parley");
    }

    private String run(String... args) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(args).redirectErrorStream(true);
        builder.environment().put("PARLEY_HOME", Suite.home().toString());
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(process.waitFor(120, TimeUnit.SECONDS), "import finished");
        assertEquals(0, process.exitValue(), output);
        return output;
    }

    @Test
    void importsAnMboxrdFileWithQuotedFromLines() throws Exception {
        String user = accounts.create("mboxer");
        Path mbox = tmp.resolve("old.mbox");
        Files.writeString(mbox, String.join("\n",
                "From alice@example.net Sat Jan  3 01:05:34 2004",
                "From: alice@example.net",
                "Subject: first imported",
                "Status: RO",
                "",
                "Hello,",
                ">From the start this line was quoted.",
                ">>From here it had a quote of its own.",
                "",
                "From bob@example.net Sun Jan  4 10:00:00 2004",
                "From: bob@example.net",
                "Subject: second imported",
                "X-Status: F",
                "",
                "Second body",
                "",
                "From carol@example.net Mon Jan  5 11:11:11 2004",
                "From: carol@example.net",
                "Subject: third imported",
                "",
                "Third body",
                ""), StandardCharsets.ISO_8859_1);

        String output = run(parley().toString(), "import", "mbox", user, mbox.toString(), "--password",
                accounts.password(user));
        assertTrue(output.contains("imported 3 of 3"), output);

        try (Store store = ImapMailAccounts.imap(user, accounts.password(user))) {
            Folder inbox = ImapMailAccounts.open(store, "INBOX", Folder.READ_ONLY);
            assertEquals(3, inbox.getMessageCount());
            Message first = inbox.search(new SubjectTerm("first imported"))[0];
            String body = (String) first.getContent();
            assertTrue(body.contains("\r\nFrom the start this line was quoted.\r\n"), body);
            assertTrue(body.contains("\r\n>From here it had a quote of its own."), body);
            assertFalse(body.contains("From bob@example.net"), "messages split at From_ lines");
            assertTrue(first.isSet(Flags.Flag.SEEN), "Status: RO");
            assertEquals(Instant.parse("2004-01-03T01:05:34Z"), first.getReceivedDate().toInstant(), "From_ line date");
            Message second = inbox.search(new SubjectTerm("second imported"))[0];
            assertTrue(second.isSet(Flags.Flag.FLAGGED), "X-Status: F");
            assertFalse(second.isSet(Flags.Flag.SEEN));
            assertEquals("Second body\r\n", second.getContent());
            inbox.close(false);
        }
    }

    @Test
    void importsAMaildirIntoANewMailbox() throws Exception {
        String user = accounts.create("maildirer");
        Path maildir = tmp.resolve("Maildir");
        for (String sub : List.of("cur", "new", "tmp")) {
            Files.createDirectories(maildir.resolve(sub));
        }
        Path read = maildir.resolve("cur/1700000000.1.host:2,RS");
        Files.writeString(read, "From: d@example.net\nSubject: maildir read\n\nread body\n");
        Files.setLastModifiedTime(read, FileTime.from(Instant.parse("2023-11-14T22:13:20Z")));
        Path fresh = maildir.resolve("new/1700000100.2.host");
        Files.writeString(fresh, "From: e@example.net\nSubject: maildir new\n\nnew body\n");

        String output = run(parley().toString(), "import", "maildir", user, maildir.toString(), "--mailbox",
                "Archive/2023", "--password", accounts.password(user));
        assertTrue(output.contains("imported 2 of 2"), output);

        try (Store store = ImapMailAccounts.imap(user, accounts.password(user))) {
            Folder folder = ImapMailAccounts.open(store, "Archive/2023", Folder.READ_ONLY);
            assertEquals(2, folder.getMessageCount());
            Message old = folder.search(new SubjectTerm("maildir read"))[0];
            assertTrue(old.isSet(Flags.Flag.SEEN));
            assertTrue(old.isSet(Flags.Flag.ANSWERED));
            assertEquals("read body\r\n", old.getContent(), "LF turned into CRLF");
            Message unread = folder.search(new SubjectTerm("maildir new"))[0];
            assertFalse(unread.isSet(Flags.Flag.SEEN));
            folder.close(false);
        }
    }
}
