package dev.parley.contacts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.parley.contacts.api.CardFilter;
import dev.parley.contacts.api.ContactsException;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The small rules of the contacts service that need no database. */
class ContactsRulesTest {

    @Test
    void autocompleteWordsBecomePrefixQueries() {
        assertEquals("ali:* & ex:*", ContactSearch.tsquery("Ali Ex"));
        assertEquals("carol:* & smith:* & exa:*", ContactSearch.tsquery("carol.smith@exa"));
        assertEquals("jörg:*", ContactSearch.tsquery("  Jörg!&|:* "));
        assertNull(ContactSearch.tsquery(" ''&|!() "));
    }

    @Test
    void syncTokensAreCheckedAgainstTheirBook() {
        String token = SyncTokens.of(7, 42);
        assertEquals(42, SyncTokens.modseq(token, 7, 50));
        assertEquals(0, SyncTokens.modseq(null, 7, 50));
        for (String bad : List.of(SyncTokens.of(8, 42), SyncTokens.of(7, 51), "urn:parley:contacts:sync:7:x", "http://x/1")) {
            ContactsException e = assertThrows(ContactsException.class, () -> SyncTokens.modseq(bad, 7, 50));
            assertEquals(ContactsException.Kind.INVALID_SYNC_TOKEN, e.kind());
        }
    }

    @Test
    void etagsAreStrongAndConditionsFollowRfc9110() {
        String etag = Etags.of("BEGIN:VCARD");
        assertTrue(etag.matches("\"[0-9a-f]{32}\""));
        assertTrue(Etags.matches("*", etag));
        assertTrue(Etags.matches("\"other\", " + etag, etag));
        assertFalse(Etags.matches("W/" + etag, etag), "If-Match compares strongly");
        assertTrue(Etags.matches(null, etag));
    }

    @Test
    void importedResourceNamesComeFromSafeUids() {
        assertEquals("0a1b-2c.vcf", Transfer.resourceName("urn:uuid:0a1b-2c"));
        assertEquals("alice@example.test.vcf", Transfer.resourceName("alice@example.test"));
        assertTrue(Transfer.resourceName("a/b c").matches("[0-9a-f-]{36}\\.vcf"));
    }

    @Test
    void queriesUseTheIndexedColumnsWithEscapedPatterns() {
        QuerySql q = QuerySql.of(new CardFilter("EMAIL", "a_b%", CardFilter.Match.STARTS_WITH, 10));
        assertEquals("EXISTS (SELECT 1 FROM unnest(emails) x WHERE x ILIKE ?)", q.where());
        assertEquals(List.of("a\\_b\\%%"), q.params());
        QuerySql other = QuerySql.of(new CardFilter("NICKNAME", "me", CardFilter.Match.EQUALS, 10));
        assertEquals("vcard ILIKE ?", other.where());
        assertEquals(List.of("%me%"), other.params(), "a property the index lacks is a superset match on the text");
    }

    @Test
    void bookNamesAndResourceNamesAreChecked() {
        Books.checkName("work-2");
        for (String bad : List.of("", "-x", "a/b", "x".repeat(101))) {
            assertEquals(ContactsException.Kind.BAD_REQUEST,
                    assertThrows(ContactsException.class, () -> Books.checkName(bad)).kind(), bad);
        }
        assertEquals(ContactsException.Kind.EXISTS,
                assertThrows(ContactsException.class, () -> Books.checkName("directory")).kind());
        assertEquals(ContactsException.Kind.EXISTS,
                assertThrows(ContactsException.class, () -> Books.checkName("shared-3")).kind());
        for (String bad : List.of("", "..", "a/b", "a\\b")) {
            assertThrows(ContactsException.class, () -> Cards.checkResourceName(bad), bad);
        }
    }
}
