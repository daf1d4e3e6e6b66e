package dev.parley.protocol.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.mail.imap.backend.Flags;
import org.junit.jupiter.api.Test;

class FlagRightsTest {

    private static final Flags ALL = Flags.of(Flags.SEEN, Flags.DELETED, Flags.FLAGGED, "$Label1");

    @Test
    void seenNeedsSDeletedNeedsTTheRestW() {
        assertEquals(Flags.of(Flags.SEEN), FlagRights.permitted("lrs", ALL));
        assertEquals(Flags.of(Flags.DELETED), FlagRights.permitted("lrt", ALL));
        assertEquals(Flags.of(Flags.FLAGGED, "$Label1"), FlagRights.permitted("lrw", ALL));
        assertEquals(Flags.NONE, FlagRights.permitted("lri", ALL));
    }

    @Test
    void everyFlagWithSTAndW() {
        assertEquals(ALL, FlagRights.permitted("lrswipkxtea", ALL));
        assertTrue(FlagRights.allFlags("stw"));
        assertFalse(FlagRights.allFlags("sw"));
    }
}
