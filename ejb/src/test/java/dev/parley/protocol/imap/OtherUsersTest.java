package dev.parley.protocol.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.mail.imap.backend.MailboxPath;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OtherUsersTest {

    @Test
    void aMailboxBelowAnOwnerLevelNamesOwnerAndMailbox() {
        assertEquals(Optional.of(new OtherUsers.Shared("alice@example.com", "Work/Plans")),
                OtherUsers.parse(MailboxPath.of("Other Users/alice@example.com/Work/Plans")));
        assertEquals("Other Users/alice@example.com/Work", OtherUsers.path("alice@example.com", "Work").name());
    }

    @Test
    void theRootAndOwnerLevelsAreInTheNamespaceButNoMailbox() {
        for (String name : new String[] {"Other Users", "Other Users/alice@example.com"}) {
            assertTrue(OtherUsers.contains(MailboxPath.of(name)), name);
            assertEquals(Optional.empty(), OtherUsers.parse(MailboxPath.of(name)), name);
        }
    }

    @Test
    void personalNamesAreOutside() {
        assertFalse(OtherUsers.contains(MailboxPath.of("INBOX")));
        assertFalse(OtherUsers.contains(MailboxPath.of("Other Usersx/a/b")));
        assertEquals(Optional.empty(), OtherUsers.parse(MailboxPath.of("Work/Plans")));
    }
}
