package dev.parley.mail.pop3;

import dev.parley.mail.pop3.backend.AuthResult;
import dev.parley.mail.pop3.backend.Maildrop;
import dev.parley.mail.pop3.backend.MaildropEntry;
import dev.parley.mail.pop3.backend.MaildropInUseException;
import dev.parley.mail.pop3.backend.Pop3Backend;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

/**
 * What every {@link Pop3Backend} must do for the engine (STYLE: one contract test per interface).
 * An implementation's test extends this and provides a back end where {@link #USER} has password
 * {@link #PASSWORD} and exactly the messages {@link #MESSAGES}, in that order.
 */
public abstract class Pop3BackendContract {

    protected static final String USER = "contract@example.org";
    protected static final String PASSWORD = "correct horse";
    protected static final List<String> MESSAGES = List.of(
            "Subject: one\r\n\r\nfirst\r\n", "Subject: two\r\n\r\nsecond\r\n.\r\n", "Subject: three\r\n\r\nthird\r\n");

    protected abstract Pop3Backend backend() throws Exception;

    @Test
    void passwordsAreChecked() throws Exception {
        Pop3Backend backend = backend();
        assertEquals(new AuthResult.Success(USER), backend.authenticate(USER, PASSWORD, null));
        assertInstanceOf(AuthResult.Failure.class, backend.authenticate(USER, "wrong", null));
    }

    @Test
    void maildropIsExclusiveUntilClosed() throws Exception {
        Pop3Backend backend = backend();
        Maildrop first = backend.openMaildrop(USER);
        assertThrows(MaildropInUseException.class, () -> backend.openMaildrop(USER));
        first.close();
        backend.openMaildrop(USER).close();
    }

    @Test
    void sizesAndContentAgree() throws Exception {
        try (Maildrop drop = backend().openMaildrop(USER)) {
            List<MaildropEntry> entries = drop.entries();
            assertEquals(MESSAGES.size(), entries.size());
            for (int i = 0; i < entries.size(); i++) {
                try (InputStream in = drop.open(i)) {
                    byte[] content = in.readAllBytes();
                    assertEquals(entries.get(i).size(), content.length, "size of message " + (i + 1));
                    assertArrayEquals(MESSAGES.get(i).getBytes(java.nio.charset.StandardCharsets.UTF_8), content);
                }
            }
        }
    }

    @Test
    void uidsAreStableAndOnlyCommittedDeletionsHappen() throws Exception {
        Pop3Backend backend = backend();
        List<MaildropEntry> before;
        try (Maildrop drop = backend.openMaildrop(USER)) {
            before = drop.entries();
        }
        try (Maildrop drop = backend.openMaildrop(USER)) {
            assertEquals(before, drop.entries(), "nothing deleted without commitDeletions");
            drop.commitDeletions(Set.of(1));
        }
        try (Maildrop drop = backend.openMaildrop(USER)) {
            assertEquals(List.of(before.get(0), before.get(2)), drop.entries());
        }
    }
}
