package dev.parley.mail.imap;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * RFC 4314 commands over a back end without ACL support (the in-memory reference back end): parsed,
 * refused with {@code NO [CANNOT]}, and ACL is not advertised; NAMESPACE has no other users' namespace.
 */
class AclCommandsTest {

    private final ImapHarness imap = new ImapHarness(ImapHarness.backendWithAlice()).loggedIn();

    @Test
    void aclCommandsAreRefusedWhereTheBackEndHasNoAcl() {
        assertEquals("a NO [CANNOT] ACL not supported\r\n", imap.send("a MYRIGHTS INBOX"));
        assertEquals("b NO [CANNOT] ACL not supported\r\n", imap.send("b SETACL INBOX bob@example.com +lr"));
        assertEquals("c NO [CANNOT] ACL not supported\r\n", imap.send("c DELETEACL INBOX bob@example.com"));
        assertEquals("d NO [CANNOT] ACL not supported\r\n", imap.send("d GETACL INBOX"));
        assertEquals("e NO [CANNOT] ACL not supported\r\n", imap.send("e LISTRIGHTS INBOX bob@example.com"));
    }

    @Test
    void missingArgumentsAreBad() {
        assertTrue(imap.send("a SETACL INBOX bob@example.com").startsWith("a BAD"));
        assertTrue(imap.send("b GETACL").startsWith("b BAD"));
        assertTrue(imap.send("c MYRIGHTS INBOX extra").startsWith("c BAD"));
    }

    @Test
    void capabilityAndNamespaceWithoutSharing() {
        String caps = imap.send("a CAPABILITY");
        assertFalse(caps.contains(" ACL"), caps);
        assertEquals("* NAMESPACE ((\"\" \"/\")) NIL NIL\r\nb OK NAMESPACE completed\r\n", imap.send("b NAMESPACE"));
    }
}
