package dev.parley.protocol.imap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ObjectIdsTest {

    private static final String SHA = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";

    @Test
    void idsAreRfc8474ObjectIdsWithAPrefixPerKind() {
        assertEquals("F42", ObjectIds.mailbox(42));
        assertEquals("M0123456789abcdef01234567", ObjectIds.email(SHA));
        assertEquals("T7", ObjectIds.thread(7));
        assertNull(ObjectIds.thread(0), "not threaded: THREADID NIL");
        assertNull(ObjectIds.mailbox(0));
        for (String id : new String[] {ObjectIds.mailbox(42), ObjectIds.email(SHA), ObjectIds.thread(7)}) {
            assertTrue(id.matches("[A-Za-z0-9_-]{1,255}"), id); // RFC 8474 §3 objectid
        }
    }

    @Test
    void searchValuesAreReadBackOrMatchNothing() {
        assertEquals("0123456789abcdef01234567", ObjectIds.emailHex("M0123456789abcdef01234567").orElseThrow());
        assertTrue(ObjectIds.emailHex("T7").isEmpty());
        assertTrue(ObjectIds.emailHex("M0123").isEmpty());
        assertEquals(7, ObjectIds.threadNumber("T7").getAsLong());
        assertTrue(ObjectIds.threadNumber("T").isEmpty());
        assertTrue(ObjectIds.threadNumber("F7").isEmpty());
        assertTrue(ObjectIds.threadNumber("T99999999999999999999").isEmpty(), "no overflow");
    }
}
