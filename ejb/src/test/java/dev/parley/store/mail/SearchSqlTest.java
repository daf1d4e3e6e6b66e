package dev.parley.store.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.parley.store.mail.api.Flag;
import dev.parley.store.mail.api.SearchCriteria;
import dev.parley.store.mail.api.StoreException;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchSqlTest {

    @Test
    void headerSearchUsesTheTrigramIndexThenConfirmsTheField() {
        SqlFragment f = SearchSql.where(SearchCriteria.subject("50% off"));
        assertEquals("(headers ILIKE ? AND headers ~* ?)", f.sql());
        assertEquals(List.of("%50\\% off%", "(^|\\n)subject: [^\\n]*50\\% off"), f.params());
    }

    @Test
    void objectIdSearchesCompareTheBlobHashPrefixAndTheThread() {
        SqlFragment f = SearchSql.where(SearchCriteria.and(new SearchCriteria.BlobPrefix("0123456789abcdef01234567"),
                new SearchCriteria.Thread(7)));
        assertEquals("(left(blob_sha256, ?) = ? AND thread_id = ?)", f.sql());
        assertEquals(List.of(24, "0123456789abcdef01234567", 7L), f.params());
    }

    @Test
    void anEmptyHeaderValueMatchesPresence() {
        SqlFragment f = SearchSql.where(new SearchCriteria.Header("X-Spam-Flag", ""));
        assertEquals("headers ~ ?", f.sql());
        assertEquals(List.of("(^|\\n)x\\-spam\\-flag: "), f.params());
    }

    @Test
    void combinatorsNestWithParametersInOrder() {
        SqlFragment f = SearchSql.where(SearchCriteria.and(
                new SearchCriteria.Not(new SearchCriteria.HasFlag(Flag.SEEN)),
                new SearchCriteria.Or(new SearchCriteria.Size(true, 1000), new SearchCriteria.ModSeq(7)),
                new SearchCriteria.Date(SearchCriteria.DateField.INTERNAL, SearchCriteria.Comparison.ON,
                        LocalDate.parse("2025-01-02"))));
        assertEquals("(NOT (seen) AND (size > ? OR modseq >= ?) AND (internal_date >= ? AND internal_date < ?))", f.sql());
        assertEquals(List.of(1000L, 7L, Instant.parse("2025-01-02T00:00:00Z"), Instant.parse("2025-01-03T00:00:00Z")),
                f.params());
    }

    @Test
    void bodySearchIsFullTextWithPrefixes() {
        SqlFragment f = SearchSql.where(new SearchCriteria.Text(SearchCriteria.TextScope.BODY, "invoice"));
        assertEquals(List.of("invoice"), f.params());
        assertEquals(true, f.sql().startsWith("search_text @@ (SELECT to_tsquery('simple'"));
    }

    @Test
    void headerFieldNamesAreChecked() {
        assertThrows(StoreException.class, () -> new SearchCriteria.Header("Sub ject", "x"));
        assertThrows(StoreException.class, () -> new SearchCriteria.Header("a:b", "x"));
    }
}
