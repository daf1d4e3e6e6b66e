package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.store.mail.api.StoreException;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class MailboxNamesTest {

    @Test
    void inboxIsCaseInsensitiveAlsoAsAParent() {
        assertEquals("INBOX", MailboxNames.normalise("inbox"));
        assertEquals("INBOX/Lists", MailboxNames.normalise("InBox/Lists"));
        assertEquals("Inboxes", MailboxNames.normalise("Inboxes"));
        assertEquals("Café/Über", MailboxNames.normalise("Café/Über"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "/a", "a/", "a//b", "a*b", "a%b", "a\tb", "a\u007fb"})
    void refusesInvalidNames(String name) {
        StoreException e = assertThrows(StoreException.class, () -> MailboxNames.normalise(name));
        assertEquals(StoreException.Kind.INVALID, e.kind());
    }

    @Test
    void refusesNamesLongerThan1024Octets() {
        assertThrows(StoreException.class, () -> MailboxNames.normalise("é".repeat(513)));
        assertEquals(1024, MailboxNames.normalise("é".repeat(512)).getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    }

    @Test
    void ancestorsOutermostFirst() {
        assertEquals(List.of("a", "a/b"), MailboxNames.ancestors("a/b/c"));
        assertEquals(List.of(), MailboxNames.ancestors("a"));
        assertEquals("a/b", MailboxNames.parent("a/b/c"));
    }

    @Test
    void renameMovesInferiorsAlong() {
        assertEquals("x", MailboxNames.renamed("a", "a", "x"));
        assertEquals("x/y/b", MailboxNames.renamed("a/b", "a", "x/y"));
        assertThrows(IllegalArgumentException.class, () -> MailboxNames.renamed("ab", "a", "x"));
        assertTrue(MailboxNames.isInferior("a/b", "a"));
        assertFalse(MailboxNames.isInferior("ab", "a"));
    }

    @Test
    void inferiorPatternEscapesLikeCharacters() {
        assertEquals("50\\%\\_off/%", MailboxNames.inferiorsPattern("50%_off"));
    }

    @Test
    void defaultMailboxesCarryRfc6154Attributes() {
        assertEquals(List.of("INBOX", "Drafts", "Sent", "Trash", "Junk", "Archive"),
                MailboxNames.DEFAULTS.stream().map(MailboxNames.Default::name).toList());
        assertEquals("\\Junk", MailboxNames.DEFAULTS.get(4).specialUse().attribute());
    }
}
