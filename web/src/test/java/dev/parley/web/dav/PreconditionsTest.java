package dev.parley.web.dav;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.web.dav.Preconditions.Outcome;
import org.junit.jupiter.api.Test;

class PreconditionsTest {

    @Test
    void ifMatchNeedsTheCurrentStrongTag() {
        assertEquals(Outcome.PROCEED, new Preconditions("\"a\"", null).evaluate("\"a\"", false));
        assertEquals(Outcome.FAILED, new Preconditions("\"a\"", null).evaluate("\"b\"", false));
        assertEquals(Outcome.PROCEED, new Preconditions("\"x\", \"b\"", null).evaluate("\"b\"", false));
        assertEquals(Outcome.FAILED, new Preconditions("W/\"a\"", null).evaluate("W/\"a\"", false));
        assertEquals(Outcome.FAILED, new Preconditions("*", null).evaluate(null, false));
        assertEquals(Outcome.PROCEED, new Preconditions("*", null).evaluate("\"a\"", false));
    }

    @Test
    void ifNoneMatchStarCreatesOnly() {
        Preconditions create = new Preconditions(null, "*");
        assertTrue(create.mustNotExist());
        assertEquals(Outcome.PROCEED, create.evaluate(null, false));
        assertEquals(Outcome.FAILED, create.evaluate("\"a\"", false));
        DavException e = assertThrows(DavException.class, () -> create.check("\"a\""));
        assertEquals(412, e.status());
        assertDoesNotThrow(() -> Preconditions.NONE.check("\"a\""));
    }

    @Test
    void ifNoneMatchOnGetIsNotModifiedWithWeakComparison() {
        assertEquals(Outcome.NOT_MODIFIED, new Preconditions(null, "W/\"a\"").evaluate("\"a\"", true));
        assertEquals(Outcome.PROCEED, new Preconditions(null, "\"b\"").evaluate("\"a\"", true));
    }

    @Test
    void expectedEtagForTheStore() {
        assertEquals("\"a\"", new Preconditions("\"a\"", null).expectedEtag());
        assertEquals(null, new Preconditions("*", null).expectedEtag());
    }
}
