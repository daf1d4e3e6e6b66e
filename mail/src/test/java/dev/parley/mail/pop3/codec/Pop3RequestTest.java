package dev.parley.mail.pop3.codec;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

/** RFC 1939 §3 command syntax. */
class Pop3RequestTest {

    @Test
    void keywordIsCaseInsensitiveAndArgumentsSplitAtSpaces() {
        Pop3Request r = Pop3Request.parse("top 1 10", 8);
        assertEquals("TOP", r.verb());
        assertArrayEquals(new String[] {"1", "10"}, r.arguments());
    }

    @Test
    void trailingSpacesAreIgnoredInArguments() {
        assertEquals(0, Pop3Request.parse("STAT ", 5).arguments().length);
        assertEquals("", Pop3Request.parse("", 0).verb());
    }

    @Test
    void toStringNeverShowsArguments() {
        assertFalse(Pop3Request.parse("PASS hunter2", 12).toString().contains("hunter2"));
        assertFalse(Pop3Request.parse("dGVzdA==dGVzdA==", 16).toString().contains("dGVzdA==dGVzdA=="));
    }
}
