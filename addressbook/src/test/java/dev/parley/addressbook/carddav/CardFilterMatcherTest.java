package dev.parley.addressbook.carddav;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.addressbook.vcard.CardVersion;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CardFilterMatcherTest {

    static final String CARD = "BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Jörg Example\r\nNICKNAME:Me\r\n"
            + "EMAIL;TYPE=WORK,INTERNET:joerg@example.test\r\nTEL;TYPE=CELL:+49 30 1234\r\nNOTE:a\\, b\r\nEND:VCARD\r\n";

    static PropFilter text(String prop, String text, TextMatch.MatchType type, String collation) {
        return new PropFilter(prop, false, false, List.of(new TextMatch(text, collation, type, false)), List.of());
    }

    @Test
    void textMatchesWithCollationsAndTypes() {
        assertTrue(CardFilterMatcher.matches(CARD, false, List.of(text("NICKNAME", "me", TextMatch.MatchType.EQUALS, null))));
        assertFalse(CardFilterMatcher.matches(CARD, false, List.of(text("NICKNAME", "me", TextMatch.MatchType.EQUALS, "i;octet"))));
        assertTrue(CardFilterMatcher.matches(CARD, false, List.of(text("FN", "JÖRG", TextMatch.MatchType.STARTS_WITH, null))));
        assertFalse(CardFilterMatcher.matches(CARD, false, List.of(text("FN", "JÖRG", TextMatch.MatchType.STARTS_WITH, "i;ascii-casemap"))));
        assertTrue(CardFilterMatcher.matches(CARD, false, List.of(text("EMAIL", ".test", TextMatch.MatchType.ENDS_WITH, null))));
        assertTrue(CardFilterMatcher.matches(CARD, false, List.of(text("NOTE", "a, b", TextMatch.MatchType.EQUALS, null))));
        assertFalse(CardFilterMatcher.matches(CARD, false, List.of(text("ORG", "x", TextMatch.MatchType.CONTAINS, null))));
    }

    @Test
    void isNotDefinedParamFiltersAndCombinations() {
        PropFilter noOrg = new PropFilter("ORG", false, true, List.of(), List.of());
        PropFilter workMail = new PropFilter("EMAIL", false, false, List.of(), List.of(new PropFilter.ParamFilter("TYPE", false,
                new TextMatch("work", null, TextMatch.MatchType.EQUALS, false))));
        PropFilter homeMail = new PropFilter("EMAIL", false, false, List.of(), List.of(new PropFilter.ParamFilter("TYPE", false,
                new TextMatch("home", null, TextMatch.MatchType.EQUALS, false))));
        assertTrue(CardFilterMatcher.matches(CARD, true, List.of(noOrg, workMail)));
        assertFalse(CardFilterMatcher.matches(CARD, true, List.of(noOrg, homeMail)));
        assertTrue(CardFilterMatcher.matches(CARD, false, List.of(homeMail, noOrg)));
        assertTrue(CardFilterMatcher.matches(CARD, false, List.of()));
        PropFilter negated = new PropFilter("FN", false, false,
                List.of(new TextMatch("jörg", null, TextMatch.MatchType.CONTAINS, true)), List.of());
        assertFalse(CardFilterMatcher.matches(CARD, false, List.of(negated)));
    }

    @Test
    void addressDataSubsetsAndConverts() {
        String subset = AddressData.render(CARD, new AddressDataRequest(null, Set.of("FN")));
        assertEquals("BEGIN:VCARD\r\nVERSION:3.0\r\nUID:u1\r\nFN:Jörg Example\r\nEND:VCARD\r\n", subset);
        String v4 = AddressData.render(CARD, new AddressDataRequest(CardVersion.V4, Set.of()));
        assertTrue(v4.contains("VERSION:4.0"), v4);
        assertTrue(v4.contains("NICKNAME:Me"), v4);
        assertEquals(CARD, AddressData.render(CARD, AddressDataRequest.ALL));
    }

    @Test
    void acceptHeaderPicksAVersion() {
        assertEquals(CardVersion.V4, AddressData.accepted("text/vcard; version=4.0"));
        assertEquals(CardVersion.V3, AddressData.accepted("text/vcard;version=4.0;q=0.5, text/vcard;version=3.0"));
        assertEquals(null, AddressData.accepted("text/vcard"));
        assertEquals(null, AddressData.accepted("*/*"));
        assertEquals(null, AddressData.accepted(null));
    }
}
