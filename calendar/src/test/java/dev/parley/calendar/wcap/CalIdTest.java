package dev.parley.calendar.wcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CalIdTest {

    @Test
    void defaultCalendarIsTheUserid() {
        CalId c = CalId.parse("jdoe");
        assertEquals("jdoe", c.user());
        assertNull(c.domain());
        assertTrue(c.isDefault());
        assertEquals("jdoe", c.toString());
    }

    /** wcap.md §4.1 example. */
    @Test
    void userDomainAndName() {
        CalId c = CalId.parse("jdoe@sesta.com:baseball");
        assertEquals("jdoe", c.user());
        assertEquals("sesta.com", c.domain());
        assertEquals("baseball", c.name());
        assertEquals("jdoe@sesta.com", c.ownerId());
        assertEquals("jdoe@sesta.com:baseball", c.toString());
        assertEquals("jdoe@sesta.com", c.owner().toString());
    }

    @Test
    void createcalendarFormsUserColonName() {
        assertEquals("jdoe:work", CalId.parse("jdoe").withName("work").toString());
    }

    @Test
    void caseSensitive() {
        assertEquals("JDoe:Work", CalId.parse("JDoe:Work").toString());
    }

    @Test
    void spacesAndBadCharactersAreIllegal() {
        assertEquals(WcapErrno.ILLEGAL_CALID_NAME, assertThrows(WcapException.class, () -> CalId.parse("jdoe:my cal")).errno());
        assertEquals(WcapErrno.ILLEGAL_CALID_NAME, assertThrows(WcapException.class, () -> CalId.parse("jdoe:")).errno());
        assertEquals(WcapErrno.ILLEGAL_CALID_NAME, assertThrows(WcapException.class, () -> CalId.parse("a:b:c")).errno());
        assertEquals(WcapErrno.CALID_NOT_SPECIFIED, assertThrows(WcapException.class, () -> CalId.parse(" ")).errno());
    }

    @Test
    void allowedPunctuation() {
        assertEquals("o'neil.x_y-z%/!", CalId.parse("o'neil.x_y-z%/!").toString());
    }
}
