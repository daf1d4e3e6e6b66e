package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.store.mail.api.AclEntry;
import dev.parley.store.mail.api.StoreException;
import java.util.List;
import org.junit.jupiter.api.Test;

class AclRightsTest {

    @Test
    void rightsAreCanonicalAndObsoleteOnesExpand() {
        assertEquals("lrs", AclRights.normalise("srl"));
        assertEquals("kxte", AclRights.normalise("cd"));
        assertThrows(StoreException.class, () -> AclRights.normalise("lz"));
    }

    @Test
    void setaclAddsRemovesOrReplaces() {
        assertEquals("lrw", AclRights.apply("lr", "+w"));
        assertEquals("l", AclRights.apply("lr", "-r"));
        assertEquals("i", AclRights.apply("lr", "i"));
        assertEquals("", AclRights.apply("lr", ""));
    }

    /** RFC 4314 §2: the union of the positive entries that apply, less the negative ones. */
    @Test
    void effectiveRightsSubtractNegativeEntries() {
        assertEquals("lrsw", AclOperations.effective(List.of(new AclEntry("bob@x.test", "lrw"), new AclEntry("anyone", "ls"))));
        assertEquals("ls", AclOperations.effective(List.of(new AclEntry("anyone", "lrs"), new AclEntry("-bob@x.test", "r"))));
        assertEquals("", AclOperations.effective(List.of()));
    }
}
