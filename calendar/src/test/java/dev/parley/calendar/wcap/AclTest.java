package dev.parley.calendar.wcap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AclTest {

    private static final Acl.Principal STRANGER = new Acl.Principal("bob", "other.org", false, false, "sesta.com");
    private static final Acl.Principal COLLEAGUE = new Acl.Principal("mary", "sesta.com", false, false, "sesta.com");
    private static final Acl.Principal CO_OWNER = new Acl.Principal("jsmith", "sesta.com", false, true, "sesta.com");

    /** wcap.md §4.2 default-ish ACL. */
    @Test
    void parsesAndRendersTheDocumentedDefault() {
        Acl acl = Acl.parse("@@o^a^r^g;@@o^c^wdeic^g;@^a^sf^g");
        assertEquals(3, acl.entries().size());
        assertEquals("@@o^a^r^g;@@o^c^wdeic^g;@^a^sf^g", acl.toString());
        assertEquals(Set.of(Ace.Access.SCHEDULE, Ace.Access.FREEBUSY), acl.entries().get(2).how());
    }

    /** Sun's own output (SUN63 fxzed) is upper-case and in another letter order; parsing is case-insensitive. */
    @Test
    void sunOutputIsCaseInsensitive() {
        Ace a = Ace.parse("@@o^c^WDEIC^g");
        assertEquals(Ace.Who.Kind.OWNERS, a.who().kind());
        assertEquals(Ace.Scope.COMPONENTS, a.what());
        assertEquals("@@o^c^wdeic^g", a.toString());
        assertEquals("@^a^rsf^g", Ace.parse("@^a^frs^g").toString());
    }

    @Test
    void emptyHowGrantsNothing() {
        Acl acl = Acl.parse("@^c^^g");
        assertEquals(Optional.empty(), acl.decide(STRANGER, Ace.Scope.COMPONENTS, Ace.Access.READ));
        assertFalse(acl.allows(Ace.Scope.COMPONENTS, Ace.Access.READ, STRANGER));
    }

    @Test
    void firstDecidingEntryWins() {
        Acl acl = Acl.parse("bob^a^r^d;@^a^r^g");
        assertFalse(acl.allows(Ace.Scope.COMPONENTS, Ace.Access.READ, STRANGER));
        assertTrue(acl.allows(Ace.Scope.COMPONENTS, Ace.Access.READ, COLLEAGUE));
    }

    @Test
    void whoForms() {
        assertTrue(Acl.parse("@sesta.com^a^r^g").allows(Ace.Scope.ALL, Ace.Access.READ, COLLEAGUE));
        assertFalse(Acl.parse("@sesta.com^a^r^g").allows(Ace.Scope.ALL, Ace.Access.READ, STRANGER));
        assertTrue(Acl.parse("@@d^a^r^g").allows(Ace.Scope.ALL, Ace.Access.READ, COLLEAGUE));
        assertTrue(Acl.parse("mary@sesta.com^c^w^g").allows(Ace.Scope.COMPONENTS, Ace.Access.WRITE, COLLEAGUE));
        assertTrue(Acl.parse("@@o^c^w^g").allows(Ace.Scope.COMPONENTS, Ace.Access.WRITE, CO_OWNER));
        assertFalse(Acl.parse("@@o^c^w^g").allows(Ace.Scope.COMPONENTS, Ace.Access.WRITE, COLLEAGUE));
        assertTrue(Acl.parse("@@n^a^f^g").allows(Ace.Scope.COMPONENTS, Ace.Access.FREEBUSY, STRANGER));
        assertEquals("@@p^a^z^g", Ace.parse("@@P^A^Z^G").toString());
    }

    @Test
    void scopeComponentsDoesNotCoverProperties() {
        Acl acl = Acl.parse("@^c^r^g");
        assertFalse(acl.allows(Ace.Scope.PROPERTIES, Ace.Access.READ, STRANGER));
        assertTrue(Acl.parse("@^a^r^g").allows(Ace.Scope.PROPERTIES, Ace.Access.READ, STRANGER));
    }

    @Test
    void primaryOwnerAlwaysAllowed() {
        Acl.Principal owner = new Acl.Principal("jdoe", "sesta.com", true, true, "sesta.com");
        assertTrue(Acl.parse("@^a^r^d").allows(Ace.Scope.ALL, Ace.Access.DELETE, owner));
    }

    @Test
    void malformedAcesAreRefused() {
        assertThrows(WcapException.class, () -> Ace.parse("@^a^r"));
        assertThrows(WcapException.class, () -> Ace.parse("@^x^r^g"));
        assertThrows(WcapException.class, () -> Ace.parse("@^a^q^g"));
        assertThrows(WcapException.class, () -> Ace.parse("@^a^r^x"));
        assertThrows(WcapException.class, () -> Ace.parse("@@x^a^r^g"));
    }
}
